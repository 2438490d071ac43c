/**
 * `route --format mermaid`: the route as a Mermaid sequence diagram, for a
 * wiki page or a pull request. Participants are the node and the servers in
 * the order reached; what the outage file did, and copies that go no further,
 * are notes. Names and rules from the files are made printable and stripped of
 * what Mermaid would read as syntax.
 */
import type { Hop, RouteResult } from "./route.js";
import { printable } from "../util/printable.js";

const ARROW: Readonly<Record<Hop["kind"], string>> = {
  agent: "->>",
  controlling: "->>",
  notify: "-->>",
  escalate: "--)",
  suppressed: "",
  logonly: "",
  buffered: "",
};

/** Text Mermaid shows as it is: no line breaks, and `;` `#` `:` written as entities. */
function label(text: string): string {
  return printable(text).replace(/[#;:]/g, (c) => `#${c.charCodeAt(0)};`);
}

/** The route as a Mermaid `sequenceDiagram`, ending with a line break. */
export function formatRouteMermaid(result: RouteResult): string {
  const ids = new Map<string, string>();
  const id = (name: string) => {
    let v = ids.get(name);
    if (!v) {
      v = `p${ids.size}`;
      ids.set(name, v);
    }
    return v;
  };
  id(result.message.node);
  for (const hop of result.hops) {
    id(hop.from);
    id(hop.to);
  }
  const out = ["sequenceDiagram"];
  for (const [name, v] of ids) out.push(`  participant ${v} as ${label(name)}`);
  for (const hop of result.hops) {
    const rule = hop.rule === null ? "" : ` (${label(hop.rule)})`;
    if (ARROW[hop.kind] === "") {
      out.push(`  Note over ${id(hop.to)}: ${hop.kind}${rule}`);
      continue;
    }
    const marks = [
      hop.virtual ? `via ${label(hop.virtual)}` : "",
      hop.outside ? "outside the estate" : "",
      hop.loop ? "loop" : hop.repeat ? "had it already" : "",
    ].filter(Boolean);
    out.push(`  ${id(hop.from)}${ARROW[hop.kind]}${id(hop.to)}: ${hop.kind}${rule}${marks.length ? ` [${marks.join(", ")}]` : ""}`);
  }
  return `${out.join("\n")}\n`;
}
