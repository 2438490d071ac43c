import type { Position, Range } from "./diagnostic.js";

/**
 * Turns offsets into line/column positions. Tokens and AST nodes carry offsets
 * only (tracking lines for every token halves lexing speed); positions are
 * computed here, on demand, from the line starts the scanner records.
 */
export class LineMap {
  /** Offsets at which each line starts; `lineStarts[0]` is 0. */
  readonly lineStarts: readonly number[];

  constructor(lineStarts: readonly number[]) {
    this.lineStarts = lineStarts;
  }

  /** Builds a line map by scanning `text` for line feeds; the first line starts after a byte-order mark, as in the scanner. */
  static of(text: string): LineMap {
    // Editors hide a byte-order mark: first-line columns must not count it, and an edit at the start of line 1 must keep it.
    const starts = [text.charCodeAt(0) === 0xfeff ? 1 : 0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    return new LineMap(starts);
  }

  /** The 1-based line and column of `offset`. */
  position(offset: number): Position {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    // Only the byte-order mark itself lies before the first line's start; it shows as column 1.
    return { line: lo + 1, column: Math.max(1, offset - starts[lo]! + 1), offset };
  }

  /** The positions of the half-open offset range `[start, end)`. */
  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }
}
