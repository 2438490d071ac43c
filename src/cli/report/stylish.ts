/**
 * The default report for people: `file:line:col: severity: message [code/alias]`,
 * the source line with a caret underline, and a summary line.
 */
import { createColors } from "picocolors";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { printable, printableName } from "../../util/printable.js";
import { countBySeverity, type FileReport, type ReportContext } from "./file-report.js";

/**
 * Tabs in a code frame are expanded to this many columns, so the caret line
 * lines up whatever the terminal's tab width, even under tabs inside the range.
 */
const TAB_WIDTH = 4;

function sourceLine(text: string, line: number): string {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf("\n", start);
    if (nl === -1) return "";
    start = nl + 1;
  }
  const end = text.indexOf("\n", start);
  return text.slice(start, end === -1 ? text.length : end).replace(/\r$/, "");
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

function codeFrame(text: string, d: Diagnostic, mark: (s: string) => string, dim: (s: string) => string): string {
  const { start, end } = d.range;
  const line = sourceLine(text, start.line);
  const from = start.column - 1;
  // A range that goes on to later lines is underlined to the end of its first line.
  const to = end.line === start.line ? end.column - 1 : line.length;
  const left = displayColumn(line, from);
  const width = Math.max(1, displayColumn(line, to) - left);
  const gutter = String(start.line);
  const pad = " ".repeat(gutter.length);
  return `  ${dim(`${gutter} |`)} ${printable(expandTabs(line))}\n  ${dim(`${pad} |`)} ${" ".repeat(left)}${mark("^".repeat(width))}\n`;
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
    for (const d of report.diagnostics) {
      const where = `${printableName(report.filename)}:${d.range.start.line}:${d.range.start.column}`;
      out += `${c.bold(where)}: ${severityColor[d.severity](d.severity)}: ${printable(d.message)} ${c.dim(`[${d.code}/${d.name}]`)}\n`;
      out += codeFrame(report.text, d, severityColor[d.severity], c.dim);
    }
  }
  const counts = countBySeverity(reports);
  const total = counts.error + counts.warning + counts.info;
  if (total === 0) return out;
  const parts = [plural(counts.error, "error"), plural(counts.warning, "warning"), ...(counts.info ? [plural(counts.info, "info")] : [])];
  const summary = `${plural(total, "problem")} (${parts.join(", ")})`;
  return `${out}\n${counts.error ? c.red(c.bold(`✖ ${summary}`)) : c.yellow(c.bold(`⚠ ${summary}`))}\n`;
}
