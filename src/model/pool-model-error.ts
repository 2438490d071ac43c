/**
 * `PoolModelError`: what `generate` and `parsePoolModel` throw for a model that
 * is not valid. Each issue names the value in the model (`pools[0].virtual`)
 * and, for a model read from text, its line and column.
 */

/** One problem of a pool model. */
export interface PoolModelIssue {
  /** Where in the model, e.g. `pools[0].virtual[1]`; empty for the model as a whole. */
  path: string;
  /** What is wrong, in one sentence. */
  message: string;
  /** 1-based line in the source text (only from `parsePoolModel`). */
  line?: number;
  /** 1-based column in the source text (only from `parsePoolModel`). */
  column?: number;
}

/** `file:line:column: path: message`, leaving out what is unknown. */
export function formatPoolModelIssue(issue: PoolModelIssue, filename?: string): string {
  const where = [filename, issue.line, issue.column].filter((part) => part !== undefined).join(":");
  return [where, issue.path, issue.message].filter((part) => part !== "").join(": ");
}

/** Thrown for an invalid pool model; `.issues` lists every problem found. */
export class PoolModelError extends Error {
  /** Every problem, in source (or model) order. */
  readonly issues: readonly PoolModelIssue[];
  /** The model's file name, when it was given to `parsePoolModel`. */
  readonly filename: string | undefined;

  constructor(issues: readonly PoolModelIssue[], filename?: string) {
    const lines = issues.map((issue) => formatPoolModelIssue(issue, filename));
    super(`invalid pool model${filename === undefined ? "" : ` ${filename}`}:\n${lines.join("\n")}`);
    this.name = "PoolModelError";
    this.issues = issues;
    this.filename = filename;
  }
}
