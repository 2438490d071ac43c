/** The words of a graph's labels, shared by every format: what a node and an edge say, before escaping. */
import type { GraphEdge, GraphEdgeKind, GraphNode } from "./types.js";

const KIND_WORD: Readonly<Record<GraphEdgeKind, string>> = {
  agent: "target",
  primary: "primary manager",
  controlling: "control",
  notify: "notify",
  escalate: "escalate",
};

/** A node's label, one entry per line. */
export function nodeLines(node: GraphNode): string[] {
  return [node.name, ...node.details];
}

/** An edge's label, one entry per line: the kind and rule, the time template unless always, the primary manager, a loop. */
export function edgeLines(edge: GraphEdge): string[] {
  if (edge.kind === "primary") return [KIND_WORD.primary];
  return [
    `${KIND_WORD[edge.kind]}: ${edge.rule ?? "(no description)"}`,
    ...(edge.template === null ? [] : [`when ${edge.template}`]),
    ...(edge.primary ? ["primary manager"] : []),
    ...(edge.loop ? ["loop"] : []),
  ];
}
