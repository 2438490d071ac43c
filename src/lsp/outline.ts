/**
 * The outline of a file: its sections, time templates, condition status
 * variables, configurations and rules as document symbols, and every clause
 * that spans lines (and every run of comment lines) as a folding range.
 */
import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { ConfigFile, Description, OffsetRange, RespMgrConfig, RuleFragment, TargetRule } from "../ast/nodes.js";
import { clausesOf } from "../ast/walk.js";
import { printable } from "../util/printable.js";
import { rangeOf } from "./diagnostics.js";

function symbol(
  doc: TextDocument,
  name: string,
  kind: SymbolKind,
  range: OffsetRange,
  select: OffsetRange,
  children?: DocumentSymbol[],
): DocumentSymbol {
  const out: DocumentSymbol = {
    name: printable(name),
    kind,
    range: rangeOf(doc, range.start, range.end),
    selectionRange: rangeOf(doc, select.start, select.end),
  };
  if (children) out.children = children;
  return out;
}

/** A block's name: its description, else what it is and its number. */
function label(description: Description | null, what: string, index: number): string {
  return description ? `${what} ${description.value.raw}` : `${what} ${index + 1}`;
}

function rule(doc: TextDocument, r: TargetRule | RuleFragment, i: number): DocumentSymbol {
  const description = r.type === "TargetRule" ? r.description : null;
  return symbol(doc, label(description, "MSGTARGETRULE", i), SymbolKind.Event, r.range, r.range);
}

function config(doc: TextDocument, c: RespMgrConfig, i: number): DocumentSymbol {
  const rules = c.targetRules?.type === "TargetRules" ? c.targetRules.rules : c.targetRules ? [c.targetRules] : [];
  return symbol(
    doc,
    label(c.description, "RESPMGRCONFIG", i),
    SymbolKind.Module,
    c.range,
    c.range,
    rules.map((r, j) => rule(doc, r, j)),
  );
}

/** The document symbols of `ast`. */
export function documentSymbols(doc: TextDocument, ast: ConfigFile): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const { timeTemplates, condStatusVars, respMgrConfigs } = ast;
  if (timeTemplates) {
    const templates = timeTemplates.templates.map((t) => symbol(doc, t.name.raw, SymbolKind.Function, t.range, t.name.range));
    out.push(symbol(doc, "TIMETEMPLATES", SymbolKind.Namespace, timeTemplates.range, timeTemplates.range, templates));
  }
  if (condStatusVars) {
    const variables = condStatusVars.variables.map((v) => symbol(doc, v.name.raw, SymbolKind.Variable, v.range, v.name.range));
    out.push(symbol(doc, "CONDSTATUSVARS", SymbolKind.Namespace, condStatusVars.range, condStatusVars.range, variables));
  }
  if (respMgrConfigs) {
    const configs = respMgrConfigs.configs.map((c, i) => config(doc, c, i));
    out.push(symbol(doc, "RESPMGRCONFIGS", SymbolKind.Namespace, respMgrConfigs.range, respMgrConfigs.range, configs));
  }
  return out;
}

/** The folding ranges of `ast`: every clause over several lines, and every run of two or more comment lines. */
export function foldingRanges(doc: TextDocument, ast: ConfigFile): FoldingRange[] {
  const out: FoldingRange[] = [];
  for (const clause of clausesOf(ast)) {
    const start = doc.positionAt(clause.range.start).line;
    const end = doc.positionAt(clause.range.end).line;
    if (end > start) out.push({ startLine: start, endLine: end });
  }
  const lines = doc.getText().split("\n");
  let first = -1;
  lines.forEach((line, i) => {
    const comment = line.trimStart().startsWith("#");
    if (comment && first < 0) first = i;
    if (!comment && first >= 0) {
      if (i - 1 > first) out.push({ startLine: first, endLine: i - 1, kind: FoldingRangeKind.Comment });
      first = -1;
    }
  });
  if (first >= 0 && lines.length - 1 > first) out.push({ startLine: first, endLine: lines.length - 1, kind: FoldingRangeKind.Comment });
  return out;
}
