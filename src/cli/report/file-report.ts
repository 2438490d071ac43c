/** What every output format renders, and the signature they share. */
import { isAbsolute, relative, resolve, sep } from "node:path";
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
  /**
   * The repository's root (the working directory when there is none): GitHub
   * resolves the paths of annotations and code-scanning results against it,
   * so the machine formats name files relative to it.
   */
  root?: string;
}

/**
 * `filename` (relative to `cwd`) relative to `root`, with forward slashes, or
 * undefined when it lies outside `root`.
 */
export function rootRelative(filename: string, context: ReportContext): string | undefined {
  const rel = relative(context.root ?? context.cwd, resolve(context.cwd, filename))
    .split(sep)
    .join("/");
  return rel === "" || rel === ".." || rel.startsWith("../") || isAbsolute(rel) ? undefined : rel;
}

/** Renders the reports of a run as the complete text of one output format. */
export type Formatter = (reports: readonly FileReport[], context: ReportContext) => string;

/** How many diagnostics of each severity the reports hold. */
export function countBySeverity(reports: readonly FileReport[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const r of reports) for (const d of r.diagnostics) counts[d.severity]++;
  return counts;
}
