/**
 * The estate as a graph (`graph(estate)`): who sends and forwards messages to
 * whom, as the files say. Formats draw it (`mermaid.ts`, `dot.ts`); the graph
 * itself holds names as read, never escaped.
 */

/** What a vertex stands for: a server of the estate, a pool's virtual interface, a target outside the estate, or the managed nodes one agent file governs. */
export type GraphNodeKind = "server" | "virtual" | "outside" | "agents";

/** A vertex of the estate graph. */
export interface GraphNode {
  /** Its id in the drawing (`n0`, `n1`, …), in output order. */
  id: string;
  kind: GraphNodeKind;
  /** The server's or interface's FQDN (or address); for managed nodes, the file that governs them. */
  name: string;
  /** Further lines of its label: its role (member, sender, upper level), or where the agent file lies. */
  details: string[];
  /** The pool whose group holds it (members and virtual interfaces). */
  pool?: string;
}

/**
 * What an edge is: an agent file's target manager, the agents' primary
 * manager (drawn on its own only where no target goes there), a msgforw target with MSGCONTROLLINGMGR or as a notification, or an
 * escmgr target.
 */
export type GraphEdgeKind = "agent" | "primary" | "controlling" | "notify" | "escalate";

/** An edge of the estate graph, between node ids. */
export interface GraphEdge {
  from: string;
  to: string;
  kind: GraphEdgeKind;
  /** The rule's description; null where the rule has none, or for the primary manager. */
  rule: string | null;
  /** The time template the target is active at; null for `$OPC_ALWAYS` and the primary manager. */
  template: string | null;
  /** The same rule goes both ways (a pool's hot synchronisation): drawn once, with arrows at both ends. */
  both?: true;
  /** An agent's target that is also its primary manager. */
  primary?: true;
  /** Part of a forwarding loop: a message can come back to a server it passed through. */
  loop?: true;
}

/** A server pool: its members and virtual interfaces, by node id. */
export interface GraphGroup {
  id: string;
  pool: string;
  /** Whether the pool comes from the pool model or was recognised in the files. */
  source: "model" | "files";
  nodes: string[];
}

/** The estate as a graph, in a deterministic order: groups by pool name, nodes and edges as they are drawn. */
export interface EstateGraph {
  groups: GraphGroup[];
  nodes: GraphNode[];
  edges: GraphEdge[];
}
