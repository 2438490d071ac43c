/** `LintOptions.rules`: by code and alias, levels, unknown names and syntax-code policy. */
import { describe, expect, it } from "vitest";
import { lint, LintConfigError, RULE_LEVELS, rules, rulesSchema, SYNTAX } from "../../src/index.js";
import { where } from "../helpers.js";

const TEXT =
  'TIMETEMPLATES\n  TIMETEMPLATE "spare"\n    DESCRIPTION "d" TIMETMPLCONDS TIMETMPLCOND TIMECONDTYPE Match WEEKDAY ON Monday\n  TIMETEMPLATE "n"\n    DESCRIPTION "d"\n    TIMETMPLCONDS\n      TIMETMPLCOND\n        TIME FROM 9:00 TO 8:00 TIMECONDTYPE Match\nRESPMGRCONFIGS\n';

describe("rule configuration", () => {
  it("defaults", () => {
    expect(lint(TEXT).map((d) => `${d.code}:${d.severity}`)).toEqual(["HP2003:warning", "HP2003:warning", "HP2005:error"]);
  });

  it("turns rules off and re-levels them by code or alias", () => {
    expect(where(lint(TEXT, { rules: { HP2003: "off" } }))).toEqual(["8:9 HP2005/time-range-wraps"]);
    expect(where(lint(TEXT, { rules: { "unused-time-template": "off", "time-range-wraps": "off" } }))).toEqual([]);
    expect(lint(TEXT, { rules: { "unused-time-template": "error", HP2005: "info" } }).map((d) => d.severity)).toEqual([
      "error",
      "error",
      "info",
    ]);
    expect(lint(TEXT, { rules: { hp2005: "off", HP2003: "off" } })).toEqual([]);
  });

  it("rejects a rule named twice, by its code and its alias", () => {
    const attempt = () => lint(TEXT, { rules: { HP2003: "off", "unused-time-template": "error" } });
    expect(attempt).toThrow(LintConfigError);
    expect(attempt).toThrow(
      'lint option "rules": "unused-time-template" names HP2003 (unused-time-template) again, after "HP2003"; keep one',
    );
  });

  it("rejects an unknown rule name with LintConfigError naming it", () => {
    const attempt = () => lint(TEXT, { rules: { "no-such-rule": "off" } });
    expect(attempt).toThrow(LintConfigError);
    expect(attempt).toThrow('unknown rule "no-such-rule"');
    try {
      attempt();
    } catch (e) {
      expect((e as LintConfigError).key).toBe("no-such-rule");
    }
  });

  it("rejects an invalid level", () => {
    expect(() => lint(TEXT, { rules: { HP2001: "loud" as never } })).toThrow(/HP2001.*level must be/);
    expect(() => lint(TEXT, { rules: [] as never })).toThrow(LintConfigError);
  });

  it("syntax errors can be re-levelled but not turned off", () => {
    const bad = "TIMETEMPLATES {\n";
    expect(lint(bad).some((d) => d.code === "HP1001" && d.severity === "error")).toBe(true);
    expect(lint(bad, { rules: { "invalid-character": "warning" } }).find((d) => d.code === "HP1001")?.severity).toBe("warning");
    expect(() => lint(bad, { rules: { HP1001: "off" } })).toThrow(/cannot be turned off/);
    expect(() => lint(bad, { rules: { "too-many-errors": "off" } })).not.toThrow();
  });
});

describe("one registry of codes", () => {
  const accepted = (options: Record<string, string>) => {
    try {
      lint("", { rules: options as Record<string, "off"> });
      return true;
    } catch (error) {
      if (error instanceof LintConfigError) return false;
      throw error;
    }
  };

  it("rulesSchema() rejects turning a syntax error off, as lint does", () => {
    expect(rulesSchema().safeParse({ HP1001: "off" }).success).toBe(false);
    expect(accepted({ HP1001: "off" })).toBe(false);
    expect(rulesSchema().safeParse({ "too-many-errors": "off" }).success).toBe(true);
    expect(accepted({ "too-many-errors": "off" })).toBe(true);
  });

  it("rulesSchema() and lint agree on every code, alias and level", () => {
    const keys = [...Object.values(SYNTAX).flatMap((s) => [s.code, s.name]), ...rules.flatMap((r) => [r.code, r.name])];
    for (const key of keys)
      for (const level of RULE_LEVELS)
        expect([key, level, rulesSchema().safeParse({ [key]: level }).success]).toEqual([key, level, accepted({ [key]: level })]);
  });
});
