/** Inline directives: next-line, block ranges, reasons, unused and invalid directives. */
import { describe, expect, it } from "vitest";
import { lint, type PoolModel } from "../../src/index.js";
import { FORWARDING_WITH_POOL_DIRECTIVE, where } from "../helpers.js";

const T = (name: string) =>
  `  TIMETEMPLATE "${name}"\n    DESCRIPTION "d" TIMETMPLCONDS TIMETMPLCOND TIMECONDTYPE Match WEEKDAY ON Monday\n`;
/** The section every file needs (missing-respmgrconfigs), after the templates the tests are about. */
const END = "RESPMGRCONFIGS\n";

describe("inline directives", () => {
  it("disable-next-line by code and alias, with a reason, skipping blank and comment lines", () => {
    const text = `TIMETEMPLATES\n  # hpom-lint-disable-next-line HP2003 -- kept for the audit\n${T("a")}  # hpom-lint-disable-next-line unused-time-template\n\n  # another comment\n${T("b")}${T("c")}${END}`;
    expect(where(lint(text))).toEqual(["10:16 HP2003/unused-time-template"]);
  });

  it("several codes in one directive; an unused one is reported", () => {
    const text = `TIMETEMPLATES\n  # hpom-lint-disable-next-line HP2003, time-range-wraps\n${T("a")}${END}`;
    const found = lint(text);
    expect(where(found)).toEqual(["2:3 HP4001/unused-disable-directive"]);
    expect(found[0]!.message).toContain("HP2005 (time-range-wraps)");
    expect(found[0]!.fix).toBeUndefined();
  });

  it("disable … enable ranges, by code and for all rules", () => {
    const text = `TIMETEMPLATES\n  # hpom-lint-disable HP2003 -- legacy block\n${T("a")}${T("b")}  # hpom-lint-enable HP2003\n${T("c")}${END}`;
    expect(where(lint(text))).toEqual(["8:16 HP2003/unused-time-template"]);
    const all = `TIMETEMPLATES\n  # hpom-lint-disable\n${T("a")}${T("$X")}${END}`;
    expect(where(lint(all))).toEqual([]);
  });

  it("a disable without enable runs to the end of the file", () => {
    expect(where(lint(`TIMETEMPLATES\n${T("a")}  # hpom-lint-disable unused-time-template\n${T("b")}${END}`))).toEqual([
      "2:16 HP2003/unused-time-template",
    ]);
  });

  it("reports unused directives with a fix that removes them", () => {
    const text = `# hpom-lint-disable-next-line HP2001\nTIMETEMPLATES\n  # hpom-lint-enable HP2003\n${END}`;
    const found = lint(text);
    expect(where(found)).toEqual(["1:1 HP4001/unused-disable-directive", "3:3 HP4001/unused-disable-directive"]);
    const d = found[0]!;
    expect(text.slice(0, d.fix!.range.start.offset) + d.fix!.text + text.slice(d.fix!.range.end.offset)).toBe(
      `TIMETEMPLATES\n  # hpom-lint-enable HP2003\n${END}`,
    );
    expect(lint(text, { rules: { "unused-disable-directive": "off" } })).toEqual([]);
  });

  it("leaves alone directives for rules that did not look at the file, so --fix cannot delete them", () => {
    const pool: PoolModel = {
      version: 1,
      pools: [{ name: "core", members: ["m1.example.com", "m2.example.com"], virtual: ["v.example.com"] }],
      senders: [{ server: "s1.example.com", forwardTo: ["core"] }],
    };
    const text = FORWARDING_WITH_POOL_DIRECTIVE;
    // Without a pool model and a server, HP3003 and HP2037 do not run: nothing to judge the directive by.
    expect(where(lint(text, { kind: "msgforw" }))).toEqual([]);
    // With them, HP3003 runs and is suppressed; HP2037 runs and has nothing to suppress.
    const found = lint(text, { kind: "msgforw", pool, server: "s1.example.com" });
    expect(where(found)).toEqual(["12:13 HP4001/unused-disable-directive"]);
    expect(found[0]!.message).toContain("HP2037 (self-forward) suppresses nothing here");
    // A rule that looked at the file and found nothing still makes its directive unused.
    expect(where(lint(text.replace("forward-to-physical, self-forward", "duplicate-target"), { kind: "msgforw" }))).toEqual([
      "12:13 HP4001/unused-disable-directive",
    ]);
  });

  it("reports unknown rule names", () => {
    expect(where(lint(`TIMETEMPLATES\n  # hpom-lint-disable-next-line HP9999\n${T("a")}${END}`))).toEqual([
      "2:3 HP4002/invalid-directive",
      "3:16 HP2003/unused-time-template",
    ]);
  });

  it("cannot suppress syntax errors", () => {
    const found = lint("# hpom-lint-disable-next-line HP1001\nTIMETEMPLATES {\n");
    expect(found.map((d) => d.code)).toContain("HP1001");
    expect(found.map((d) => d.code)).toContain("HP4001");
  });

  it("ignores ordinary comments that merely mention hpom-lint", () => {
    expect(lint(`TIMETEMPLATES\n  # hpom-lint-disabled is not a directive\n${T("a")}${END}`).map((d) => d.code)).toEqual(["HP2003"]);
  });
});
