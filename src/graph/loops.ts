/**
 * Forwarding loops: the strongly connected components of the servers'
 * forwarding (Tarjan's algorithm, iterative so a long chain cannot overflow the
 * stack). A virtual interface leads to every member of its pool, since any of
 * them may hold it; forwarding inside a pool (hot synchronisation) is left out,
 * as each member takes a message once by design.
 */

/** The component of each vertex reachable in `edges`; two vertices share one exactly when each reaches the other. */
export function components(edges: ReadonlyMap<string, readonly string[]>): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const component = new Map<string, number>();
  let next = 0;
  let count = 0;
  for (const root of [...edges.keys()].sort()) {
    if (index.has(root)) continue;
    const work: { vertex: string; child: number }[] = [{ vertex: root, child: 0 }];
    index.set(root, next);
    low.set(root, next++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const targets = edges.get(frame.vertex) ?? [];
      if (frame.child < targets.length) {
        const target = targets[frame.child++]!;
        if (!index.has(target)) {
          index.set(target, next);
          low.set(target, next++);
          stack.push(target);
          onStack.add(target);
          work.push({ vertex: target, child: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.vertex, Math.min(low.get(frame.vertex)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.vertex, Math.min(low.get(parent.vertex)!, low.get(frame.vertex)!));
      if (low.get(frame.vertex) !== index.get(frame.vertex)) continue;
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.set(member, count);
      } while (member !== frame.vertex);
      count++;
    }
  }
  return component;
}
