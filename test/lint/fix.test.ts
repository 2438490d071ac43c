import { describe, expect, it } from "vitest";
import { applyFixes, fixText, format, lint, MAX_FIX_PASSES } from "../../src/index.js";

const BROKEN = [
  "TIMETEMPLATES",
  '  TIMETEMPLATE "night"',
  "    TIMETMPLCONDS",
  "      TIMETMPLCOND",
  "        TIME FROM 18:00 TO 24:00",
  "RESPMGRCONFIGS",
  "  RESPMGRCONFIG",
  '    DESCRIPTION "x"',
  "    SECONDARYMANAGERS",
  "      SECONDARYMANAGER",
  '        NODE "om1.example.com"',
  "    ACTIONALLOWMANAGERS",
  "    MSGTARGETRULES",
  "      MSGTARGETRULE",
  "        MSGTARGETRULECONDS",
  "          MSGTARGETRULECOND",
  '            DESCRIPTION "c"',
  "            SEVERITY critical",
  "        MSGTARGETMANAGERS",
  "          MSGTARGETMANAGER",
  '            TIMETEMPLATE "nigth"',
  '            OPCMGR IP 0.0.0.0 "om1.example.com"',
  "",
].join("\n");

describe("fixes", () => {
  it("converge: every fixable problem is fixed and the result lints clean", () => {
    const before = lint(BROKEN).map((d) => d.name);
    expect(before).toEqual(
      expect.arrayContaining(["missing-description", "missing-timecondtype", "node-missing-ip", "keyword-case", "undefined-time-template"]),
    );
    const result = fixText(BROKEN);
    expect(result.passes).toBeGreaterThan(0);
    expect(result.passes).toBeLessThanOrEqual(MAX_FIX_PASSES);
    expect(result.remaining.filter((d) => d.fix)).toEqual([]);
    expect(result.remaining.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.output).toContain('NODE IP 0.0.0.0 "om1.example.com"');
    expect(result.output).toContain("SEVERITY Critical");
    expect(result.output).toContain('TIMETEMPLATE "night"\n            OPCMGR');
    // The fixed text is a valid file that the formatter accepts.
    expect(() => format(result.output)).not.toThrow();
  });

  it("are idempotent: fixing fixed text changes nothing", () => {
    const once = fixText(BROKEN).output;
    const twice = fixText(once);
    expect(twice.applied).toBe(0);
    expect(twice.output).toBe(once);
  });

  it("touch only the text a diagnostic points at", () => {
    const { output } = fixText(BROKEN);
    // Every line without a diagnostic is kept byte for byte (fixes only insert on or rewrite their lines).
    for (const line of ['    DESCRIPTION "x"', "    ACTIONALLOWMANAGERS", '            OPCMGR IP 0.0.0.0 "om1.example.com"']) {
      expect(output.split("\n")).toContain(line);
    }
  });

  it("keep a byte-order mark, and columns on the first line do not count it", () => {
    const text = "\uFEFF# hpom-lint-disable-next-line HP2023\nRESPMGRCONFIGS\n";
    const found = lint(text);
    expect(found.map((d) => [d.code, d.range.start])).toEqual([["HP4001", { line: 1, column: 1, offset: 1 }]]);
    expect(fixText(text).output).toBe("\uFEFFRESPMGRCONFIGS\n");
  });

  it("never apply two edits at one place in one pass", () => {
    const text = "abc";
    const at = (offset: number) => ({ line: 1, column: offset + 1, offset });
    const d = (start: number, end: number, fix: string) => ({
      code: "HP9999",
      name: "t",
      severity: "error" as const,
      message: "m",
      range: { start: at(start), end: at(end) },
      fix: { range: { start: at(start), end: at(end) }, text: fix },
    });
    expect(applyFixes(text, [d(1, 1, "X"), d(1, 1, "Y"), d(0, 1, "A"), d(2, 3, "C")])).toEqual({ output: "AXbC", applied: 3 });
    expect(applyFixes(text, [d(0, 2, "Z"), d(1, 3, "W")])).toEqual({ output: "Zc", applied: 1 });
  });
});
