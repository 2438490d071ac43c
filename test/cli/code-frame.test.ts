/** The stylish code frame shows at most about 200 characters of a long line, elided with "…", its caret under the range. */
import { describe, expect, it } from "vitest";
import { formatStylish } from "../../src/cli/report/stylish.js";
import { LineMap } from "../../src/diagnostics/line-map.js";
import type { Diagnostic } from "../../src/index.js";
import { runInProcess } from "./run-in-process.js";
import { workspace } from "./workspace.js";

/** The source and caret lines of the report of one finding at `start`–`end` of `text`. */
function frame(text: string, start: number, end: number): { source: string; caret: string } {
  const lines = LineMap.of(text);
  const d: Diagnostic = { code: "HP1001", name: "invalid-character", severity: "error", message: "m", range: lines.range(start, end) };
  const out = formatStylish([{ filename: "allnodes", text, diagnostics: [d] }], { color: false, cwd: "/" }).split("\n");
  // Lines 2 and 3: "  <line> | <source>" and "    | <carets>", cut after the bar.
  const cut = (line: string) => line.slice(line.indexOf("|") + 2);
  return { source: cut(out[1]!), caret: cut(out[2]!) };
}

describe("code frame of a long line", () => {
  const line = `${"a".repeat(5000)}@@@${"b".repeat(5000)}`;

  it("shows about 200 characters around the range, elided on both sides, the caret under the range", () => {
    const { source, caret } = frame(line, 5000, 5003);
    expect(source.startsWith("…")).toBe(true);
    expect(source.endsWith("…")).toBe(true);
    expect(source.length).toBeLessThanOrEqual(202);
    expect(caret.trimStart()).toBe("^^^");
    expect(source.slice(caret.indexOf("^"), caret.length)).toBe("@@@");
  });

  it("at the start of the line: no elision before, the caret in the first column", () => {
    const { source, caret } = frame(`@${line}`, 0, 1);
    expect(source.startsWith("@a")).toBe(true);
    expect(source.endsWith("…")).toBe(true);
    expect(caret).toBe("^");
  });

  it("at the end of the line: no elision after", () => {
    const text = `${line}@\n`;
    const { source, caret } = frame(text, line.length, line.length + 1);
    expect(source.startsWith("…")).toBe(true);
    expect(source.endsWith("b@")).toBe(true);
    expect(caret.length).toBe(source.length);
  });

  it("a range longer than the frame is shown from its start and underlined to the frame's end", () => {
    const { source, caret } = frame(line, 10, 9000);
    expect(source).toBe(`…${"a".repeat(200)}…`);
    expect(caret).toBe(` ${"^".repeat(200)}`);
  });

  it("tabs in the shown part stay aligned with the caret", () => {
    const text = `${"a".repeat(1000)}\t\t@${"b".repeat(1000)}`;
    const { source, caret } = frame(text, 1002, 1003);
    expect(source[caret.indexOf("^")]).toBe("@");
  });

  it("a line of 200 characters or fewer is shown whole", () => {
    const text = `${"a".repeat(197)}@@@`;
    expect(frame(text, 197, 200)).toEqual({ source: text, caret: `${" ".repeat(197)}^^^` });
  });

  it("hpom-lint lint on a one-line file of 1 MB with 101 findings prints a few kilobytes a finding", async () => {
    const dir = workspace({ allnodes: "@ ".repeat(500_000) });
    const { code, stdout } = await runInProcess(["lint", "allnodes"], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toContain("[HP1011/too-many-errors]");
    expect(stdout.length).toBeLessThan(101 * 1000);
    for (const l of stdout.split("\n")) expect(l.length).toBeLessThan(260);
  });
});
