/** Each rule with its exact code, line and column; a file that triggers none; fixes; the rule engine. */
import { describe, expect, it } from "vitest";
import { lint, rules, type Diagnostic } from "../../src/index.js";
import { where } from "../helpers.js";

const tpl = (name: string, cond = "") =>
  `  TIMETEMPLATE "${name}"\n    DESCRIPTION "d"\n` + (cond ? `    TIMETMPLCONDS\n      TIMETMPLCOND\n        ${cond}\n` : "");

/** A file with the given templates and one target manager per reference. */
function file(templates: string, refs: string[]): string {
  const managers = refs.map((r) => `          MSGTARGETMANAGER\n            TIMETEMPLATE ${r}\n            OPCMGR IP 0.0.0.0 "m.example.com"\n`).join("");
  return (
    (templates ? `TIMETEMPLATES\n${templates}` : "") +
    'RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "x"\n    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n    MSGTARGETRULES\n      MSGTARGETRULE\n        DESCRIPTION "r"\n        MSGTARGETRULECONDS\n        MSGTARGETMANAGERS\n' +
    managers
  );
}

function applyFix(text: string, d: Diagnostic): string {
  return text.slice(0, d.fix!.range.start.offset) + d.fix!.text + text.slice(d.fix!.range.end.offset);
}

describe("rules", () => {
  it("a clean file reports nothing", () => {
    const text = file(tpl("night", "TIME FROM 22:00 TO 24:00") + tpl("day", "TIME FROM 0:00 TO 6:00"), ['"night"', '"day"', '"$OPC_ALWAYS"', "$OPC_ALWAYS"]);
    expect(lint(text)).toEqual([]);
  });

  it("HP2001 undefined-time-template, with did-you-mean and fix", () => {
    const text = file(tpl("night"), ['"night"', '"nigth"']);
    const found = lint(text);
    expect(where(found)).toEqual(["18:26 HP2001/undefined-time-template"]);
    expect(found[0]!.severity).toBe("error");
    expect(found[0]!.message).toBe('time template "nigth" is not defined in this file; did you mean "night"?');
    expect(lint(applyFix(text, found[0]!))).toEqual([]);
  });

  it("HP2001 without a close name has no fix; names are case-sensitive", () => {
    const far = lint(file(tpl("night"), ['"night"', '"weekend"']));
    expect(where(far)).toEqual(["18:26 HP2001/undefined-time-template"]);
    expect(far[0]!.fix).toBeUndefined();
    const caseOnly = lint(file(tpl("night"), ['"night"', '"NIGHT"']));
    expect(caseOnly[0]!.fix?.text).toBe('"night"');
  });

  it("HP2002 duplicate-time-template names the first line", () => {
    const found = lint(file(tpl("night") + tpl("night"), ['"night"']));
    expect(where(found)).toEqual(["4:16 HP2002/duplicate-time-template"]);
    expect(found[0]!.message).toContain("first at line 2");
  });

  it("HP2003 unused-time-template is a warning", () => {
    const found = lint(file(tpl("night") + tpl("spare"), ['"night"']));
    expect(where(found)).toEqual(["4:16 HP2003/unused-time-template"]);
    expect(found[0]!.severity).toBe("warning");
  });

  it("HP2004 reserved-template-name", () => {
    const found = lint(file(tpl("$OPC_ALWAYS"), ['"$OPC_ALWAYS"']));
    expect(where(found)).toEqual(["2:16 HP2004/reserved-template-name"]);
  });

  it("HP2005 time-range-wraps suggests the split", () => {
    const found = lint(file(tpl("night", "TIME FROM 22:00 TO 6:00"), ['"night"']));
    expect(where(found)).toEqual(["6:9 HP2005/time-range-wraps"]);
    expect(found[0]!.message).toContain("TIME FROM 22:00 TO 24:00 and TIME FROM 0:00 TO 6:00");
    expect(where(lint(file(tpl("n", "TIME FROM 8:00 TO 8:00"), ['"n"'])))).toEqual(["6:9 HP2005/time-range-wraps"]);
  });

  it("sorts by position then code, syntax diagnostics included, and sets filename", () => {
    const text = file(tpl("night", "TIME FROM 22:00 TO 6:00") + tpl("night"), ['"night"', '"x"']) + "  }\n";
    const found = lint(text, { filename: "allnodes" });
    const offsets = found.map((d) => d.range.start.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(found.some((d) => d.code.startsWith("HP1"))).toBe(true);
    expect(found.every((d) => d.filename === "allnodes")).toBe(true);
  });

  it("exports rule metadata", () => {
    expect(rules.map((r) => r.code)).toEqual(["HP2001", "HP2002", "HP2003", "HP2004", "HP2005", "HP4001", "HP4002"]);
    for (const r of rules) expect(Object.keys(r).sort()).toEqual(["code", "description", "docs", "fixable", "name", "severity"]);
  });
});

describe("rules after a syntax error", () => {
  it("HP2005 stays quiet about a time the parser could not read", () => {
    const text = 'TIMETEMPLATES\n  TIMETEMPLATE "t"\n    DESCRIPTION "d"\n    TIMETMPLCONDS\n      TIMETMPLCOND\n        TIME FROM 22:00 TO\n        WEEKDAY ON Monday\n';
    expect(lint(text).map((d) => d.code)).not.toContain("HP2005");
  });
});
