/** The output formats of `hpom-lint lint`, by the name `--format` takes. */
import type { Formatter } from "./file-report.js";
import type { FormatName } from "./format-names.js";

export { FORMAT_NAMES, type FormatName } from "./format-names.js";
export { countBySeverity, type FileReport, type Formatter, type ReportContext } from "./file-report.js";

/**
 * Every output format, loaded when chosen: a run prints one, and loading them
 * all would load node:crypto (GitLab's fingerprints) at every start (issue #19).
 */
export const FORMATS: Record<FormatName, () => Promise<Formatter>> = {
  stylish: async () => (await import("./stylish.js")).formatStylish,
  json: async () => (await import("./json.js")).formatJson,
  sarif: async () => (await import("./sarif.js")).formatSarif,
  github: async () => (await import("./github.js")).formatGithub,
  gitlab: async () => (await import("./gitlab.js")).formatGitlab,
  junit: async () => (await import("./junit.js")).formatJunit,
};
