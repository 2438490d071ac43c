/**
 * `graph(estate)`: who sends and forwards messages to whom, from every
 * server's files. Pools are groups holding their members and virtual
 * interfaces; managed nodes are grouped by the file that governs them, with
 * edges to their target managers and their primary manager; every msgforw and
 * escmgr target is an edge labelled with its rule and time template. A target
 * outside the estate and every edge of a forwarding loop are marked.
 */
import type { Estate, EstatePool } from "../estate/load.js";
import { agentGroups } from "./agents.js";
import { targetEdges, type NamedEdge } from "./edges.js";
import { components } from "./loops.js";
import type { EstateGraph, GraphEdge, GraphEdgeKind, GraphNode } from "./types.js";

const KIND_ORDER: readonly GraphEdgeKind[] = ["primary", "agent", "controlling", "notify", "escalate"];

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The estate as a graph; deterministic: the same estate gives the same graph. */
export function graph(estate: Estate): EstateGraph {
  const pools = [...estate.pools].sort((a, b) => compare(a.name, b.name));
  const poolOf = new Map<string, EstatePool>();
  for (const pool of pools) for (const name of [...pool.members, ...pool.virtual]) if (!poolOf.has(name)) poolOf.set(name, pool);

  const edges: NamedEdge[] = [];
  for (const server of estate.servers.values()) {
    if (server.msgforw) edges.push(...targetEdges(server.name, server.msgforw, () => undefined, "forward"));
    if (server.escmgr) edges.push(...targetEdges(server.name, server.escmgr, () => undefined, "escalate"));
  }
  const agents = agentGroups(estate, poolOf);
  for (const group of agents) edges.push(...group.edges);
  markLoops(edges, poolOf);

  const nodes: Omit<GraphNode, "id">[] = [];
  const placed = new Set<string>();
  const place = (node: Omit<GraphNode, "id">) => {
    if (placed.has(node.name)) return;
    placed.add(node.name);
    nodes.push(node);
  };
  const forwarding = edges.filter((e) => e.kind === "controlling" || e.kind === "notify");
  for (const pool of pools) {
    for (const member of pool.members) place({ kind: "server", name: member, details: ["member"], pool: pool.name });
    for (const v of pool.virtual)
      place({
        kind: "virtual",
        name: v,
        details: [v === pool.primary ? "primary virtual interface" : "virtual interface"],
        pool: pool.name,
      });
  }
  const senders = new Set(forwarding.filter((e) => poolOf.has(e.to)).map((e) => e.from));
  const uppers = new Set(
    edges.filter((e) => e.kind !== "agent" && e.kind !== "primary" && poolOf.get(e.from)?.members.includes(e.from)).map((e) => e.to),
  );
  for (const name of estate.servers.keys()) {
    const details = [...(senders.has(name) ? ["sender"] : []), ...(uppers.has(name) ? ["upper level"] : [])];
    place({ kind: "server", name, details });
  }
  const agentKeys = new Set(agents.map((g) => g.key));
  const outside = [...new Set(edges.flatMap((e) => [e.from, e.to]))].filter((n) => !placed.has(n) && !agentKeys.has(n)).sort(compare);
  for (const name of outside)
    place({ kind: "outside", name, details: [...(uppers.has(name) ? ["upper level"] : []), "outside the estate"] });
  const agentIndex = nodes.length;
  for (const group of agents) {
    placed.add(group.key);
    nodes.push({ kind: "agents", name: group.title, details: group.details });
  }

  const ids = new Map<string, string>();
  nodes.forEach((node, i) => ids.set(i >= agentIndex ? agents[i - agentIndex]!.key : node.name, `n${i}`));
  const order = new Map([...ids.values()].map((id, i) => [id, i]));
  const graphNodes: GraphNode[] = nodes.map((node, i) => ({ id: `n${i}`, ...node }));
  const graphEdges = bothWays(
    edges.map((e) => ({ ...e, from: ids.get(e.from)!, to: ids.get(e.to)! })),
    order,
  );
  const groups = pools.map((pool, i) => ({
    id: `g${i}`,
    pool: pool.name,
    source: pool.source,
    nodes: graphNodes.filter((n) => n.pool === pool.name).map((n) => n.id),
  }));
  return { groups, nodes: graphNodes, edges: graphEdges };
}

/**
 * Marks every forwarding edge that lies on a loop. A virtual interface leads
 * to each member of its pool (any may hold it); forwarding within one pool is
 * its hot synchronisation, not a loop.
 */
function markLoops(edges: NamedEdge[], poolOf: ReadonlyMap<string, EstatePool>): void {
  const samePool = (e: NamedEdge) => poolOf.has(e.from) && poolOf.get(e.from) === poolOf.get(e.to);
  const candidates = edges.filter((e) => (e.kind === "controlling" || e.kind === "notify") && !samePool(e));
  const adjacency = new Map<string, string[]>();
  const link = (from: string, to: string) => {
    adjacency.set(from, [...(adjacency.get(from) ?? []), to]);
    if (!adjacency.has(to)) adjacency.set(to, []);
  };
  for (const e of candidates) link(e.from, e.to);
  for (const pool of new Set(poolOf.values())) for (const v of pool.virtual) for (const m of pool.members) link(v, m);
  const component = components(adjacency);
  for (const e of candidates) if (component.get(e.from) === component.get(e.to)) e.loop = true;
}

/** Edges sorted as drawn; an edge whose exact reverse is there too (same kind, rule and template) is drawn once, both ways. */
function bothWays(edges: readonly NamedEdge[], order: ReadonlyMap<string, number>): GraphEdge[] {
  const key = (e: NamedEdge, from: string, to: string) => JSON.stringify([from, to, e.kind, e.rule, e.template, e.loop ?? false]);
  const present = new Set(edges.map((e) => key(e, e.from, e.to)));
  const out: GraphEdge[] = [];
  const done = new Set<string>();
  for (const e of edges) {
    const own = key(e, e.from, e.to);
    if (done.has(own)) continue;
    done.add(own);
    const reverse = key(e, e.to, e.from);
    if (e.kind === "agent" || e.kind === "primary" || !present.has(reverse)) {
      out.push(e);
      continue;
    }
    done.add(reverse);
    const [from, to] = order.get(e.from)! <= order.get(e.to)! ? [e.from, e.to] : [e.to, e.from];
    out.push({ ...e, from, to, both: true });
  }
  const rank = (e: GraphEdge) => [order.get(e.from)!, order.get(e.to)!, KIND_ORDER.indexOf(e.kind)] as const;
  return out.sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
    return compare(a.rule ?? "", b.rule ?? "") || compare(a.template ?? "", b.template ?? "");
  });
}
