/**
 * Fixes as edits of the tree: a rule says which node to replace and with what node,
 * and the text comes from the printer's pieces, so quoting and spelling are never
 * composed by hand in a rule.
 */
import type { ActionAllowManagers, NodeSpec, OffsetRange } from "../ast/nodes.js";
import { printManagerEntry, printNodeSpec } from "../printer/print.js";
import type { OffsetFix } from "./rule.js";

/** A fix that writes `node` in place of the node spec at `range`. */
export function replaceNode(range: OffsetRange, node: NodeSpec): OffsetFix {
  return { range, text: printNodeSpec(node) };
}

/** A fix that writes the printed clause `printed` at `offset`, after the code that ends there. */
export function insertAfter(offset: number, printed: string): OffsetFix {
  return { range: { start: offset, end: offset }, text: ` ${printed}` };
}

/** A fix that writes the printed clause `printed` at `offset`, before the code that starts there. */
export function insertBefore(offset: number, printed: string): OffsetFix {
  return { range: { start: offset, end: offset }, text: `${printed} ` };
}

/**
 * A fix that writes the printed clauses `printed` before the clause `next`: on a line of their
 * own at `next`'s indentation, with the file's own line break, when `next` starts its line, else
 * on its line.
 */
export function insertClausesBefore(text: string, next: { range: OffsetRange }, printed: readonly string[]): OffsetFix {
  const at = next.range.start;
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const indent = text.slice(lineStart, at);
  const clauses = printed.join(" ");
  if (!/^[ \t]*$/.test(indent)) return insertBefore(at, clauses);
  // A CRLF file does not get a lone LF.
  const eol = lineStart >= 2 && text.charCodeAt(lineStart - 2) === 13 ? "\r\n" : "\n";
  return { range: { start: at, end: at }, text: `${clauses}${eol}${indent}` };
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

/** The blanks that start the line holding `offset`. */
function lineIndent(text: string, offset: number): string {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  let end = start;
  while (end < offset && isBlank(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

/** Whether only blanks stand between the start of its line and `offset`. */
function startsLine(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (!isBlank(c)) return false;
  }
  return true;
}

/**
 * A fix that appends an `ACTIONALLOWMANAGER NODE <node>` entry per node to `list`, laid out like
 * the entries already there (or one level deeper than the list keyword), with the file's own
 * line break. It goes on a new line after the list's last line, behind any trailing comment, so
 * no comment changes the line it stands on; with more code on that line, on that line too.
 */
export function appendManagers(text: string, list: ActionAllowManagers, nodes: readonly NodeSpec[]): OffsetFix {
  const entries = nodes.map((node) => printManagerEntry("ActionAllowManager", node));
  const end = list.range.end;
  let after = end;
  while (after < text.length && isBlank(text.charCodeAt(after))) after++;
  const rest = text.charCodeAt(after);
  if (after < text.length && rest !== 10 && rest !== 13 && rest !== 35) {
    return { range: { start: end, end }, text: entries.map((lines) => ` ${lines.join(" ")}`).join("") };
  }
  const lf = text.indexOf("\n", end);
  const at = lf < 0 ? text.length : text.charCodeAt(lf - 1) === 13 ? lf - 1 : lf;
  const eol = lf > 0 && text.charCodeAt(lf - 1) === 13 ? "\r\n" : "\n";
  const first = list.managers[0];
  const entryIndent =
    first && startsLine(text, first.range.start) ? lineIndent(text, first.range.start) : `${lineIndent(text, list.range.start)}  `;
  const nodeIndent = first ? lineIndent(text, first.node.range.start) : `${entryIndent}  `;
  const entry = ([keyword, node]: [string, string]) =>
    first && !startsLine(text, first.node.range.start) ? `${keyword} ${node}` : `${keyword}${eol}${nodeIndent}${node}`;
  return { range: { start: at, end: at }, text: entries.map((lines) => `${eol}${entryIndent}${entry(lines)}`).join("") };
}
