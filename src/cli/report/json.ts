/**
 * The machine report of the contract: an array of `{ filename, diagnostics }`,
 * keys always in the same order.
 */
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { FileReport } from "./stylish.js";

function ordered(d: Diagnostic): Record<string, unknown> {
  const pos = (p: Diagnostic["range"]["start"]) => ({ line: p.line, column: p.column, offset: p.offset });
  return {
    code: d.code,
    name: d.name,
    severity: d.severity,
    message: d.message,
    range: { start: pos(d.range.start), end: pos(d.range.end) },
    ...(d.fix ? { fix: { range: { start: pos(d.fix.range.start), end: pos(d.fix.range.end) }, text: d.fix.text } } : {}),
  };
}

/** Renders reports as one JSON document. */
export function formatJson(reports: readonly FileReport[]): string {
  const results = reports.map((r) => ({ filename: r.filename, diagnostics: r.diagnostics.map(ordered) }));
  return `${JSON.stringify(results, null, 2)}\n`;
}
