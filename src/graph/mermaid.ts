/**
 * The estate graph as a Mermaid flowchart, which GitHub renders in Markdown.
 * Every text from the files is made printable and written with Mermaid's
 * entity codes for anything but letters, digits and plain punctuation, so no
 * name can close a label, start HTML or Markdown, or end the diagram.
 */
import { printable } from "../util/printable.js";
import { edgeLines, nodeLines } from "./label.js";
import type { EstateGraph, GraphEdge, GraphNode } from "./types.js";

const SHAPE: Readonly<Record<GraphNode["kind"], [string, string]>> = {
  server: ["[", "]"],
  virtual: ["([", "])"],
  outside: ["[", "]"],
  agents: ["[[", "]]"],
};

const ARROW: Readonly<Record<GraphEdge["kind"], [string, string]>> = {
  agent: ["", "-->"],
  primary: ["", "-.->"],
  controlling: ["<", "==>"],
  notify: ["<", "-->"],
  escalate: ["<", "-.->"],
};

const CLASS_STYLE = {
  virtual: "fill:#eef2ff,stroke:#4f46e5",
  outside: "fill:#fff7ed,stroke:#d97706,stroke-dasharray:5 5",
  agents: "fill:#f0fdf4,stroke:#16a34a",
} as const;

/** Text Mermaid shows as it is: printable, and every character outside a safe set as `#code;`. */
export function mermaidText(text: string): string {
  return printable(text).replace(/[^A-Za-z0-9 .,_:/()@$+=*?!'\-\u00a0-\uffff]/g, (c) => `#${c.codePointAt(0)};`);
}

function label(lines: readonly string[]): string {
  return `"${lines.map(mermaidText).join("<br/>")}"`;
}

function nodeLine(node: GraphNode): string {
  const [open, close] = SHAPE[node.kind];
  return `${node.id}${open}${label(nodeLines(node))}${close}`;
}

function edgeLine(edge: GraphEdge): string {
  const [back, arrow] = ARROW[edge.kind];
  return `${edge.from} ${edge.both ? back : ""}${arrow}|${label(edgeLines(edge))}| ${edge.to}`;
}

/** The graph as a Mermaid `flowchart`, ending with a line break. */
export function formatGraphMermaid(graph: EstateGraph): string {
  const out = ["flowchart LR"];
  const grouped = new Set(graph.groups.flatMap((g) => g.nodes));
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  for (const group of graph.groups) {
    const from = group.source === "files" ? " (seen in the files)" : "";
    out.push(`  subgraph ${group.id}[${label([`pool ${group.pool}${from}`])}]`);
    for (const id of group.nodes) out.push(`    ${nodeLine(byId.get(id)!)}`);
    out.push("  end");
  }
  for (const node of graph.nodes) if (!grouped.has(node.id)) out.push(`  ${nodeLine(node)}`);
  for (const edge of graph.edges) out.push(`  ${edgeLine(edge)}`);
  for (const kind of ["virtual", "outside", "agents"] as const) {
    const ids = graph.nodes.filter((n) => n.kind === kind).map((n) => n.id);
    if (ids.length === 0) continue;
    out.push(`  classDef ${kind} ${CLASS_STYLE[kind]}`);
    out.push(`  class ${ids.join(",")} ${kind}`);
  }
  const styled = (test: (e: GraphEdge) => boolean) => graph.edges.flatMap((e, i) => (test(e) ? [i] : []));
  const escalations = styled((e) => e.kind === "escalate" && !e.loop);
  const loops = styled((e) => e.loop === true);
  if (escalations.length > 0) out.push(`  linkStyle ${escalations.join(",")} stroke:#7c3aed`);
  if (loops.length > 0) out.push(`  linkStyle ${loops.join(",")} stroke:#dc2626,stroke-width:3px`);
  return `${out.join("\n")}\n`;
}
