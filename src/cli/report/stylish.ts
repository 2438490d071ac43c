/**
 * The default report for people: `file:line:col: severity: message [code/alias]`,
 * the source line with a caret underline, and a summary line.
 */
import { createColors } from "picocolors";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";

/** The diagnostics of one input, with its text for code frames. */
export interface FileReport {
  filename: string;
  text: string;
  diagnostics: Diagnostic[];
}

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

function codeFrame(text: string, d: Diagnostic, red: (s: string) => string, dim: (s: string) => string): string {
  const { start, end } = d.range;
  const line = sourceLine(text, start.line);
  const gutter = String(start.line);
  const pad = " ".repeat(gutter.length);
  const before = line.slice(0, start.column - 1).replace(/[^\t]/g, " ");
  const width = end.line === start.line ? Math.max(1, end.column - start.column) : Math.max(1, line.length - start.column + 1);
  return `  ${dim(`${gutter} |`)} ${line}\n  ${dim(`${pad} |`)} ${before}${red("^".repeat(width))}\n`;
}

/** Renders reports in the stylish format; `color` turns ANSI colours on. */
export function formatStylish(reports: readonly FileReport[], color: boolean): string {
  const c = createColors(color);
  const severityColor = { error: c.red, warning: c.yellow, info: c.blue } as const;
  let out = "";
  const counts = { error: 0, warning: 0, info: 0 };
  for (const report of reports) {
    for (const d of report.diagnostics) {
      counts[d.severity]++;
      const where = `${report.filename}:${d.range.start.line}:${d.range.start.column}`;
      out += `${c.bold(where)}: ${severityColor[d.severity](d.severity)}: ${d.message} ${c.dim(`[${d.code}/${d.name}]`)}\n`;
      out += codeFrame(report.text, d, severityColor[d.severity], c.dim);
    }
  }
  const total = counts.error + counts.warning + counts.info;
  if (total === 0) return out;
  const parts = [
    `${counts.error} error${counts.error === 1 ? "" : "s"}`,
    `${counts.warning} warning${counts.warning === 1 ? "" : "s"}`,
    ...(counts.info ? [`${counts.info} info`] : []),
  ];
  const summary = `${total} problem${total === 1 ? "" : "s"} (${parts.join(", ")})`;
  return `${out}\n${counts.error ? c.red(c.bold(`✖ ${summary}`)) : c.yellow(c.bold(`⚠ ${summary}`))}\n`;
}
