/** What every output format renders, and the signature they share. */
import type { Diagnostic, Severity } from "../../diagnostics/diagnostic.js";

/** The diagnostics of one input, with its text for code frames. */
export interface FileReport {
  /** Path relative to the working directory with forward slashes, or the stdin name. */
  filename: string;
  text: string;
  diagnostics: Diagnostic[];
}

/** What a format needs besides the reports. */
export interface ReportContext {
  /** Whether ANSI colours may be used. */
  color: boolean;
  /** The working directory, which relative file names are relative to. */
  cwd: string;
}

/** Renders the reports of a run as the complete text of one output format. */
export type Formatter = (reports: readonly FileReport[], context: ReportContext) => string;

/** How many diagnostics of each severity the reports hold. */
export function countBySeverity(reports: readonly FileReport[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const r of reports) for (const d of r.diagnostics) counts[d.severity]++;
  return counts;
}
