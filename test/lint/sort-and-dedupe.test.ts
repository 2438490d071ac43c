/**
 * The last step of `lint`: findings in source order (then code, then end), each
 * exact repeat (same code, range and message) dropped, whatever stands between.
 */
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/index.js";
import { sortAndDedupe } from "../../src/lint/lint.js";

function d(code: string, start: number, end: number, message: string): Diagnostic {
  const at = (offset: number) => ({ line: 1, column: offset + 1, offset });
  return { code, name: code.toLowerCase(), severity: "error", message, range: { start: at(start), end: at(end) } };
}

const summary = (ds: Diagnostic[]) => ds.map((x) => `${x.code}@${x.range.start.offset}-${x.range.end.offset}:${x.message}`);

describe("sortAndDedupe", () => {
  it("orders by start, code and end, keeping the order of equal ones", () => {
    const out = sortAndDedupe([
      d("HP2002", 5, 9, "b"),
      d("HP2001", 5, 9, "a"),
      d("HP2001", 0, 3, "z"),
      d("HP2001", 5, 7, "c"),
      d("HP2001", 5, 9, "a2"),
    ]);
    expect(summary(out)).toEqual(["HP2001@0-3:z", "HP2001@5-7:c", "HP2001@5-9:a", "HP2001@5-9:a2", "HP2002@5-9:b"]);
  });

  it("drops exact repeats, also when another message of the same code and range stands between them", () => {
    const out = sortAndDedupe([
      d("HP2001", 5, 9, "a"),
      d("HP2001", 5, 9, "b"),
      d("HP2001", 5, 9, "a"),
      d("HP2001", 5, 9, "b"),
      d("HP2001", 5, 9, "c"),
    ]);
    expect(summary(out)).toEqual(["HP2001@5-9:a", "HP2001@5-9:b", "HP2001@5-9:c"]);
  });

  it("keeps the same message under another code or range", () => {
    const out = sortAndDedupe([d("HP2001", 5, 9, "a"), d("HP2002", 5, 9, "a"), d("HP2001", 5, 8, "a"), d("HP2001", 6, 9, "a")]);
    expect(out).toHaveLength(4);
  });
});
