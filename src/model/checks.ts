/**
 * The pool model's cross-field checks, run once its shapes are valid: unique
 * names, every server in at most one role, references that resolve, and no
 * forwarding loops. Each issue has the path of the value that is wrong.
 */
import { addressOf, isPoolName, primaryOf } from "./resolve.js";
import type { PoolModel } from "./schema.js";

/** A path into the model: keys and array indexes. */
export type ModelPath = (string | number)[];

/** One problem found by `checkPoolModel`. */
export interface CheckIssue {
  path: ModelPath;
  message: string;
}

/** `pools[0].members[1]`: a path as the error messages write it. */
export function pathText(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : `${out === "" ? "" : "."}${String(key)}`;
  return out;
}

/** What a server is in the model. */
interface Role {
  kind: "member" | "virtual" | "sender";
  /** The pool, for members and virtual interfaces. */
  pool?: string;
}

/** Where a server was first named, and as what. */
interface Seen extends Role {
  path: ModelPath;
}

function describeRole(role: Role): string {
  if (role.kind === "sender") return "a sender";
  return `${role.kind === "member" ? "a member" : "a virtual interface"} of pool "${role.pool}"`;
}

/** Why a server may not have both roles (empty when it is simply listed twice). */
function conflict(a: Role, b: Role): string {
  if (a.kind === "sender" || b.kind === "sender") return a.kind === b.kind ? "" : "; a sender is a server outside the pools";
  if (a.kind !== b.kind) return "; a virtual interface is never also a member";
  return a.pool === b.pool ? "" : "; a server is in at most one pool";
}

/** Every cross-field problem of a model whose shapes are valid, in model order. */
export function checkPoolModel(model: PoolModel): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const report = (path: ModelPath, message: string): void => {
    issues.push({ path, message });
  };

  const pools = new Map<string, number>();
  model.pools.forEach((pool, i) => {
    const first = pools.get(pool.name);
    if (first === undefined) pools.set(pool.name, i);
    else report(["pools", i, "name"], `pool name "${pool.name}" is used twice; first at ${pathText(["pools", first, "name"])}`);
  });

  // Every server has one role: a member or a virtual interface of one pool, or a sender.
  const servers = new Map<string, Seen>();
  const claim = (name: string, path: ModelPath, role: Role): void => {
    const seen = servers.get(name);
    if (seen) report(path, `"${name}" is already ${describeRole(seen)} (${pathText(seen.path)})${conflict(seen, role)}`);
    else servers.set(name, { ...role, path });
  };
  model.pools.forEach((pool, i) => {
    pool.members.forEach((m, j) => claim(m, ["pools", i, "members", j], { kind: "member", pool: pool.name }));
    pool.virtual.forEach((v, j) => claim(v, ["pools", i, "virtual", j], { kind: "virtual", pool: pool.name }));
  });
  model.senders?.forEach((s, i) => claim(s.server, ["senders", i, "server"], { kind: "sender" }));

  const assigned = new Map<string, ModelPath>();
  model.pools.forEach((pool, i) => {
    const at = (...rest: ModelPath): ModelPath => ["pools", i, ...rest];
    const isVirtual = (v: string) => pool.virtual.includes(v);
    const notVirtual = (v: string) => `"${v}" is not a virtual interface of pool "${pool.name}" (${pool.virtual.join(", ")})`;

    if (pool.primary !== undefined && !isVirtual(pool.primary)) report(at("primary"), notVirtual(pool.primary));
    if (pool.gui !== undefined && !isVirtual(pool.gui)) report(at("gui"), notVirtual(pool.gui));

    const described = new Map<string, number>();
    pool.details?.forEach((d, j) => {
      if (!isVirtual(d.virtual)) report(at("details", j, "virtual"), notVirtual(d.virtual));
      const first = described.get(d.virtual);
      if (first === undefined) described.set(d.virtual, j);
      else report(at("details", j, "virtual"), `"${d.virtual}" has details twice; first at ${pathText(at("details", first))}`);
      if (d.home !== undefined && !pool.members.includes(d.home))
        report(at("details", j, "home"), `"${d.home}" is not a member of pool "${pool.name}"`);
    });

    pool.assignments?.forEach((a, j) => {
      if (!isVirtual(a.virtual)) report(at("assignments", j, "virtual"), notVirtual(a.virtual));
      a.nodes.forEach((node, k) => {
        const address = addressOf(node);
        const path = at("assignments", j, "nodes", k);
        const first = assigned.get(address);
        if (first) report(path, `node ${address} is already assigned at ${pathText(first)}; a node has one node-specific file`);
        else assigned.set(address, path);
      });
    });

    if (pool.loadBalancer && pool.outboundOnly) {
      report(
        at("outboundOnly"),
        "nodes with outbound-only communication cannot be used with a load balancer (HP); remove one of outboundOnly and loadBalancer",
      );
    }
    if (pool.loadBalancer?.behindFirewall) {
      const primary = primaryOf(pool);
      if (!pool.details?.some((d) => d.virtual === primary && d.ipv4 !== undefined)) {
        report(
          at("loadBalancer", "behindFirewall"),
          `the members must name the virtual server's address: give details with the ipv4 of "${primary}"`,
        );
      }
    }
  });

  checkForwarding(model, servers, report);
  return issues;
}

/** A forwarding relation: `from` sends every message to `to`; `path` is the `forwardTo` entry. */
interface Edge {
  from: string;
  to: string;
  path: ModelPath;
}

/** `forwardTo` entries resolve, are not repeated, and form no loop. */
function checkForwarding(model: PoolModel, servers: ReadonlyMap<string, Seen>, report: (path: ModelPath, message: string) => void): void {
  const poolNames = new Set(model.pools.map((p) => p.name));
  const senderNames = new Set(model.senders?.map((s) => s.server));
  // Graph vertices: "pool:<name>" for a pool, the FQDN for a server.
  const edges: Edge[] = [];
  const collect = (from: string, targets: readonly string[], at: ModelPath): void => {
    const listed = new Set<string>();
    targets.forEach((target, k) => {
      const path = [...at, k];
      if (listed.has(target)) {
        report(path, `"${target}" is named twice`);
        return;
      }
      listed.add(target);
      if (isPoolName(target)) {
        if (poolNames.has(target)) edges.push({ from, to: `pool:${target}`, path });
        else report(path, `there is no pool named "${target}"${poolNames.size > 0 ? ` (pools: ${[...poolNames].join(", ")})` : ""}`);
        return;
      }
      const seen = servers.get(target);
      if (seen && !senderNames.has(target)) {
        report(
          path,
          `"${target}" is ${describeRole(seen)}; name the pool instead (the generator writes its virtual interface or its members)`,
        );
        return;
      }
      edges.push({ from, to: target, path });
    });
  };
  model.pools.forEach((p, i) => collect(`pool:${p.name}`, p.forwardTo ?? [], ["pools", i, "forwardTo"]));
  model.senders?.forEach((s, i) => collect(s.server, s.forwardTo, ["senders", i, "forwardTo"]));

  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const reported = new Set<string>();
  for (const e of edges) {
    const back = route(next, e.to, e.from);
    if (!back) continue;
    const loop = [e.from, ...back];
    const key = [...new Set(loop)].sort().join(" ");
    if (reported.has(key)) continue;
    reported.add(key);
    report(e.path, e.from === e.to ? `${label(e.from)} forwards to itself` : `forwarding loop: ${loop.map(label).join(" → ")}`);
  }
}

/** A graph vertex as messages name it. */
function label(vertex: string): string {
  return vertex.startsWith("pool:") ? `pool "${vertex.slice(5)}"` : vertex;
}

/** The vertices from `start` to `goal` along the edges (both included), or undefined if `goal` is unreachable. */
function route(next: ReadonlyMap<string, readonly string[]>, start: string, goal: string): string[] | undefined {
  const parent = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  for (let v = queue.shift(); v !== undefined; v = queue.shift()) {
    if (v === goal) {
      const path: string[] = [];
      for (let at: string | null | undefined = v; at != null; at = parent.get(at)) path.unshift(at);
      return path;
    }
    for (const w of next.get(v) ?? []) {
      if (parent.has(w)) continue;
      parent.set(w, v);
      queue.push(w);
    }
  }
  return undefined;
}
