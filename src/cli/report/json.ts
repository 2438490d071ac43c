/**
 * The machine report: one JSON document,
 * `{ "version": 1, "tool": { name, version }, "files": [{ filename, diagnostics }] }`,
 * keys always in the same order. `version` is the version of this shape, raised
 * only when a change could break a reader; adding keys does not raise it.
 */
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { VERSION } from "../version.js";
import type { FileReport } from "./file-report.js";

/** Version of the JSON report's shape. */
const JSON_REPORT_VERSION = 1;

function position(p: Diagnostic["range"]["start"]): Record<string, number> {
  return { line: p.line, column: p.column, offset: p.offset };
}

function ordered(d: Diagnostic): Record<string, unknown> {
  return {
    code: d.code,
    name: d.name,
    severity: d.severity,
    message: d.message,
    range: { start: position(d.range.start), end: position(d.range.end) },
    ...(d.fix ? { fix: { range: { start: position(d.fix.range.start), end: position(d.fix.range.end) }, text: d.fix.text } } : {}),
  };
}

/** Renders reports as one JSON document. */
export function formatJson(reports: readonly FileReport[]): string {
  const document = {
    version: JSON_REPORT_VERSION,
    tool: { name: "hpom-lint", version: VERSION },
    files: reports.map((r) => ({ filename: r.filename, diagnostics: r.diagnostics.map(ordered) })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
