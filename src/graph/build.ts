/**
 * `graph(estate)`: who sends and forwards messages to whom, from every
 * server's files. Pools are groups holding their members and virtual
 * interfaces; managed nodes are grouped by the file that governs them, with
 * edges to their target managers and their primary manager; every msgforw and
 * escmgr target is an edge labelled with its rule and time template. A target
 * outside the estate and every edge of a forwarding loop are marked
 * (docs/language.md#the-estate-as-a-graph).
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

  // Loops, not `push(...list)`: a file may name more targets than a spread can pass.
  const edges: NamedEdge[] = [];
  for (const server of estate.servers.values()) {
    if (server.msgforw) for (const e of targetEdges(server.name, server.msgforw, () => undefined, "forward")) edges.push(e);
    if (server.escmgr) for (const e of targetEdges(server.name, server.escmgr, () => undefined, "escalate")) edges.push(e);
  }
  const agents = agentGroups(estate, poolOf);
  for (const group of agents) for (const e of group.edges) edges.push(e);
  markLoops(edges, poolOf);

  const named = [
    ...serverNodes(estate, pools, poolOf, edges),
    ...agents.map((g) => ({ key: g.key, kind: "agents" as const, name: g.title, details: g.details })),
  ];
  const ids = new Map(named.map((node, i) => [node.key, `n${i}`]));
  const order = new Map(named.map((_, i) => [`n${i}`, i]));
  const nodes: GraphNode[] = named.map(({ key: _, ...node }, i) => ({ id: `n${i}`, ...node }));
  const groups = pools.map((pool, i) => ({
    id: `g${i}`,
    pool: pool.name,
    source: pool.source,
    nodes: nodes.filter((n) => n.pool === pool.name).map((n) => n.id),
  }));
  const drawn = bothWays(
    edges.map((e) => ({ ...e, from: ids.get(e.from)!, to: ids.get(e.to)! })),
    order,
  );
  return { groups, nodes, edges: drawn };
}

/**
 * Every server, virtual interface and outside target, each once, keyed by its
 * name: the pools' members and interfaces first, then the other servers by
 * name (senders and the upper level named so), then the targets outside the estate.
 */
function serverNodes(
  estate: Estate,
  pools: readonly EstatePool[],
  poolOf: ReadonlyMap<string, EstatePool>,
  edges: readonly NamedEdge[],
): (Omit<GraphNode, "id"> & { key: string })[] {
  const nodes: (Omit<GraphNode, "id"> & { key: string })[] = [];
  const placed = new Set<string>();
  const place = (node: Omit<GraphNode, "id">) => {
    if (placed.has(node.name)) return;
    placed.add(node.name);
    nodes.push({ key: node.name, ...node });
  };
  for (const pool of pools) {
    for (const member of pool.members) place({ kind: "server", name: member, details: ["member"], pool: pool.name });
    for (const v of pool.virtual) {
      const details = [v === pool.primary ? "primary virtual interface" : "virtual interface"];
      place({ kind: "virtual", name: v, details, pool: pool.name });
    }
  }
  const isMember = (name: string) => poolOf.get(name)?.members.includes(name) === true;
  const senders = new Set(edges.filter((e) => (e.kind === "controlling" || e.kind === "notify") && poolOf.has(e.to)).map((e) => e.from));
  const uppers = new Set(edges.filter((e) => e.kind !== "agent" && e.kind !== "primary" && isMember(e.from)).map((e) => e.to));
  for (const name of estate.servers.keys()) {
    place({ kind: "server", name, details: [...(senders.has(name) ? ["sender"] : []), ...(uppers.has(name) ? ["upper level"] : [])] });
  }
  const targets = new Set(edges.map((e) => e.to));
  for (const name of [...targets].filter((n) => !placed.has(n)).sort(compare))
    place({ kind: "outside", name, details: [...(uppers.has(name) ? ["upper level"] : []), "outside the estate"] });
  return nodes;
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
    const targets = adjacency.get(from);
    if (targets) targets.push(to);
    else adjacency.set(from, [to]);
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
