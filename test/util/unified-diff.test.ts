/** The unified diff of `--fix-dry-run` and `import --plan`: well-formed hunks that turn the old text into the new. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unifiedDiff } from "../../src/util/unified-diff.js";

/** Applies a unified diff of one file strictly: every context and removed line must match. */
function applyPatch(before: string, patch: string): string {
  const old = before === "" ? [] : before.split(/(?<=\n)/);
  const lines = patch.split(/(?<=\n)/);
  expect(lines[0]).toBe("--- a/f\n");
  expect(lines[1]).toBe("+++ b/f\n");
  const out: string[] = [];
  let at = 0;
  let i = 2;
  while (i < lines.length) {
    const m = /^@@ -(\d+),(\d+) \+(\d+),(\d+) @@\n$/.exec(lines[i]!);
    expect(m, `hunk header at patch line ${i + 1}`).not.toBeNull();
    const [oldStart, oldCount, , newCount] = m!.slice(1).map(Number) as [number, number, number, number];
    const first = oldCount === 0 ? oldStart : oldStart - 1;
    expect(first).toBeGreaterThanOrEqual(at);
    out.push(...old.slice(at, first));
    at = first;
    i++;
    let seenOld = 0;
    let seenNew = 0;
    while (i < lines.length && !lines[i]!.startsWith("@@")) {
      let line = lines[i]!;
      const noNewline = lines[i + 1] === "\\ No newline at end of file\n";
      if (noNewline) line = line.slice(0, -1);
      const body = line.slice(1);
      if (line.startsWith(" ") || line.startsWith("-")) {
        expect(old[at]).toBe(body);
        at++;
        seenOld++;
      }
      if (line.startsWith(" ") || line.startsWith("+")) {
        out.push(body);
        seenNew++;
      }
      i += noNewline ? 2 : 1;
    }
    expect([seenOld, seenNew]).toEqual([oldCount, newCount]);
  }
  out.push(...old.slice(at));
  return out.join("");
}

const lineArb = fc.constantFrom("a\n", "b\n", "c\n", "d\r\n", "e", "\n");
const textArb = fc.array(lineArb, { maxLength: 40 }).map((ls) => ls.map((l, i) => (l === "e" && i < ls.length - 1 ? "e\n" : l)).join(""));

describe("unifiedDiff", () => {
  it("is empty for equal texts", () => {
    expect(unifiedDiff("a\n", "a\n", "f")).toBe("");
  });

  it("writes the usual headers, hunks with three lines of context, and marks a missing final newline", () => {
    const before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15";
    const after = "1\nTWO\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n";
    expect(unifiedDiff(before, after, "f")).toBe(
      "--- a/f\n+++ b/f\n@@ -1,5 +1,5 @@\n 1\n-2\n+TWO\n 3\n 4\n 5\n@@ -12,4 +12,4 @@\n 12\n 13\n 14\n-15\n\\ No newline at end of file\n+15\n",
    );
    expect(unifiedDiff("", "x\n", "f")).toBe("--- a/f\n+++ b/f\n@@ -0,0 +1,1 @@\n+x\n");
    expect(unifiedDiff("x\n", "", "f")).toBe("--- a/f\n+++ b/f\n@@ -1,1 +0,0 @@\n-x\n");
  });

  it("always turns the old text into the new one (property)", () => {
    fc.assert(
      fc.property(textArb, textArb, (before, after) => {
        expect(applyPatch(before, unifiedDiff(before, after, "f") || "--- a/f\n+++ b/f\n")).toBe(after);
      }),
      { numRuns: 400 },
    );
  });

  it("stays correct beyond the edit distance it searches exhaustively", () => {
    const before = Array.from({ length: 3000 }, (_, i) => `${i}\n`).join("");
    const after = Array.from({ length: 3000 }, (_, i) => `${i}${i % 2 ? "x" : ""}\n`).join("");
    expect(applyPatch(before, unifiedDiff(before, after, "f"))).toBe(after);
  });
});
