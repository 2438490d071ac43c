/** Graphviz (`@viz-js/viz`) and xmllint for the graph tests: DOT parsed by Graphviz itself, SVG checked as XML. */
import { instance } from "@viz-js/viz";
import { validateXML } from "xmllint-wasm";

const viz = instance();

/**
 * Graphviz's errors on reading and laying out `dot`; empty when it takes it. Its warnings are
 * left out: they are about fonts (no width known for a character such as U+FFFD), not the DOT.
 */
export async function graphvizProblems(dot: string): Promise<string[]> {
  const result = (await viz).render(dot, { format: "svg" });
  const errors = result.errors.filter((e) => e.level !== "warning").map((e) => e.message);
  return [...errors, ...(result.status === "success" ? [] : ["failed"])];
}

/** The labels Graphviz read from `dot`, of its nodes, clusters and edges, as it would draw them. */
export async function graphvizLabels(dot: string): Promise<string[]> {
  const result = (await viz).renderJSON(dot) as { objects?: { label?: string }[]; edges?: { label?: string }[] };
  return [...(result.objects ?? []), ...(result.edges ?? [])].flatMap((o) => (o.label === undefined ? [] : [o.label]));
}

/** xmllint's complaints about `xml`; empty when it is well-formed. */
export async function xmlProblems(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: "graph.svg", contents: xml }], normalization: "format" });
  return result.errors.map((e) => e.rawMessage);
}
