/**
 * `coverage --format text`: per class of message a table of days × time bands
 * with the servers that keep the message, then the gaps, the overlaps and the
 * assumptions. Every name from the files or the options passes through
 * `printable`, so no control character reaches the terminal.
 */
import { printable } from "../util/printable.js";
import type { CoverageAttribute, MessageSet } from "./coverage-classes.js";
import type { ControlOverlap, CoverageBand, CoverageReceiver, CoverageResult } from "./coverage.js";
import type { Message } from "./message.js";

const NAMES: Readonly<Record<CoverageAttribute, string>> = {
  node: "node",
  severity: "severity",
  application: "application",
  msggrp: "message group",
  object: "object",
  msgtype: "message type",
};
/** Values of one attribute shown before the rest is counted. */
const SHOWN = 6;
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** The coverage as readable text, ending with a line break. */
export function formatCoverageText(result: CoverageResult): string {
  const out: string[] = [];
  out.push(
    `Coverage from ${when(result.range.from)} to ${when(result.range.to)} ` +
      `(node clock ${printable(result.range.tz)}, servers' clock ${printable(result.range.serverTz)})`,
  );
  const filters = filterText(result.filters);
  out.push(`${result.classes.length} ${result.classes.length === 1 ? "class" : "classes"} of message${filters ? ` with ${filters}` : ""}`);
  for (const c of result.classes) {
    out.push("");
    out.push(`Class ${c.id}: ${c.messages.map(setText).join("; or ")}`);
    out.push(`  route one: ${routeArgs(c.example)}`);
    let day = "";
    for (const band of c.bands) {
      const date = band.from.slice(0, 10);
      const label = date === day ? "              " : `${weekday(date)} ${date}`;
      day = date;
      out.push(`  ${label}  ${band.from.slice(11, 16)}-${endTime(band)}  ${receiversText(band)}`);
      for (const o of band.overlaps) out.push(`${" ".repeat(31)}overlap: ${overlapText(o)}`);
    }
  }
  out.push("");
  if (result.gaps.length === 0) out.push("Gaps: none (every class reaches a server at every minute)");
  else {
    out.push("Gaps (no server keeps the message):");
    for (const g of result.gaps) out.push(`  class ${g.class}: ${span(g.from, g.to)}`);
  }
  if (result.overlaps.length === 0) out.push("Overlaps: none (no server hands control of a message to two servers at once)");
  else {
    out.push("Overlaps (one server hands control of the message to two servers at once):");
    for (const o of result.overlaps) out.push(`  class ${o.class}: ${span(o.from, o.to)}: ${overlapText(o)}`);
  }
  const assumptions = new Map<string, { text: string; classes: number[] }>();
  for (const c of result.classes)
    for (const a of c.assumptions) {
      const known = assumptions.get(a.id) ?? { text: a.text, classes: [] };
      known.classes.push(c.id);
      assumptions.set(a.id, known);
    }
  if (assumptions.size > 0) {
    out.push("");
    out.push("Assumptions (where HP's documents are silent):");
    for (const a of assumptions.values()) out.push(`  - ${a.text} (class ${a.classes.join(", ")})`);
  }
  return `${out.join("\n")}\n`;
}

function weekday(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}

/** An instant of the result as a reader names it: `Mon 2026-12-21 00:00`. */
function when(iso: string): string {
  return `${weekday(iso.slice(0, 10))} ${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/** A stretch of time, the day left out of its end when it is the same day or the end is the next midnight (24:00). */
function span(from: string, to: string): string {
  if (to.slice(0, 10) === from.slice(0, 10)) return `${when(from)} to ${to.slice(11, 16)}`;
  const nextDay = Date.parse(`${from.slice(0, 10)}T00:00Z`) + 24 * 3_600_000 === Date.parse(`${to.slice(0, 10)}T00:00Z`);
  if (nextDay && to.slice(11, 16) === "00:00") return `${when(from)} to 24:00`;
  return `${when(from)} to ${when(to)}`;
}

/** The end of a band: `24:00` when it ends at the next midnight. */
function endTime(band: CoverageBand): string {
  return band.to.slice(0, 10) !== band.from.slice(0, 10) ? "24:00" : band.to.slice(11, 16);
}

function receiversText(band: CoverageBand): string {
  return band.receivers.length === 0 ? "nobody (gap)" : band.receivers.map(receiverText).join(", ");
}

function receiverText(r: CoverageReceiver): string {
  const state = r.state === "logonly" ? " (log only)" : r.state === "buffered" ? " (held back)" : "";
  return `${printable(r.server)}${state}${r.outside ? " (outside)" : ""}`;
}

function overlapText(o: ControlOverlap): string {
  return `${printable(o.server)} hands control to ${o.targets.map(printable).join(" and ")}`;
}

function values(list: readonly string[]): string {
  const shown = list.slice(0, SHOWN).map(printable);
  const more = list.length > SHOWN ? ` and ${list.length - SHOWN} more` : "";
  return shown.join(", ") + more;
}

/** A set of messages in words: `severity Critical, Major; message group other than Database`. */
export function setText(set: MessageSet): string {
  const parts = (Object.keys(NAMES) as CoverageAttribute[]).flatMap((attribute) => {
    const v = set[attribute];
    if (!v) return [];
    return "in" in v ? [`${NAMES[attribute]} ${values(v.in)}`] : [`${NAMES[attribute]} other than ${values(v.notIn)}`];
  });
  return parts.length === 0 ? "every message" : parts.join("; ");
}

function filterText(filters: Partial<Message>): string {
  return Object.entries(filters)
    .map(([k, v]) => `${k} ${printable(String(v))}`)
    .join(", ");
}

/** The `route` options that ask about the class's example message. */
function routeArgs(m: Message): string {
  const flags: [string, string | undefined][] = [
    ["--node", m.node],
    ["--node-ip", m.nodeIp],
    ["--severity", m.severity],
    ["--application", m.application],
    ["--msggrp", m.msggrp],
    ["--object", m.object],
    ["--msgtype", m.msgtype],
    ["--text", m.text],
    ["--service", m.service],
  ];
  return flags
    .filter(([, v]) => v !== undefined)
    .map(([flag, v]) => `${flag} ${/^[\w.:@/-]+$/.test(v!) ? v! : JSON.stringify(printable(v!))}`)
    .join(" ");
}
