/**
 * The default report for people: `file:line:col: severity: message [code/alias]`,
 * the source line with a caret underline, and a summary line.
 */
import { createColors } from "picocolors";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { printable, printableName } from "../../util/printable.js";
import { LineMap } from "../../diagnostics/line-map.js";
import { countBySeverity, type FileReport, type ReportContext } from "./file-report.js";

/**
 * Tabs in a code frame are expanded to this many columns, so the caret line
 * lines up whatever the terminal's tab width, even under tabs inside the range.
 */
const TAB_WIDTH = 4;

/** Line `line` (1-based) of the text, without its line break; "" past the end. */
function sourceLine(text: string, lines: LineMap, line: number): string {
  const start = lines.lineStarts[line - 1];
  if (start === undefined) return "";
  const next = lines.lineStarts[line];
  const end = next === undefined ? text.length : next - 1;
  return text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
}

/** The display column (0-based) of `index` in `line`; past the end each position counts one. */
function displayColumn(line: string, index: number): number {
  let column = 0;
  const stop = Math.min(index, line.length);
  for (let i = 0; i < stop; i++) column = line[i] === "\t" ? column - (column % TAB_WIDTH) + TAB_WIDTH : column + 1;
  return column + Math.max(0, index - line.length);
}

function expandTabs(line: string): string {
  let out = "";
  for (const ch of line) out += ch === "\t" ? " ".repeat(TAB_WIDTH - (out.length % TAB_WIDTH)) : ch;
  return out;
}

/**
 * At most this many characters of a source line are shown: a minified or generated file can
 * hold a megabyte on one line, and its every finding would print all of it.
 */
const FRAME_WIDTH = 200;

/** Marks the side of a shown slice where the line goes on. */
const ELLIPSIS = "…";

/** The part of `line` shown for the range `from`–`to`: all of it when short, else about `FRAME_WIDTH` characters around the range's start. */
function visibleSlice(line: string, from: number, to: number): { start: number; end: number } {
  if (line.length <= FRAME_WIDTH) return { start: 0, end: line.length };
  const range = Math.min(to - from, FRAME_WIDTH);
  let start = Math.max(0, Math.min(from - Math.floor((FRAME_WIDTH - range) / 2), line.length - FRAME_WIDTH));
  let end = Math.min(line.length, start + FRAME_WIDTH);
  // Never half a character: a cut inside a surrogate pair moves to include all of it.
  if (isLowSurrogate(line.charCodeAt(start))) start--;
  if (isLowSurrogate(line.charCodeAt(end))) end++;
  return { start, end };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function codeFrame(text: string, lines: LineMap, d: Diagnostic, mark: (s: string) => string, dim: (s: string) => string): string {
  const { start, end } = d.range;
  const whole = sourceLine(text, lines, start.line);
  const column = start.column - 1;
  // A range that goes on to later lines is underlined to the end of its first line.
  const endColumn = end.line === start.line ? end.column - 1 : whole.length;
  const shown = visibleSlice(whole, column, endColumn);
  const line = whole.slice(shown.start, shown.end);
  const before = shown.start > 0 ? ELLIPSIS : "";
  const after = shown.end < whole.length ? ELLIPSIS : "";
  const from = column - shown.start;
  const to = Math.min(endColumn, shown.end) - shown.start;
  const left = before.length + displayColumn(line, from);
  const width = Math.max(1, before.length + displayColumn(line, to) - left);
  const gutter = String(start.line);
  const pad = " ".repeat(gutter.length);
  return `  ${dim(`${gutter} |`)} ${before}${printable(expandTabs(line))}${after}\n  ${dim(`${pad} |`)} ${" ".repeat(left)}${mark("^".repeat(width))}\n`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Renders reports in the stylish format; prints nothing when there are no diagnostics. */
export function formatStylish(reports: readonly FileReport[], context: ReportContext): string {
  const c = createColors(context.color);
  const severityColor = { error: c.red, warning: c.yellow, info: c.blue } as const;
  let out = "";
  for (const report of reports) {
    if (report.diagnostics.length === 0) continue;
    // Built once per file: finding each line from the start of the text was quadratic in the findings.
    const lines = LineMap.of(report.text);
    for (const d of report.diagnostics) {
      const where = `${printableName(report.filename)}:${d.range.start.line}:${d.range.start.column}`;
      out += `${c.bold(where)}: ${severityColor[d.severity](d.severity)}: ${printable(d.message)} ${c.dim(`[${d.code}/${d.name}]`)}\n`;
      out += codeFrame(report.text, lines, d, severityColor[d.severity], c.dim);
    }
  }
  const counts = countBySeverity(reports);
  const total = counts.error + counts.warning + counts.info;
  if (total === 0) return out;
  const parts = [plural(counts.error, "error"), plural(counts.warning, "warning"), ...(counts.info ? [plural(counts.info, "info")] : [])];
  const summary = `${plural(total, "problem")} (${parts.join(", ")})`;
  return `${out}\n${counts.error ? c.red(c.bold(`✖ ${summary}`)) : c.yellow(c.bold(`⚠ ${summary}`))}\n`;
}
