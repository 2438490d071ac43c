/** `lint` never throws on any text; a failing rule becomes HP1000; the examples are clean. */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lint, type Diagnostic } from "../../src/index.js";
import { defineRule } from "../../src/lint/rule.js";
import { fileKindFromName } from "../../src/files/file-kind.js";

const EXAMPLES = join(import.meta.dirname, "../../examples");

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : fileKindFromName(name) === undefined ? [] : [path];
  });
}

const FRAGMENTS = [
  "TIMETEMPLATES",
  "TIMETEMPLATE",
  '"n"',
  "DESCRIPTION",
  "TIMETMPLCONDS",
  "TIMETMPLCOND",
  "TIME FROM",
  "TO",
  "22:00",
  "6:00",
  "RESPMGRCONFIGS",
  "MSGTARGETMANAGER",
  "$OPC_ALWAYS",
  "# hpom-lint-disable",
  "# hpom-lint-enable HP2003",
  "# hpom-lint-disable-next-line x --",
  "\n",
  " ",
  '"',
  "{",
];

describe("robustness", () => {
  it("never throws on arbitrary text", () => {
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(" ")),
    );
    fc.assert(
      fc.property(text, (t) => {
        const found = lint(t);
        for (const d of found) {
          expect(d.code).toMatch(/^HP\d{4}$/);
          expect(d.range.start.offset).toBeLessThanOrEqual(t.length);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("defineRule rejects malformed codes", () => {
    expect(() =>
      defineRule({ code: "HP1999", name: "x", severity: "error", description: "", docs: "", fixable: false, create: () => ({}) }),
    ).toThrow();
  });

  const examples = filesUnder(EXAMPLES);
  it("finds the examples", () => expect(examples.length).toBeGreaterThan(0));
  for (const path of examples) {
    it(`example ${path.slice(EXAMPLES.length + 1)} has no errors or warnings`, () => {
      const found: Diagnostic[] = lint(readFileSync(path, "utf8"), { filename: path });
      expect(found.filter((d) => d.severity !== "info")).toEqual([]);
    });
  }
});

describe("a rule that throws", () => {
  it("becomes one HP1000 diagnostic naming it, and the other rules still run", async () => {
    const { lintWithRules } = await import("../../src/lint/lint.js");
    const { ALL_RULES } = await import("../../src/rules/index.js");
    const broken = defineRule({
      code: "HP9998",
      name: "broken",
      severity: "error",
      description: "throws",
      docs: "",
      fixable: false,
      create: () => ({
        TimeTemplate() {
          throw new Error("boom");
        },
      }),
    });
    const text =
      'TIMETEMPLATES\n  TIMETEMPLATE "a"\n    DESCRIPTION "d" TIMETMPLCONDS TIMETMPLCOND TIMECONDTYPE Match WEEKDAY ON Monday\n  TIMETEMPLATE "b"\n    DESCRIPTION "d" TIMETMPLCONDS TIMETMPLCOND TIMECONDTYPE Match WEEKDAY ON Monday\nRESPMGRCONFIGS\n';
    const found = lintWithRules(text, {}, [broken, ...ALL_RULES]);
    expect(found.map((d) => d.code)).toEqual(["HP1000", "HP2003", "HP2003"]);
    expect(found[0]!.message).toContain("HP9998 (broken)");
    expect(found[0]!.message).toContain("boom");
  });
});
