/**
 * DOT to SVG with Graphviz compiled to WebAssembly (`@viz-js/viz`), offline.
 * The CLI build makes this module a file of its own (`dist/render-svg.cjs`,
 * see src/cli/start/bundle-plugins.ts) that only `graph --format svg` loads.
 */
import { instance } from "@viz-js/viz";

/** The SVG Graphviz draws from `dot`, ending with a line break; throws with Graphviz's messages when it cannot. */
export async function renderSvg(dot: string): Promise<string> {
  const viz = await instance();
  const result = viz.render(dot, { format: "svg", engine: "dot" });
  if (result.status !== "success") {
    throw new Error(`Graphviz could not draw the graph: ${result.errors.map((e) => e.message).join("; ")}`);
  }
  return result.output.endsWith("\n") ? result.output : `${result.output}\n`;
}
