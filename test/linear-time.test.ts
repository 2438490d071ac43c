/**
 * Parsing, linting, reading JSON and the stylish report take time in proportion to the input on
 * inputs that were quadratic: each case at 4× the size takes well under 16× as long (`scaling.ts`).
 */
import { describe, expect, it } from "vitest";
import type { FileReport } from "../src/cli/report/file-report.js";
import { formatStylish } from "../src/cli/report/stylish.js";
import { LineMap } from "../src/diagnostics/line-map.js";
import { format, lint, parse, print, type Diagnostic } from "../src/index.js";
import { applyFixes } from "../src/lint/fix.js";
import { sortAndDedupe } from "../src/lint/lint.js";
import { jsonSyntaxProblem } from "../src/util/json-syntax.js";
import { LINEAR, linearGrowth } from "./scaling.js";

/** `count` distinct names of eight letters, the same on every run. */
function names(count: number): string[] {
  const out: string[] = [];
  let seed = 12345;
  for (let i = 0; i < count; i++) {
    let name = "";
    for (let k = 0; k < 8; k++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      name += String.fromCharCode(97 + (seed % 26));
    }
    out.push(`${name}${i}`);
  }
  return out;
}

/** `count` templates, and a reference to each with its first letter doubled: one edit from it. */
function typos(count: number): string {
  const all = names(count);
  const templates = all
    .map((n) => `  TIMETEMPLATE "${n}"\n    DESCRIPTION "d" TIMETMPLCONDS TIMETMPLCOND TIMECONDTYPE Match WEEKDAY ON Monday\n`)
    .join("");
  const managers = all
    .map((n) => `          MSGTARGETMANAGER\n            TIMETEMPLATE "${n[0]}${n}"\n            OPCMGR IP 0.0.0.0 "m.example.com"\n`)
    .join("");
  return `TIMETEMPLATES\n${templates}RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "x"\n    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n    MSGTARGETRULES\n      MSGTARGETRULE\n        DESCRIPTION "r"\n        MSGTARGETRULECONDS\n        MSGTARGETMANAGERS\n${managers}`;
}

describe("linear time", () => {
  it('an unterminated string of backslashes, "\\\\…x"', () => {
    expect(
      linearGrowth(
        4000,
        (n) => `"${"\\".repeat(n)}x`,
        (t) => parse(t),
      ),
    ).toBeLessThan(LINEAR);
  });

  it("lines of hpom-lint-disable-next-line", () => {
    expect(
      linearGrowth(
        4000,
        (n) => "# hpom-lint-disable-next-line HP2003\n".repeat(n),
        (t) => lint(t),
      ),
    ).toBeLessThan(LINEAR);
  });

  it("lines of hpom-lint-disable", () => {
    expect(
      linearGrowth(
        4000,
        (n) => "# hpom-lint-disable HP2003\n".repeat(n),
        (t) => lint(t),
      ),
    ).toBeLessThan(LINEAR);
  });

  it("disable and enable pairs", () => {
    expect(
      linearGrowth(
        4000,
        (n) => "# hpom-lint-disable HP2003\n# hpom-lint-enable HP2003\n".repeat(n),
        (t) => lint(t),
      ),
    ).toBeLessThan(LINEAR);
  });

  it("references to undefined time templates, each one edit from a defined one", () => {
    const text = typos(3);
    expect(
      lint(text)
        .filter((d) => d.code === "HP2001")
        .map((d) => d.message),
    ).toEqual(names(3).map((n) => `time template "${n[0]}${n}" is not defined in this file; did you mean "${n}"?`));
    expect(linearGrowth(500, typos, (t) => lint(t))).toBeLessThan(LINEAR);
  });

  it("JSON with a long run of blanks before a trailing comma", () => {
    const text = (n: number) => `[${" ".repeat(n)}1,]`;
    expect(jsonSyntaxProblem(text(3), new SyntaxError("x"))).toEqual({
      reason: 'trailing comma before "]" (JSON allows none)',
      line: 1,
      column: 6,
    });
    expect(linearGrowth(12_500, text, (t) => jsonSyntaxProblem(t, new SyntaxError("x")))).toBeLessThan(LINEAR);
  });

  it("a stylish report of one finding per line", () => {
    const report = (n: number): FileReport => {
      const text = "TIMETEMPLATES\n".repeat(n);
      const lines = LineMap.of(text);
      const diagnostics = Array.from({ length: n }, (_, i): Diagnostic => {
        const start = lines.lineStarts[i]!;
        return { code: "HP4004", name: "x", severity: "warning", message: "m", range: lines.range(start, start + 13) };
      });
      return { filename: "allnodes", text, diagnostics };
    };
    expect(linearGrowth(16_000, report, (r) => formatStylish([r], { color: false, cwd: "/" }))).toBeLessThan(LINEAR);
  });

  it("applying thousands of fixes", () => {
    const fixes = (n: number) => {
      const text = "TIMETEMPLATE x\n".repeat(n);
      const lines = LineMap.of(text);
      const diagnostics = lines.lineStarts.slice(0, n).map((start): Diagnostic => ({
        code: "HP1006",
        name: "x",
        severity: "error",
        message: "m",
        range: lines.range(start, start + 12),
        fix: { range: lines.range(start, start + 12), text: "TIMETEMPLATES" },
      }));
      return { text, diagnostics };
    };
    expect(applyFixes(fixes(2).text, fixes(2).diagnostics)).toEqual({ output: "TIMETEMPLATES x\nTIMETEMPLATES x\n", applied: 2 });
    expect(linearGrowth(20_000, fixes, (f) => applyFixes(f.text, f.diagnostics).output.length)).toBeLessThan(LINEAR);
  });

  it("sorting thousands of findings of one code at one place, with different messages", () => {
    const findings = (n: number) => {
      const range = LineMap.of("x").range(0, 1);
      return Array.from({ length: n }, (_, i): Diagnostic => ({
        code: "HP2001",
        name: "x",
        severity: "error",
        message: `m${i % (n / 2)}`,
        range,
      }));
    };
    expect(sortAndDedupe(findings(4)).map((d) => d.message)).toEqual(["m0", "m1"]);
    expect(linearGrowth(20_000, findings, (f) => sortAndDedupe(f))).toBeLessThan(LINEAR);
  });

  it("formatting a node list of thousands of lines, each with its comment", () => {
    const nodes = (n: number) =>
      Array.from(
        { length: n },
        (_, i) => `${i === 0 ? "            NODE" : "                "} IP 0.0.0.0 "n${i}.example.com" # c${i}\n`,
      ).join("");
    const text = (n: number) =>
      `RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "x"\n    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n    MSGTARGETRULES\n      MSGTARGETRULE\n        DESCRIPTION "r"\n        MSGTARGETRULECONDS\n          MSGTARGETRULECOND\n            DESCRIPTION "c"\n${nodes(n)}        MSGTARGETMANAGERS\n          MSGTARGETMANAGER\n            TIMETEMPLATE "$OPC_ALWAYS"\n            OPCMGR IP 0.0.0.0 "m.example.com"\n`;
    expect(format(text(2))).toContain(
      '            NODE IP 0.0.0.0 "n0.example.com"  # c0\n                 IP 0.0.0.0 "n1.example.com"  # c1\n',
    );
    // The printer alone, on trees parsed beforehand: parsing would hide its share.
    expect(
      linearGrowth(
        4000,
        (n) => parse(text(n)).ast,
        (ast) => print(ast),
      ),
    ).toBeLessThan(LINEAR);
  });
});
