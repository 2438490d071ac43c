import type { Estate, EstateFile } from "../../estate/load.js";
import { defineEstateRule } from "./estate-rule.js";
import { filesWithTargets, lineOf, poolOf, targetsOf, type FileTarget } from "./targets.js";

/**
 * HP5001: a forwarding loop through the estate's actual files. Each server's
 * msgforw and escmgr targets are edges between servers, a pool's members and
 * virtual interfaces being one node (synchronisation inside a pool is not
 * forwarding); a target from which the edges lead back to the file's server
 * closes a loop, and every such target is reported in its own file.
 */
export default defineEstateRule({
  code: "HP5001",
  name: "estate-forward-loop",
  severity: "error",
  description: "A msgforw or escmgr target from which, following the other servers' files, messages come back to this server.",
  docs: "docs/rules/HP5001.md",
  fixable: false,
  check(context) {
    const { estate } = context;
    const graph = edgesOf(estate);
    const done = new Set<string>();
    for (const [from, edges] of graph) {
      for (const edge of edges) {
        const key = `${edge.file.path}\0${edge.target.name}`;
        if (done.has(key)) continue;
        done.add(key);
        const back = pathBack(graph, edge.to, from);
        if (!back) continue;
        context.report({
          file: edge.file,
          range: edge.target.manager.manager.node.range,
          message: `messages ${edge.escalation ? "escalated" : "forwarded"} to ${edge.target.name} come back to ${edge.server}: ${[edge, ...back].map(step).join("; ")}`,
        });
      }
    }
  },
});

/** A target of a server's msgforw or escmgr, between two nodes of the graph. */
interface Edge {
  /** The node it leaves. */
  from: string;
  server: string;
  file: EstateFile;
  escalation: boolean;
  target: FileTarget;
  to: string;
}

/** Graph nodes: a pool (members and virtual interfaces are one) or a single server. */
function nodeOf(estate: Estate, name: string): string {
  const pool = poolOf(estate, name);
  return pool ? `pool ${pool.name}` : name;
}

/** The edges leaving each node, in server and file order; a pool's shared file counted once. */
function edgesOf(estate: Estate): Map<string, Edge[]> {
  const graph = new Map<string, Edge[]>();
  const seen = new Set<string>();
  for (const server of estate.servers.values()) {
    const from = nodeOf(estate, server.name);
    for (const { file, use } of filesWithTargets(server)) {
      if (use === "agent") continue;
      for (const target of targetsOf(file)) {
        const to = nodeOf(estate, target.name);
        const key = `${from}\0${file.path}\0${target.name}`;
        if (to === from || seen.has(key)) continue;
        seen.add(key);
        const edges = graph.get(from) ?? [];
        edges.push({ from, server: server.name, file, escalation: use === "escalate", target, to });
        graph.set(from, edges);
      }
    }
  }
  return graph;
}

/** The edges from `start` to `goal`, breadth first (so the shortest way back); undefined when there is none. */
function pathBack(graph: ReadonlyMap<string, readonly Edge[]>, start: string, goal: string): Edge[] | undefined {
  const via = new Map<string, Edge | null>([[start, null]]);
  const queue = [start];
  for (let i = 0; i < queue.length && !via.has(goal); i++) {
    for (const edge of graph.get(queue[i]!) ?? []) {
      if (via.has(edge.to)) continue;
      via.set(edge.to, edge);
      queue.push(edge.to);
    }
  }
  if (!via.has(goal)) return undefined;
  const path: Edge[] = [];
  for (let e = via.get(goal); e; e = via.get(e.from)) path.unshift(e);
  return path;
}

function verb(edge: Edge): string {
  return edge.escalation ? "escalates" : "forwards";
}

function step(edge: Edge): string {
  return `${edge.server} ${verb(edge)} to ${edge.target.name} (${edge.file.path}:${lineOf(edge.file, edge.target.manager.manager.node.range.start)})`;
}
