/**
 * The estate graph in Graphviz's DOT language, for `dot -Tsvg` or any tool
 * that reads it. Every text from the files is made printable and quoted with
 * DOT's escapes, so no name can end a string or add an attribute.
 */
import { printable } from "../util/printable.js";
import { edgeLines, nodeLines } from "./label.js";
import type { EstateGraph, GraphEdge, GraphNode } from "./types.js";

const NODE_STYLE: Readonly<Record<GraphNode["kind"], string>> = {
  server: 'shape=box, style="rounded"',
  virtual: 'shape=ellipse, style="filled", fillcolor="#eef2ff", color="#4f46e5"',
  outside: 'shape=box, style="dashed,filled", fillcolor="#fff7ed", color="#d97706"',
  agents: 'shape=box3d, style="filled", fillcolor="#f0fdf4", color="#16a34a"',
};

const EDGE_STYLE: Readonly<Record<GraphEdge["kind"], string>> = {
  agent: "style=solid",
  primary: "style=dotted",
  controlling: "style=bold",
  notify: "style=solid",
  escalate: 'style=dashed, color="#7c3aed"',
};

/** A DOT quoted string: printable, backslashes and quotes escaped, lines joined with DOT's centred line break. */
export function dotString(lines: readonly string[]): string {
  return `"${lines.map((line) => printable(line).replace(/[\\"]/g, (c) => `\\${c}`)).join("\\n")}"`;
}

function edgeLine(edge: GraphEdge): string {
  const attributes = [
    `label=${dotString(edgeLines(edge))}`,
    EDGE_STYLE[edge.kind],
    ...(edge.both ? ["dir=both"] : []),
    ...(edge.loop ? ['color="#dc2626", penwidth=2'] : []),
  ];
  return `${edge.from} -> ${edge.to} [${attributes.join(", ")}];`;
}

/** The graph as a DOT `digraph`, ending with a line break. */
export function formatGraphDot(graph: EstateGraph): string {
  const out = [
    "digraph estate {",
    '  graph [rankdir=LR, fontname="Helvetica"];',
    '  node [fontname="Helvetica", fontsize=11];',
    '  edge [fontname="Helvetica", fontsize=9];',
  ];
  const grouped = new Set(graph.groups.flatMap((g) => g.nodes));
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const nodeLine = (node: GraphNode) => `${node.id} [label=${dotString(nodeLines(node))}, ${NODE_STYLE[node.kind]}];`;
  for (const group of graph.groups) {
    const from = group.source === "files" ? " (seen in the files)" : "";
    out.push(`  subgraph cluster_${group.id} {`);
    out.push(`    label=${dotString([`pool ${group.pool}${from}`])};`);
    out.push('    style="rounded"; color="#4f46e5";');
    for (const id of group.nodes) out.push(`    ${nodeLine(byId.get(id)!)}`);
    out.push("  }");
  }
  for (const node of graph.nodes) if (!grouped.has(node.id)) out.push(`  ${nodeLine(node)}`);
  for (const edge of graph.edges) out.push(`  ${edgeLine(edge)}`);
  out.push("}");
  return `${out.join("\n")}\n`;
}
