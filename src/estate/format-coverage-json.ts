/** `coverage --format json`: the coverage as one versioned JSON document (docs/language.md#coverage-of-an-estate). */
import type { CoverageResult } from "./coverage.js";

/** The coverage as JSON, two-space indented, with a final line break. */
export function formatCoverageJson(result: CoverageResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
