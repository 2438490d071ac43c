/** Each rule with its exact code, line and column; a file that triggers none; fixes; the rule engine. */
import { describe, expect, it } from "vitest";
import { lint, rules } from "../../src/index.js";
import { applyFix, where } from "../helpers.js";

/** A template; without `cond` its one condition stands on the DESCRIPTION line (no line is added). */
const tpl = (name: string, cond = "") =>
  cond
    ? `  TIMETEMPLATE "${name}"\n    DESCRIPTION "d"\n    TIMETMPLCONDS\n      TIMETMPLCOND\n        ${cond} TIMECONDTYPE Match\n`
    : `  TIMETEMPLATE "${name}"\n    DESCRIPTION "d" TIMETMPLCONDS TIMETMPLCOND TIMECONDTYPE Match WEEKDAY ON Monday\n`;

/** A file with the given templates and one target manager per reference. */
function file(templates: string, refs: string[]): string {
  const managers = refs
    .map((r) => `          MSGTARGETMANAGER\n            TIMETEMPLATE ${r}\n            OPCMGR IP 0.0.0.0 "m.example.com"\n`)
    .join("");
  return (
    (templates ? `TIMETEMPLATES\n${templates}` : "") +
    'RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "x"\n    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n    MSGTARGETRULES\n      MSGTARGETRULE\n        DESCRIPTION "r"\n        MSGTARGETRULECONDS\n        MSGTARGETMANAGERS\n' +
    managers
  );
}

describe("rules", () => {
  it("a clean file reports nothing", () => {
    const text = file(tpl("night", "TIME FROM 22:00 TO 24:00") + tpl("day", "TIME FROM 0:00 TO 6:00"), [
      '"night"',
      '"day"',
      '"$OPC_ALWAYS"',
      "$OPC_ALWAYS",
    ]);
    // The quoted and the bare "$OPC_ALWAYS" target the same server at the same time: HP2028 says so; the
    // bare one is here for the template rules, which accept it, and its spelling is bare-variable's concern.
    expect(lint(text, { rules: { "duplicate-target": "off", "bare-variable": "off" } })).toEqual([]);
  });

  it("HP2001 undefined-time-template, with did-you-mean and fix", () => {
    const text = file(tpl("night"), ['"night"', '"nigth"']);
    const found = lint(text);
    expect(where(found)).toEqual(["18:26 HP2001/undefined-time-template"]);
    expect(found[0]!.severity).toBe("error");
    expect(found[0]!.message).toBe('time template "nigth" is not defined in this file; did you mean "night"?');
    // The fixed file targets one server twice with "night", which HP2028 reports.
    expect(lint(applyFix(text, found[0]!), { rules: { "duplicate-target": "off" } })).toEqual([]);
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
    const codes = rules.map((r) => r.code);
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(rules.map((r) => r.name)).size).toBe(codes.length);
    expect(codes).toEqual(expect.arrayContaining(["HP2001", "HP2024", "HP3001", "HP4001"]));
    for (const r of rules) expect(Object.keys(r).sort()).toEqual(["code", "description", "docs", "fixable", "name", "severity"]);
  });
});

/** A target-manager file whose OPCMGR is `mgr`. */
const withManager = (mgr: string, refs = ['"$OPC_ALWAYS"']) =>
  file("", refs).replaceAll('OPCMGR IP 0.0.0.0 "m.example.com"', `OPCMGR ${mgr}`);

/** An outage file declaring `decls` and using `used` in CONDSTATUSVAR conditions. */
function outage(decls: string[], used: string[], node = ""): string {
  return (
    `CONDSTATUSVARS\n${decls.map((d) => `  CONDSTATUSVAR "${d}" False\n`).join("")}` +
    'RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "x"\n    MSGTARGETRULES\n      MSGTARGETRULE\n        DESCRIPTION "r"\n        MSGTARGETRULECONDS\n' +
    used
      .map(
        (u) =>
          `          MSGTARGETRULECOND\n            DESCRIPTION "c"\n            CONDSTATUSVAR "${u}"\n${node ? `            NODE ${node}\n` : ""}`,
      )
      .join("") +
    '        MSGOPERATIONS\n          MSGOPERATION\n            TIMETEMPLATE "$OPC_ALWAYS"\n            SUPPRESS\n'
  );
}

describe("value rules", () => {
  it("HP2006 invalid-ip", () => {
    const noFixedIp = { rules: { "fixed-ip-manager": "off" } } as const;
    const found = lint(withManager('IP 10.0.256.1 "m.example.com"'), noFixedIp);
    expect(where(found)).toEqual(["13:23 HP2006/invalid-ip"]);
    expect(found[0]!.severity).toBe("error");
    expect(found[0]!.message).toContain('"10.0.256.1" is not a valid IPv4 address: octet 256 is above 255');
    expect(lint(withManager('IP 255.255.255.255 "m.example.com"'), noFixedIp)).toEqual([]);
  });

  it("HP2007 ip-leading-zero is info and its fix strips the zeros", () => {
    const noFixedIp = { rules: { "fixed-ip-manager": "off" } } as const;
    const text = withManager('IP 010.0.0.01 "m.example.com"');
    const found = lint(text, noFixedIp);
    expect(where(found)).toEqual(["13:23 HP2007/ip-leading-zero"]);
    expect(found[0]!.severity).toBe("info");
    expect(found[0]!.message).toBe('leading zeros in "010.0.0.01" may be read as octal by other tools; write "10.0.0.1"');
    expect(applyFix(text, found[0]!)).toContain('OPCMGR IP 10.0.0.1 "m.example.com"');
    expect(lint(applyFix(text, found[0]!), noFixedIp)).toEqual([]);
    expect(lint(withManager('IP 10.0.0.0 "m.example.com"'), noFixedIp)).toEqual([]);
  });

  it("HP2008 invalid-time: hour, minutes, 24:MM and FROM 24:00", () => {
    const a = lint(file(tpl("n", "TIME FROM 0:00 TO 25:00") + tpl("m", "TIME FROM 8:60 TO 9:00"), ['"n"', '"m"']), {
      rules: { HP2005: "off" },
    });
    expect(where(a)).toEqual(["6:27 HP2008/invalid-time", "11:19 HP2008/invalid-time"]);
    expect(a[0]!.message).toContain('"25:00" is not a valid time of day: the hour must be 0–23');
    expect(a[1]!.message).toContain('"8:60" is not a valid time of day: the minutes must be 00–59');
    const b = lint(file(tpl("n", "TIME FROM 24:00 TO 24:30"), ['"n"']), { rules: { HP2005: "off" } });
    expect(where(b)).toEqual(["6:19 HP2008/invalid-time", "6:28 HP2008/invalid-time"]);
    expect(b[0]!.message).toContain("can only be a TO value");
    expect(b[0]!.severity).toBe("error");
    expect(lint(file(tpl("n", "TIME FROM 0:00 TO 24:00") + tpl("m", "TIME FROM 23:59 TO 24:00"), ['"n"', '"m"']))).toEqual([]);
  });

  it("HP2008 stays quiet about a time the parser invented", () => {
    const found = lint(file(tpl("n", "TIME FROM 8:00 TO"), ['"n"']));
    expect(found.map((d) => d.code)).not.toContain("HP2008");
  });

  it("HP2009 invalid-date: month, day of month, 29 February", () => {
    const text = file(tpl("n", "DATE ON 02/29/2027") + tpl("m", "DATE FROM 13/01/* TO 04/31/*") + tpl("o", "DATE ON */32/2026"), [
      '"n"',
      '"m"',
      '"o"',
    ]);
    const found = lint(text, { rules: { "date-wildcard": "off" } });
    expect(where(found)).toEqual([
      "6:17 HP2009/invalid-date",
      "11:19 HP2009/invalid-date",
      "11:30 HP2009/invalid-date",
      "16:17 HP2009/invalid-date",
    ]);
    expect(found[0]!.severity).toBe("warning");
    expect(found[0]!.message).toBe(
      '"02/29/2027" does not exist: February 2027 has 28 days; HP accepts it but the condition can never be true — correct the date',
    );
    expect(found[1]!.message).toContain("month 13 is not 1–12");
    expect(found[2]!.message).toContain('"04/31/*" does not exist: April has 30 days');
    const ok = file(tpl("n", "DATE ON 02/29/2028") + tpl("m", "DATE FROM 02/29/* TO 12/31/*") + tpl("o", "DATE ON 02/29/2000"), [
      '"n"',
      '"m"',
      '"o"',
    ]);
    expect(lint(ok)).toEqual([]);
    expect(lint(file(tpl("n", "DATE ON 02/29/1900"), ['"n"'])).map((d) => d.code)).toEqual(["HP2009"]);
  });

  it("HP2009 skips the leap-year check for two-digit years; HP2010 reports them", () => {
    const found = lint(file(tpl("n", "DATE ON 02/29/27"), ['"n"']));
    expect(where(found)).toEqual(["6:17 HP2010/two-digit-year"]);
    expect(found[0]!.severity).toBe("warning");
    expect(found[0]!.message).toBe('two-digit year "27" in "02/29/27" is ambiguous; use four digits (MM/DD/YYYY, e.g. "02/29/2027")');
    expect(lint(file(tpl("n", "DATE ON 12/24/2026"), ['"n"']))).toEqual([]);
  });

  it("HP2011 date-wildcard (warning) and HP2012 all-wildcard-date (error)", () => {
    const found = lint(file(tpl("n", "DATE ON */15/2026") + tpl("m", "DATE FROM 12/*/* TO */*/*"), ['"n"', '"m"']));
    expect(where(found)).toEqual(["6:17 HP2011/date-wildcard", "11:19 HP2011/date-wildcard", "11:29 HP2012/all-wildcard-date"]);
    expect(found.map((d) => d.severity)).toEqual(["warning", "warning", "error"]);
    expect(found[0]!.message).toContain('date wildcard form "*/15/2026" is not documented');
    expect(found[2]!.message).toContain('"*/*/*"');
    expect(lint(file(tpl("n", "DATE ON 12/25/*"), ['"n"']))).toEqual([]);
  });
});

describe("declaration and variable rules", () => {
  it("HP2013 duplicate-condstatusvar names the first line", () => {
    const found = lint(outage(["backup", "backup"], ["backup"]));
    expect(where(found)).toEqual(["3:17 HP2013/duplicate-condstatusvar"]);
    expect(found[0]!.severity).toBe("error");
    expect(found[0]!.message).toBe('condition status variable "backup" is declared twice; first at line 2 — remove one declaration');
    expect(lint(outage(["backup", "maintenance"], ["backup", "maintenance"]))).toEqual([]);
  });

  it("HP2014 undeclared-condstatusvar, with did-you-mean and fix", () => {
    const text = outage(["backup_running"], ["backup_runing", "maintenance"]);
    const found = lint(text);
    expect(where(found)).toEqual(["12:27 HP2014/undeclared-condstatusvar", "15:27 HP2014/undeclared-condstatusvar"]);
    expect(found[0]!.severity).toBe("error");
    expect(found[0]!.message).toBe('condition status variable "backup_runing" is not declared; did you mean "backup_running"?');
    expect(found[1]!.message).toBe(
      'condition status variable "maintenance" is not declared; declare it under CONDSTATUSVARS (CONDSTATUSVAR "maintenance" False)',
    );
    expect(found[1]!.fix).toBeUndefined();
    expect(where(lint(applyFix(text, found[0]!)))).toEqual(["15:27 HP2014/undeclared-condstatusvar"]);
  });

  it("HP2015 unknown-variable in time, manager and condition positions", () => {
    const found = lint(withManager('"$OPC_ALWAYS"', ['"$OPC_PRIMARY_MGR"', "$MSG_TIME"]), {
      rules: { HP2001: "off", "node-missing-ip": "off" },
    });
    expect(where(found)).toEqual([
      "12:26 HP2015/unknown-variable",
      "13:20 HP2015/unknown-variable",
      "15:26 HP2015/unknown-variable",
      "16:20 HP2015/unknown-variable",
    ]);
    expect(found[0]!.severity).toBe("warning");
    expect(found[0]!.message).toBe(
      'variable "$OPC_PRIMARY_MGR" has no meaning here; use "$OPC_ALWAYS" or a template defined under TIMETEMPLATES',
    );
    expect(found[1]!.message).toBe('variable "$OPC_ALWAYS" has no meaning here; use "$OPC_PRIMARY_MGR" or IP 0.0.0.0 "<server fqdn>"');
    const typo = lint(withManager("IP 0.0.0.0 $OPC_PRIMARY_MRG"));
    expect(where(typo)).toEqual(["13:31 HP2015/unknown-variable"]);
    expect(typo[0]!.message).toContain('did you mean "$OPC_PRIMARY_MGR"?');
    const cond = lint(outage(["b"], ["b"], 'IP 0.0.0.0 "$MSG_NODE"'));
    expect(where(cond)).toEqual(["13:29 HP2015/unknown-variable"]);
    expect(
      lint(withManager('IP 0.0.0.0 "$OPC_PRIMARY_MGR"', ['"$OPC_ALWAYS"', "$OPC_ALWAYS"]), {
        rules: { "duplicate-target": "off", "bare-variable": "off" },
      }),
    ).toEqual([]);
  });
});

describe("rules after a syntax error", () => {
  it("HP2005 stays quiet about a time the parser could not read", () => {
    const text =
      'TIMETEMPLATES\n  TIMETEMPLATE "t"\n    DESCRIPTION "d"\n    TIMETMPLCONDS\n      TIMETMPLCOND\n        TIME FROM 22:00 TO\n        WEEKDAY ON Monday\n';
    expect(lint(text).map((d) => d.code)).not.toContain("HP2005");
  });
});

/** A file with one template "t" whose TIMETMPLCONDS body is `body` (indented lines), referenced once. */
const withConds = (body: string) => file(`  TIMETEMPLATE "t"\n    DESCRIPTION "d"\n    TIMETMPLCONDS\n${body}`, ['"t"']);

describe("time-template rules", () => {
  it("HP2016 duplicate-time-part: ON and FROM forms count as one part", () => {
    const text = withConds(
      "      TIMETMPLCOND\n        TIMECONDTYPE Match\n        WEEKDAY ON Monday\n        WEEKDAY FROM Tuesday TO Friday\n        DATE ON 01/01/*\n        DATE FROM 02/01/* TO 03/01/*\n",
    );
    const found = lint(text);
    expect(where(found)).toEqual(["8:9 HP2016/duplicate-time-part", "10:9 HP2016/duplicate-time-part"]);
    expect(found[0]!.severity).toBe("error");
    expect(found[0]!.message).toBe(
      "WEEKDAY appears twice in one time condition (first at line 7); opcmomchk rejects this — put each WEEKDAY in a TIMETMPLCOND of its own",
    );
    const twice = withConds(
      "      TIMETMPLCOND\n        TIMECONDTYPE Match\n        TIME FROM 8:00 TO 9:00\n        TIME FROM 10:00 TO 11:00\n        TIMECONDTYPE Suppress\n",
    );
    expect(where(lint(twice))).toEqual(["8:9 HP2016/duplicate-time-part", "9:9 HP2016/duplicate-time-part"]);
    expect(
      lint(
        withConds(
          "      TIMETMPLCOND\n        TIMECONDTYPE Match\n        TIME FROM 8:00 TO 9:00\n        WEEKDAY ON Monday\n        DATE ON 01/01/*\n",
        ),
      ),
    ).toEqual([]);
  });

  it("HP2017 missing-timecondtype is info, with a fix before the first part", () => {
    const text = withConds("      TIMETMPLCOND\n        TIME FROM 8:00 TO 9:00\n");
    const found = lint(text);
    expect(where(found)).toEqual(["5:7 HP2017/missing-timecondtype"]);
    expect(found[0]!.severity).toBe("info");
    expect(found[0]!.message).toContain("no TIMECONDTYPE; Match is assumed");
    expect(found[0]!.fix!.text).toBe("TIMECONDTYPE Match ");
    expect(lint(applyFix(text, found[0]!))).toEqual([]);
    const bare = withConds("      TIMETMPLCOND\n");
    const fixed = lint(bare).find((d) => d.code === "HP2017")!;
    expect(applyFix(bare, fixed)).toContain("      TIMETMPLCOND TIMECONDTYPE Match\n");
    expect(lint(withConds("      TIMETMPLCOND\n        TIMECONDTYPE Suppress\n        TIME FROM 8:00 TO 9:00\n"))).toEqual([]);
  });

  it("HP2018 empty-time-condition", () => {
    const found = lint(withConds("      TIMETMPLCOND\n        TIMECONDTYPE Match\n"));
    expect(where(found)).toEqual(["5:7 HP2018/empty-time-condition"]);
    expect(found[0]!.severity).toBe("warning");
    expect(found[0]!.message).toContain("covers all day, every day");
    expect(lint(withConds("      TIMETMPLCOND\n        TIMECONDTYPE Match\n        DATE ON 12/24/*\n"))).toEqual([]);
  });

  it("HP2019 empty-time-template: no TIMETMPLCONDS or an empty list", () => {
    const none = lint(file('  TIMETEMPLATE "t"\n    DESCRIPTION "d"\n', ['"t"']));
    expect(where(none)).toEqual(["2:16 HP2019/empty-time-template"]);
    expect(none[0]!.severity).toBe("warning");
    expect(none[0]!.message).toContain('time template "t" has no conditions');
    expect(where(lint(withConds("")))).toEqual(["2:16 HP2019/empty-time-template"]);
    expect(lint(withConds("      TIMETMPLCOND\n        TIMECONDTYPE Match\n        WEEKDAY ON Sunday\n"))).toEqual([]);
  });

  it("HP2020 weekday-range-wraps suggests the split", () => {
    const found = lint(withConds("      TIMETMPLCOND\n        TIMECONDTYPE Match\n        WEEKDAY FROM Saturday TO Monday\n"));
    expect(where(found)).toEqual(["7:9 HP2020/weekday-range-wraps"]);
    expect(found[0]!.severity).toBe("warning");
    expect(found[0]!.message).toBe(
      "weekday range Saturday–Monday wraps past Sunday; behaviour is undocumented — use two conditions, WEEKDAY FROM Saturday TO Sunday and WEEKDAY ON Monday",
    );
    expect(
      lint(
        withConds(
          "      TIMETMPLCOND\n        TIMECONDTYPE Match\n        WEEKDAY FROM Monday TO Sunday\n      TIMETMPLCOND\n        TIMECONDTYPE Match\n        WEEKDAY FROM Friday TO Friday\n",
        ),
      ),
    ).toEqual([]);
  });

  it("HP2021 date-range-order: only dates of the same shape", () => {
    const found = lint(withConds("      TIMETMPLCOND\n        TIMECONDTYPE Match\n        DATE FROM 09/10/* TO 08/06/*\n"));
    expect(where(found)).toEqual(["7:9 HP2021/date-range-order"]);
    expect(found[0]!.severity).toBe("warning");
    expect(found[0]!.message).toContain("DATE FROM 09/10/* is after TO 08/06/*");
    expect(where(lint(withConds("      TIMETMPLCOND\n        TIMECONDTYPE Match\n        DATE FROM 01/02/2027 TO 12/31/2026\n")))).toEqual([
      "7:9 HP2021/date-range-order",
    ]);
    const ok = withConds(
      "      TIMETMPLCOND\n        TIMECONDTYPE Match\n        DATE FROM 08/06/* TO 09/10/*\n      TIMETMPLCOND\n        TIMECONDTYPE Match\n        DATE FROM 12/31/2026 TO 01/02/2027\n",
    );
    expect(lint(ok)).toEqual([]);
    // Different shapes (a `*` year against a full one) are not compared.
    expect(lint(withConds("      TIMETMPLCOND\n        TIMECONDTYPE Match\n        DATE FROM 12/01/* TO 01/02/2027\n"))).toEqual([]);
  });

  it("HP2022 weekday-date-conflict: a full date on another weekday", () => {
    // 12/25/2026 is a Friday.
    const found = lint(
      withConds("      TIMETMPLCOND\n        TIMECONDTYPE Match\n        WEEKDAY FROM Monday TO Thursday\n        DATE ON 12/25/2026\n"),
    );
    expect(where(found)).toEqual(["8:9 HP2022/weekday-date-conflict"]);
    expect(found[0]!.severity).toBe("warning");
    expect(found[0]!.message).toContain("12/25/2026 is a Friday; this condition can never be true");
    expect(
      where(lint(withConds("      TIMETMPLCOND\n        TIMECONDTYPE Match\n        DATE ON 12/25/2026\n        WEEKDAY ON Saturday\n"))),
    ).toEqual(["7:9 HP2022/weekday-date-conflict"]);
    const ok = withConds(
      "      TIMETMPLCOND\n        TIMECONDTYPE Match\n        WEEKDAY ON Friday\n        DATE ON 12/25/2026\n" +
        "      TIMETMPLCOND\n        TIMECONDTYPE Match\n        WEEKDAY FROM Thursday TO Monday\n        DATE ON 12/25/2026\n" +
        "      TIMETMPLCOND\n        TIMECONDTYPE Match\n        WEEKDAY ON Monday\n        DATE ON 12/25/*\n",
    );
    // A wrapping range (HP2020's concern) is read as wrapping: Thursday–Monday includes Friday.
    expect(lint(ok, { rules: { "weekday-range-wraps": "off" } })).toEqual([]);
  });
});

describe("structure rules", () => {
  it("HP2023 missing-description in every block, with fixes", () => {
    const text =
      'TIMETEMPLATES\n  TIMETEMPLATE "t"\n    TIMETMPLCONDS\n      TIMETMPLCOND\n        TIMECONDTYPE Match\n        WEEKDAY ON Monday\n' +
      "RESPMGRCONFIGS\n  RESPMGRCONFIG\n    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n    MSGTARGETRULES\n      MSGTARGETRULE\n        MSGTARGETRULECONDS\n          MSGTARGETRULECOND\n            SEVERITY Critical\n" +
      '        MSGTARGETMANAGERS\n          MSGTARGETMANAGER\n            TIMETEMPLATE "t"\n            OPCMGR IP 0.0.0.0 "m.example.com"\n';
    const found = lint(text);
    expect(where(found)).toEqual([
      "2:3 HP2023/missing-description",
      "8:3 HP2023/missing-description",
      "12:7 HP2023/missing-description",
      "14:11 HP2023/missing-description",
    ]);
    expect(found[0]!.severity).toBe("error");
    expect(found[1]!.message).toBe(
      'RESPMGRCONFIG needs a DESCRIPTION right after the keyword; opcmomchk rejects the file without one — add DESCRIPTION "…" (it may be empty)',
    );
    expect(found.every((d) => d.fix?.text === 'DESCRIPTION "" ')).toBe(true);
    let fixed = text;
    for (const d of [...found].reverse()) fixed = applyFix(fixed, d);
    expect(lint(fixed)).toEqual([]);
    const bare = lint(file('  TIMETEMPLATE "u"\n', ['"u"']), { rules: { "empty-time-template": "off" } });
    expect(bare.map((d) => d.fix?.text)).toEqual([' DESCRIPTION ""']);
  });

  it("HP2024 node-missing-ip rewrites a bare string", () => {
    const text = withManager('"m.example.com"');
    const found = lint(text);
    expect(where(found)).toEqual(["13:20 HP2024/node-missing-ip"]);
    expect(found[0]!.severity).toBe("error");
    expect(found[0]!.message).toBe(
      'a node is written IP 0.0.0.0 "m.example.com" (or IP <address> "m.example.com"), not a bare string; opcmomchk rejects the file',
    );
    expect(found[0]!.fix!.text).toBe('IP 0.0.0.0 "m.example.com"');
    expect(lint(applyFix(text, found[0]!))).toEqual([]);
    expect(lint(withManager('IP 0.0.0.0 "m.example.com"'))).toEqual([]);
  });
});
