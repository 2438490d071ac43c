/** A file with more syntax errors than a call's arguments may hold still gets its capped list, never an internal error. */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/index.js";
import { MAX_SYNTAX_ERRORS } from "../../src/parser/parse.js";

// 200,000 issues: far past the ~120,000 arguments a spread call overflows the stack at.
const LINES = 200_000;

describe("a file of many errors", () => {
  for (const line of ['"', "@", "1.2"]) {
    it(`${LINES} lines of ${line}: the first ${MAX_SYNTAX_ERRORS} errors and HP1011, no HP1000`, () => {
      const { diagnostics } = parse(`${line}\n`.repeat(LINES));
      expect(diagnostics.some((d) => d.code === "HP1000")).toBe(false);
      expect(diagnostics).toHaveLength(MAX_SYNTAX_ERRORS + 1);
      expect(diagnostics[0]!.range.start.line).toBe(1);
      expect(diagnostics.at(-1)!.code).toBe("HP1011");
    });
  }
});
