/**
 * GitHub Actions workflow commands: one `::error` / `::warning` / `::notice`
 * annotation per diagnostic, shown on the pull request's diff.
 *
 * GitHub shows at most 10 annotations of each kind per step (and 50 per job);
 * the rest are dropped silently. So at most `ANNOTATIONS_PER_SEVERITY` of each
 * severity are printed as annotations, in report order, and every diagnostic
 * past that limit follows in the stylish report, so none is lost from the log.
 */
import type { Diagnostic, Severity } from "../../diagnostics/diagnostic.js";
import { printable } from "../../util/printable.js";
import { rootRelative, type FileReport, type ReportContext } from "./file-report.js";
import { formatStylish } from "./stylish.js";

/** Annotations printed per severity (GitHub's per-step limit for each kind). */
const ANNOTATIONS_PER_SEVERITY = 10;

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

/**
 * Escapes a command's message, as GitHub's toolkit does (`escapeData`); the
 * control characters that has no escape for are replaced (`printable`).
 */
function escapeData(text: string): string {
  return printable(text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}

/** Escapes a property value, which also ends at `,` and `:` (`escapeProperty`). */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function annotation(filename: string, d: Diagnostic): string {
  const { start, end } = d.range;
  const properties = [
    `file=${escapeProperty(filename)}`,
    `line=${start.line}`,
    `col=${start.column}`,
    `endLine=${end.line}`,
    `endColumn=${end.column}`,
    `title=${escapeProperty(`${d.code}/${d.name}`)}`,
  ];
  return `::${COMMAND[d.severity]} ${properties.join(",")}::${escapeData(d.message)}\n`;
}

/** Renders reports as annotations, then the stylish report of those past GitHub's limits. */
export function formatGithub(reports: readonly FileReport[], context: ReportContext): string {
  const printed: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const rest: FileReport[] = [];
  let out = "";
  for (const report of reports) {
    const overflow: Diagnostic[] = [];
    for (const d of report.diagnostics) {
      if (printed[d.severity] < ANNOTATIONS_PER_SEVERITY) {
        printed[d.severity]++;
        // GitHub places an annotation by its path from the repository's root.
        out += annotation(rootRelative(report.filename, context) ?? report.filename, d);
      } else {
        overflow.push(d);
      }
    }
    if (overflow.length > 0) rest.push({ ...report, diagnostics: overflow });
  }
  if (rest.length === 0) return out;
  const more = rest.reduce((n, r) => n + r.diagnostics.length, 0);
  const heading = `${more} more problem${more === 1 ? "" : "s"} past GitHub's limit of ${ANNOTATIONS_PER_SEVERITY} annotations per severity:`;
  return `${out}\n${heading}\n\n${formatStylish(rest, context)}`;
}
