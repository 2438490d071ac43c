/**
 * `route --format text`: the route as a tree a new user can follow. Each hop
 * names the file, line, rule, the condition that selected the message and the
 * time template that was true; notes and assumptions follow. Every name from
 * the files passes through `printable`, so no control character reaches the
 * terminal.
 */
import type { Hop, RouteNote, RouteResult, TemplateUse } from "./route.js";
import { printable } from "../util/printable.js";

const VERB: Readonly<Record<Hop["kind"], string>> = {
  agent: "sent by the agent to",
  notify: "forwarded as a notification to",
  controlling: "forwarded with control to",
  escalate: "may be escalated by an operator to",
  suppressed: "suppressed by the outage file on",
  logonly: "logged only (history) by the outage file on",
  buffered: "held back outside service hours on",
};

/** The route as readable text, ending with a line break. */
export function formatRouteText(result: RouteResult): string {
  const out: string[] = [];
  const m = result.message;
  const attributes = (
    [
      ["node IP", m.nodeIp],
      ["severity", m.severity],
      ["application", m.application],
      ["message group", m.msggrp],
      ["object", m.object],
      ["message type", m.msgtype],
      ["text", m.text],
      ["service", m.service],
    ] as const
  )
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k} ${printable(v!)}`);
  out.push(`Message from ${printable(m.node)}${attributes.length ? ` (${attributes.join(", ")})` : ""} at ${printable(result.at)}`);
  out.push("");
  out.push(printable(m.node));
  const children = (from: string) => result.hops.filter((h) => h.from === from && !(h.to === from && h.kind !== "agent"));
  const notesOf = (server: string) => result.notes.filter((n) => n.server === server);
  const effectsOn = (server: string) => result.hops.filter((h) => h.from === server && h.to === server && h.kind !== "agent");
  const visit = (server: string, indent: string) => {
    const lines: { text: string; hop?: Hop }[] = [];
    for (const note of notesOf(server)) lines.push({ text: noteText(note) });
    for (const hop of [...effectsOn(server), ...children(server)]) lines.push({ text: "", hop });
    lines.forEach((line, i) => {
      const last = i === lines.length - 1;
      const branch = last ? "└─ " : "├─ ";
      const deeper = indent + (last ? "   " : "│  ");
      if (!line.hop) {
        out.push(`${indent}${branch}${line.text}`);
        return;
      }
      const hop = line.hop;
      out.push(`${indent}${branch}${hopTitle(hop)}`);
      for (const detail of hopDetails(hop)) out.push(`${deeper}  ${detail}`);
      if (hop.to !== hop.from && !hop.repeat && !hop.outside && hop.kind !== "escalate") visit(hop.to, deeper);
    });
  };
  visit(m.node, "");
  out.push("");
  out.push(
    result.receivers.length ? `Receivers: ${result.receivers.map(printable).join(", ")}` : "Receivers: none — no server keeps this message",
  );
  if (result.assumptions.length) {
    out.push("");
    out.push("Assumptions (where HP's documents are silent):");
    for (const a of result.assumptions) out.push(`  - ${a.text}`);
  }
  return `${out.join("\n")}\n`;
}

function hopTitle(hop: Hop): string {
  const to = printable(hop.to);
  const via = hop.virtual ? ` (holder of virtual interface ${printable(hop.virtual)})` : "";
  const tail = hop.loop
    ? " — back to a server it came through: goes no further"
    : hop.repeat
      ? " — had the message already: goes no further"
      : hop.outside
        ? " — outside the estate: not followed"
        : "";
  if (hop.kind === "suppressed" || hop.kind === "logonly" || hop.kind === "buffered") return `${VERB[hop.kind]} ${to}`;
  return `${VERB[hop.kind]} ${to}${via}${tail}`;
}

function hopDetails(hop: Hop): string[] {
  const details: string[] = [];
  if (hop.file !== null) {
    const rule = hop.rule === null ? "a rule without description" : `rule "${printable(hop.rule)}"`;
    details.push(`by ${printable(hop.file)}:${hop.line}, ${rule}`);
  }
  if (hop.condition === null) details.push("condition: none (the rule takes every message)");
  else if (hop.condition)
    details.push(
      `condition at line ${hop.condition.line}${hop.condition.description === null ? "" : ` "${printable(hop.condition.description)}"`}`,
    );
  if (hop.template) details.push(templateText(hop.template));
  if (hop.ackNonLocal) details.push("ACKNONLOCALMGR: acknowledging the copy acknowledges the original");
  if (hop.assumption) details.push(`assumption: ${hop.assumption}`);
  return details;
}

function templateText(t: TemplateUse): string {
  const when = `${t.local} ${t.zone}`;
  if (t.line === null && t.holds) return `time template "${printable(t.name)}": always true`;
  const where =
    t.line === null ? "not defined" : `line ${t.line}${t.conditionLine === null ? "" : `, condition at line ${t.conditionLine}`}`;
  return `time template "${printable(t.name)}" is ${t.holds ? "true" : "false"} at ${when} (${where})`;
}

function noteText(note: RouteNote): string {
  const where = note.file === null ? "" : ` (${printable(note.file)}${note.line === null ? "" : `:${note.line}`})`;
  return `note: ${printable(note.text)}${where}`;
}
