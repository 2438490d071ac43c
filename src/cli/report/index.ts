/** The output formats of `hpom-lint lint`, by the name `--format` takes. */
import type { Formatter } from "./file-report.js";
import type { FormatName } from "./format-names.js";
import { formatGithub } from "./github.js";
import { formatGitlab } from "./gitlab.js";
import { formatJson } from "./json.js";
import { formatJunit } from "./junit.js";
import { formatSarif } from "./sarif.js";
import { formatStylish } from "./stylish.js";

export { FORMAT_NAMES, type FormatName } from "./format-names.js";
export { countBySeverity, type FileReport, type Formatter, type ReportContext } from "./file-report.js";

/** Every output format. */
export const FORMATS = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  gitlab: formatGitlab,
  junit: formatJunit,
} as const satisfies Record<FormatName, Formatter>;
