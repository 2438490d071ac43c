/** Severity of a diagnostic, from most to least serious. */
export type Severity = "error" | "warning" | "info";

/** A place in the source: 1-based line and column, 0-based offset (UTF-16 code units). */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

/** A stretch of source between two positions; `end` is exclusive. */
export interface Range {
  start: Position;
  end: Position;
}

/** A safe, mechanical edit that resolves a diagnostic: replace `range` with `text`. */
export interface Fix {
  range: Range;
  text: string;
}

/** One finding about a file: what is wrong, where, and how to fix it. */
export interface Diagnostic {
  /** Stable rule code such as `HP1003`; never reused. */
  code: string;
  /** Readable alias of the code such as `unexpected-token`. */
  name: string;
  severity: Severity;
  /** One sentence: what is wrong and what is expected. */
  message: string;
  filename?: string;
  range: Range;
  fix?: Fix;
}
