/**
 * What leaves a message with no server at an instant, read off its route
 * (docs/language.md#routing-a-message): the outage rule that suppresses it,
 * else the agent rule none of whose targets' time templates is true (or
 * another step that ends the route on the agent). The place is the time
 * template that decides, so the finding points at what to change.
 */
import type { OffsetRange, TargetRule } from "../../ast/nodes.js";
import type { Estate, EstateFile } from "../../estate/load.js";
import { rulesOf } from "../../estate/match.js";
import type { Hop, RouteResult } from "../../estate/route.js";
import { printable } from "../../util/printable.js";
import { referencedName } from "../util.js";
import { lineOf } from "./targets.js";

/** Where a gap comes from: a file, the range to point at, and why in words. */
export interface GapCause {
  file: EstateFile;
  range: OffsetRange;
  text: string;
}

/** The estate's files by their path. */
export function filesByPath(estate: Estate): Map<string, EstateFile> {
  const out = new Map<string, EstateFile>();
  for (const s of estate.servers.values())
    for (const file of [s.allnodes, ...s.nodeFiles.values(), s.msgforw, s.escmgr, s.outage]) if (file) out.set(file.path, file);
  return out;
}

/** The cause of a route that reaches no server; `fallback` when the route names no file. */
export function gapCause(routed: RouteResult, files: ReadonlyMap<string, EstateFile>, fallback: EstateFile): GapCause {
  const suppressed = routed.hops.find((h) => h.kind === "suppressed");
  if (suppressed) {
    const file = suppressed.file === null ? undefined : files.get(suppressed.file);
    if (file) return suppression(file, suppressed);
  }
  const notes = routed.notes.filter((n) => n.file !== null && files.has(n.file));
  const note = notes.find((n) => n.server === routed.message.node) ?? notes[0];
  if (note) {
    const file = files.get(note.file!)!;
    return { file, range: note.line === null ? START : placeAt(file, note.line), text: `on the agent: ${printable(note.text)}` };
  }
  return { file: fallback, range: START, text: "the route ends before any server (ask `hpom-lint route` why)" };
}

const START: OffsetRange = { start: 0, end: 0 };

function ruleAt(file: EstateFile, line: number): TargetRule | undefined {
  return rulesOf(file.ast).find((r) => lineOf(file, r.range.start) === line);
}

function suppression(file: EstateFile, hop: Hop): GapCause {
  const rule = hop.line === null ? undefined : ruleAt(file, hop.line);
  const operations = rule?.outcome.type === "MessageOperations" ? rule.outcome.operations : [];
  const suppress = operations.filter((o) => o.operation.type === "SimpleOperation" && o.operation.keyword === "SUPPRESS");
  const op = suppress.find((o) => o.timeTemplate !== null && referencedName(o.timeTemplate) === hop.template?.name) ?? suppress[0];
  const range = op ? (op.timeTemplate?.range ?? op.operation.range) : rule ? keyword(rule) : START;
  const template = hop.template ? `, template "${printable(hop.template.name)}"` : "";
  return {
    file,
    range,
    text: `${printable(hop.to)}'s outage suppresses them (rule "${printable(hop.rule ?? "(no description)")}"${template})`,
  };
}

/** The narrowest thing at `line`: a rule's first target's time template, or a target there. */
function placeAt(file: EstateFile, line: number): OffsetRange {
  for (const rule of rulesOf(file.ast)) {
    const managers = rule.outcome.type === "TargetManagers" ? rule.outcome.managers : [];
    if (lineOf(file, rule.range.start) === line) return managers[0]?.timeTemplate.range ?? keyword(rule);
    const manager = managers.find((m) => lineOf(file, m.range.start) === line);
    if (manager) return manager.manager.node.range;
  }
  return START;
}

/** The `MSGTARGETRULE` keyword a rule starts with. */
function keyword(rule: TargetRule): OffsetRange {
  return { start: rule.range.start, end: rule.range.start + "MSGTARGETRULE".length };
}
