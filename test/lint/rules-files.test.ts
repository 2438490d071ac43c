/**
 * The file-kind, dialect and file rules (HP2039–HP2048, HP4003) beyond their
 * fixtures: exact messages, fixes applied and re-linted, and HP1009's fix on
 * HP's pooling fragment.
 */
import { describe, expect, it } from "vitest";
import { format, lint, type Diagnostic, type LintOptions } from "../../src/index.js";
import { trueIntervals } from "../../src/rules/week.js";
import type { TimeCondition, TimeLiteral, TimeTemplate } from "../../src/index.js";
import { applyFix, where } from "../helpers.js";
import { LINEAR, linearGrowth } from "../scaling.js";
import { config, RULE } from "./respmgr-file.js";

/** The diagnostics of one rule only. */
function only(code: string, text: string, options: LintOptions = {}): Diagnostic[] {
  return lint(text, options).filter((d) => d.code === code);
}

describe("HP2039 missing-manager-lists", () => {
  it("names what is missing and inserts it; the fixed file is clean", () => {
    const text = config(RULE);
    const [d] = only("HP2039", text, { kind: "allnodes" });
    expect(d!.severity).toBe("error");
    expect(d!.message).toBe(
      "RESPMGRCONFIG has no SECONDARYMANAGERS and no ACTIONALLOWMANAGERS; an allnodes file requires SECONDARYMANAGERS and ACTIONALLOWMANAGERS, and opcmomchk rejects it without them — add both lists (they may be empty)",
    );
    expect(d!.fix!.text).toBe("SECONDARYMANAGERS ACTIONALLOWMANAGERS\n    ");
    expect(lint(format(applyFix(text, d!)), { kind: "allnodes" })).toEqual([]);
  });

  it("inserts one list where it belongs, also in a RESPMGRCONFIG without rules", () => {
    for (const body of [
      "    SECONDARYMANAGERS\n",
      "    ACTIONALLOWMANAGERS\n",
      "",
      `    SECONDARYMANAGERS\n${RULE}`,
      `    ACTIONALLOWMANAGERS\n${RULE}`,
    ]) {
      const text = config(body);
      const found = only("HP2039", text, { kind: "node" });
      expect(found).toHaveLength(1);
      expect(lint(applyFix(text, found[0]!), { kind: "node" })).toEqual([]);
    }
    const bare = "RESPMGRCONFIGS RESPMGRCONFIG\n";
    const found = lint(bare, { kind: "allnodes", rules: { "missing-description": "off" } });
    expect(where(found)).toEqual(["1:16 HP2039/missing-manager-lists"]);
    expect(lint(applyFix(bare, found[0]!), { kind: "allnodes", rules: { "missing-description": "off" } })).toEqual([]);
  });

  it("keeps CRLF line ends when it inserts the lists on a line of their own", () => {
    const text = config(RULE).replaceAll("\n", "\r\n");
    const [d] = only("HP2039", text, { kind: "allnodes" });
    expect(d!.fix!.text).toBe("SECONDARYMANAGERS ACTIONALLOWMANAGERS\r\n    ");
    expect(applyFix(text, d!)).not.toMatch(/[^\r]\n/);
  });

  it("is silent for msgforw, escmgr and an unknown kind", () => {
    const text = config(RULE.replace('"$OPC_PRIMARY_MGR"', '"om.example.com"'));
    for (const kind of ["msgforw", "escmgr", undefined] as const) expect(only("HP2039", text, kind ? { kind } : {})).toEqual([]);
  });
});

describe("HP2040 missing-respmgrconfigs", () => {
  it("reports at the start of the file, naming the kind when known", () => {
    const found = only("HP2040", "# only a comment\n", { kind: "outage" });
    expect(where(found)).toEqual(["1:1 HP2040/missing-respmgrconfigs"]);
    expect(found[0]!.message).toBe(
      "the file has no RESPMGRCONFIGS section; an outage file needs one, and opcmomchk rejects the file without it — add RESPMGRCONFIGS with at least one RESPMGRCONFIG",
    );
    expect(only("HP2040", "")[0]!.message).toContain("every flexible-management file needs one");
  });

  it("is silent for an HPOM for Windows server-based policy", () => {
    expect(only("HP2040", "", { kind: "msgforw", dialect: "omw" })).toEqual([]);
    expect(only("HP2040", "", { dialect: "omw" })).toEqual([]);
    expect(only("HP2040", "", { kind: "allnodes", dialect: "omw" })).toHaveLength(1);
    expect(only("HP2040", "", { kind: "msgforw" })).toHaveLength(1);
  });
});

describe("HP2041 bare-variable", () => {
  it("quotes $OPC_ALWAYS and writes $OPC_PRIMARY_MGR as an IP node; the fixed file is clean", () => {
    const text = config(
      `    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS ACTIONALLOWMANAGER NODE $OPC_PRIMARY_MGR\n${RULE.replace('"$OPC_ALWAYS"', "$OPC_ALWAYS").replace('"$OPC_PRIMARY_MGR"', "$OPC_PRIMARY_MGR")}`,
    );
    const found = lint(text, { kind: "allnodes" });
    expect(where(found)).toEqual(["5:49 HP2041/bare-variable", "12:26 HP2041/bare-variable", "13:31 HP2041/bare-variable"]);
    expect(found[0]!.severity).toBe("warning");
    expect(found.map((d) => d.fix!.text)).toEqual(['IP 0.0.0.0 "$OPC_PRIMARY_MGR"', '"$OPC_ALWAYS"', '"$OPC_PRIMARY_MGR"']);
    expect(found[1]!.message).toBe(
      '$OPC_ALWAYS is written without quotes; the template name is a string, as in HP\'s own files — write TIMETEMPLATE "$OPC_ALWAYS"',
    );
    let fixed = text;
    for (const d of [...found].reverse()) fixed = applyFix(fixed, d);
    expect(lint(fixed, { kind: "allnodes" })).toEqual([]);
  });

  it("leaves variables where they mean nothing to unknown-variable", () => {
    const text = config(`    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n${RULE.replace('"$OPC_PRIMARY_MGR"', "$OPC_ALWAYS")}`);
    expect(lint(text).map((d) => d.code)).toEqual(["HP2015"]);
  });
});

describe("HP2042 extension-syntax", () => {
  it("reports each extension at its keyword", () => {
    const text = config(
      '    SECONDARYMANAGERS SECONDARYMANAGER NODE IP 0.0.0.0 "m" ID "core-id"\n    ACTIONALLOWMANAGERS\n    MSGTARGETRULES MSGTARGETRULE DESCRIPTION "r"\n' +
        '      MSGTARGETRULECONDS MSGTARGETRULECOND DESCRIPTION "c"\n        TEXT "x" SEPARATORS " "\n        SERVICE "s" ICASE\n      MSGTARGETMANAGERS\n',
    );
    const found = only("HP2042", text);
    expect(where(found)).toEqual(["4:60 HP2042/extension-syntax", "8:18 HP2042/extension-syntax", "9:21 HP2042/extension-syntax"]);
    expect(found[0]!.severity).toBe("info");
    expect(found[0]!.range.end.column).toBe(72);
    expect(found[1]!.message).toBe(
      "SEPARATORS is not part of the documented HP syntax (only the third-party OMiPolicy grammar has it); check that your HPOM version accepts it",
    );
    expect(found[2]!.range.end.column).toBe(26);
  });
});

describe("HP2043 condtype-dialect", () => {
  const tpl = (type: string) =>
    `TIMETEMPLATES\n  TIMETEMPLATE "t"\n    DESCRIPTION "d"\n    TIMETMPLCONDS\n      TIMETMPLCOND\n        TIMECONDTYPE ${type}\n        WEEKDAY ON Sunday\n`;

  it("Unmatch outside the outage file, Suppress in it", () => {
    const [unmatch] = only("HP2043", tpl("Unmatch"), { kind: "escmgr" });
    expect(where([unmatch!])).toEqual(["6:22 HP2043/condtype-dialect"]);
    expect(unmatch!.message).toBe(
      "TIMECONDTYPE Unmatch is documented only for the outage file; for an escmgr file HP documents Match and Suppress — write Suppress to exclude",
    );
    const [suppress] = only("HP2043", tpl("Suppress"), { kind: "outage" });
    expect(suppress!.message).toBe(
      "TIMECONDTYPE Suppress is documented only for agent, msgforw and escmgr files; for an outage file HP documents Match and Unmatch — write Unmatch to exclude",
    );
    expect(only("HP2043", tpl("Unmatch"), { kind: "outage" })).toEqual([]);
    expect(only("HP2043", tpl("Suppress"), { kind: "node" })).toEqual([]);
    expect(only("HP2043", tpl("Unmatch"))).toEqual([]);
  });
});

describe("HP2044 time-coverage-gap", () => {
  /** An agent file with templates `templates` ("name": condition lines) and one rule targeting `targets` in order. */
  function followTheSun(templates: Record<string, string[][]>, targets: string[]): string {
    let out = "TIMETEMPLATES\n";
    for (const [name, conditions] of Object.entries(templates)) {
      out += `  TIMETEMPLATE "${name}"\n    DESCRIPTION "d"\n    TIMETMPLCONDS\n`;
      for (const parts of conditions) out += `      TIMETMPLCOND\n${parts.map((p) => `        ${p}\n`).join("")}`;
    }
    out += config(
      '    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n    MSGTARGETRULES\n      MSGTARGETRULE\n        DESCRIPTION "r"\n        MSGTARGETRULECONDS\n        MSGTARGETMANAGERS\n',
    );
    for (const t of targets)
      out += `          MSGTARGETMANAGER\n            TIMETEMPLATE "${t}"\n            OPCMGR IP 0.0.0.0 "${t}.example.com"\n`;
    return out;
  }
  const gap = (text: string) => only("HP2044", text, { kind: "allnodes" }).map((d) => d.message.replace(/;.*/, ""));

  it("names the gaps, one over Sunday midnight as one", () => {
    const text = followTheSun({ day: [["TIMECONDTYPE Match", "TIME FROM 8:00 TO 17:00", "WEEKDAY FROM Monday TO Friday"]] }, ["day"]);
    const found = only("HP2044", text, { kind: "allnodes" });
    expect(where(found)).toEqual(["18:9 HP2044/time-coverage-gap"]);
    expect(found[0]!.severity).toBe("info");
    expect(found[0]!.message).toBe(
      'no target manager of this rule is active between Monday 17:00 and Tuesday 8:00, between Tuesday 17:00 and Wednesday 8:00, between Wednesday 17:00 and Thursday 8:00 (and 2 more gaps); where a message then goes is undocumented — add a target for that time, e.g. a last one with TIMETEMPLATE "$OPC_ALWAYS"',
    );
    expect(gap(followTheSun({ week: [["WEEKDAY FROM Monday TO Saturday"]] }, ["week"]))).toEqual([
      "no target manager of this rule is active between Sunday 0:00 and Monday 0:00",
    ]);
    expect(gap(followTheSun({ late: [["TIME FROM 0:00 TO 22:00"]] }, ["late"]))).toEqual([
      "no target manager of this rule is active every day between 22:00 and 0:00 the next day",
    ]);
  });

  it("evaluates first-match: an earlier Suppress wins, a later one does not", () => {
    const suppressFirst = { t: [["TIMECONDTYPE Suppress", "WEEKDAY ON Sunday"], ["TIMECONDTYPE Match"]] };
    expect(gap(followTheSun(suppressFirst, ["t"]))).toEqual([
      "no target manager of this rule is active between Sunday 0:00 and Monday 0:00",
    ]);
    const matchFirst = { t: [["TIMECONDTYPE Match"], ["TIMECONDTYPE Suppress", "WEEKDAY ON Sunday"]] };
    expect(gap(followTheSun(matchFirst, ["t"]))).toEqual([]);
    const unmatchFirst = { t: [["TIMECONDTYPE Unmatch", "TIME FROM 0:00 TO 1:00"], ["TIME FROM 0:00 TO 24:00"]] };
    expect(gap(followTheSun(unmatchFirst, ["t"]))).toEqual(["no target manager of this rule is active every day between 0:00 and 1:00"]);
  });

  it("targets together cover the week; the same template twice counts once", () => {
    const text = followTheSun({ a: [["TIME FROM 0:00 TO 12:00"]], b: [["TIME FROM 12:00 TO 24:00"]] }, ["a", "a", "b"]);
    expect(gap(text)).toEqual([]);
  });

  it("does not judge what it cannot evaluate", () => {
    const silent = [
      followTheSun({ t: [["TIME FROM 22:00 TO 6:00"]] }, ["t"]),
      followTheSun({ t: [["TIME FROM 8:00 TO 9:00", "TIME FROM 10:00 TO 11:00"]] }, ["t"]),
      followTheSun({ t: [] }, ["t"]),
      followTheSun({ t: [["TIME FROM 8:00 TO 9:00"]] }, ["t", "$OPC_ALWAYS"]),
      followTheSun({ t: [["TIME FROM 8:00 TO 9:00"]] }, ["t", "undefined"]),
      followTheSun({ t: [["TIME FROM 8:00 TO 9:00"]], u: [["TIME FROM 8:00 TO 9:00"]] }, ["t"]).replace('"u"', '"t"'),
    ];
    for (const text of silent) expect(gap(text)).toEqual([]);
    expect(only("HP2044", followTheSun({ t: [["TIME FROM 8:00 TO 9:00"]] }, ["t"]), { kind: "msgforw" })).toEqual([]);
  });

  it("evaluates a template of many overlapping conditions in near-linear time", () => {
    // Built as a tree, not parsed, so that only the evaluation is timed; a quadratic one would take minutes.
    const at = { start: 0, end: 0 };
    const time = (hour: number, minute: number): TimeLiteral => ({ type: "Time", raw: `${hour}:${minute}`, hour, minute, range: at });
    const conditionsOf = (n: number): TimeCondition[] =>
      Array.from({ length: n }, (_, i) => ({
        type: "TimeCondition",
        range: at,
        parts: [
          {
            type: "TimeCondType",
            range: at,
            value: { type: "Value", kind: "condition-type", raw: "", value: i % 3 === 0 ? "Suppress" : "Match", range: at },
          },
          { type: "TimeRange", range: at, from: time(i % 23, i % 60), to: time(24, 0) },
        ],
      }));
    const templateOf = (n: number): TimeTemplate => ({
      type: "TimeTemplate",
      range: at,
      name: { type: "String", raw: '"t"', value: "t", terminated: true, range: at },
      description: null,
      timeZone: null,
      conditions: { type: "TimeConditions", range: at, conditions: conditionsOf(n) },
    });
    // Condition 0 (Suppress from 0:00) decides every time of day it reaches first.
    expect(trueIntervals(templateOf(50_000))).toEqual([]);
    expect(linearGrowth(12_500, templateOf, (template) => trueIntervals(template))).toBeLessThan(LINEAR);
  });
});

describe("HP2045 timezone-hint", () => {
  it("reports a template of the outage file without a zone, at its name", () => {
    const text = 'TIMETEMPLATES\n  TIMETEMPLATE "night"\n    DESCRIPTION "d"\n    TIMETMPLCONDS TIMETMPLCOND TIME FROM 0:00 TO 6:00\n';
    const found = only("HP2045", text, { kind: "outage" });
    expect(where(found)).toEqual(["2:16 HP2045/timezone-hint"]);
    expect(found[0]!.message).toBe(
      'time template "night" has no TIMEZONETYPE, so HPOM compares it with the message creation time in UTC; consider TIMEZONETYPE with a TIMEZONEVALUE after the DESCRIPTION (Local: each node\'s own local time; Fix: one fixed zone)',
    );
    expect(only("HP2045", text, { kind: "allnodes" })).toEqual([]);
  });
});

describe("HP2046 construct-not-allowed", () => {
  it("reports the construct at its keyword, once for what is inside it", () => {
    const text = config(
      '    SECONDARYMANAGERS SECONDARYMANAGER NODE IP 0.0.0.0 "m"\n    MSGTARGETRULES MSGTARGETRULE DESCRIPTION "r" MSGTARGETRULECONDS\n      MSGTARGETMANAGERS MSGTARGETMANAGER TIMETEMPLATE "$OPC_ALWAYS" OPCMGR IP 0.0.0.0 "m" NOTIFYMGR ACKNONLOCALMGR\n',
    );
    const found = only("HP2046", text, { kind: "outage" });
    expect(where(found)).toEqual(["4:5 HP2046/construct-not-allowed", "6:7 HP2046/construct-not-allowed"]);
    expect(found[0]!.message).toBe(
      "SECONDARYMANAGERS is not allowed in an outage file: the outage file has no responsible managers, only MSGTARGETRULES",
    );
    expect(found[0]!.range.end.column).toBe(22);
    expect(found[0]!.fix).toBeUndefined();
  });

  it("quotes a misspelt keyword as written", () => {
    const found = only("HP2046", config("    ACTIONALLOWMANGERS\n"), { kind: "outage" });
    expect(found.map((d) => d.message.split(" ")[0])).toEqual(["ACTIONALLOWMANGERS"]);
    expect(found[0]!.range.end.column).toBe(23);
  });

  it("leaves escmgr's target attributes to escmgr-single-target and NODEGROUP managers to invalid-manager-node", () => {
    const escalate = config(
      '    MSGTARGETRULES MSGTARGETRULE DESCRIPTION "r" MSGTARGETRULECONDS MSGTARGETMANAGERS MSGTARGETMANAGER TIMETEMPLATE "$OPC_ALWAYS" OPCMGR IP 0.0.0.0 "m" MSGCONTROLLINGMGR ACKNONLOCALMGR\n',
    );
    expect(only("HP2046", escalate, { kind: "escmgr" })).toEqual([]);
    const manager = config('    SECONDARYMANAGERS SECONDARYMANAGER NODE NODEGROUP "servers"\n    ACTIONALLOWMANAGERS\n');
    expect(only("HP2046", manager, { kind: "allnodes" })).toEqual([]);
  });
});

describe("HP2047 construct-ignored", () => {
  it("removes whole lines; the fixed file is clean", () => {
    const text = config(
      '    SECONDARYMANAGERS\n      SECONDARYMANAGER\n        NODE IP 0.0.0.0 "om2.example.com"\n    ACTIONALLOWMANAGERS\n' +
        RULE.replace('"$OPC_PRIMARY_MGR"', '"om.example.com"\n            MSGCONTROLLINGMGR\n        ACKNONLOCALMGR'),
    );
    const found = only("HP2047", text, { kind: "msgforw" });
    expect(where(found)).toEqual(["5:7 HP2047/construct-ignored"]);
    expect(found[0]!.message).toBe(
      "SECONDARYMANAGER has no effect in a msgforw file: on a management server the manager lists have no function and are left empty — remove it",
    );
    expect(applyFix(text, found[0]!)).toBe(text.replace('      SECONDARYMANAGER\n        NODE IP 0.0.0.0 "om2.example.com"\n', ""));
    expect(lint(applyFix(text, found[0]!), { kind: "msgforw" })).toEqual([]);
    const agent = only("HP2047", text, { kind: "allnodes" });
    expect(where(agent)).toEqual(["16:13 HP2047/construct-ignored", "17:9 HP2047/construct-ignored"]);
    let fixed = text;
    for (const d of [...agent].reverse()) fixed = applyFix(fixed, d);
    expect(fixed).toBe(text.replace("\n            MSGCONTROLLINGMGR\n        ACKNONLOCALMGR", ""));
  });

  it("removes a clause that shares its line with the blanks that separate it, unless a comment is attached", () => {
    const text = config(
      '    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n    MSGTARGETRULES MSGTARGETRULE DESCRIPTION "r" MSGTARGETRULECONDS MSGTARGETMANAGERS MSGTARGETMANAGER TIMETEMPLATE "$OPC_ALWAYS" OPCMGR IP 0.0.0.0 "m" NOTIFYMGR\n',
    );
    const [d] = only("HP2047", text, { kind: "node" });
    expect(applyFix(text, d!)).toBe(text.replace(" NOTIFYMGR", ""));
    const [commented] = only("HP2047", text.replace("NOTIFYMGR\n", "NOTIFYMGR  # copy\n"), { kind: "node" });
    expect(commented!.fix).toBeUndefined();
    const first = config('    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS ACTIONALLOWMANAGER NODE IP 0.0.0.0 "m"\n');
    const [entry] = only("HP2047", first, { kind: "escmgr" });
    expect(applyFix(first, entry!)).toBe(config("    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n"));
  });

  it("offers no fix where a comment would go with it, nor for TEXT and SERVICE", () => {
    const zone = 'TIMETEMPLATES\n  TIMETEMPLATE "t"\n    DESCRIPTION "d"\n    TIMEZONETYPE Fix  # CET\n    TIMEZONEVALUE "GMT+01:00"\n';
    const [withComment] = only("HP2047", zone, { kind: "allnodes" });
    expect(withComment!.fix).toBeUndefined();
    const [plain] = only("HP2047", zone.replace("  # CET", ""), { kind: "allnodes" });
    expect(applyFix(zone.replace("  # CET", ""), plain!)).toBe('TIMETEMPLATES\n  TIMETEMPLATE "t"\n    DESCRIPTION "d"\n');
    const text = config(
      '    MSGTARGETRULES MSGTARGETRULE DESCRIPTION "r" MSGTARGETRULECONDS MSGTARGETRULECOND DESCRIPTION "c" TEXT "a#b" SERVICE "s" MSGTARGETMANAGERS\n',
    );
    const found = only("HP2047", text, { kind: "escmgr" });
    expect(found.map((d) => d.message.split(" ")[0])).toEqual(["TEXT", "SERVICE"]);
    expect(found.every((d) => d.fix === undefined)).toBe(true);
  });
});

describe("HP2048 omw-no-timetemplates", () => {
  it("only for a msgforw in the omw dialect", () => {
    const template =
      'TIMETEMPLATES\n  TIMETEMPLATE "night"\n    DESCRIPTION "night"\n    TIMETMPLCONDS\n      TIMETMPLCOND\n        TIMECONDTYPE Match\n        TIME FROM 0:00 TO 6:00\n';
    const text = `${template}${config(RULE.replace('"$OPC_PRIMARY_MGR"', '"om.example.com"\n            NOTIFYMGR'))}`;
    const found = only("HP2048", text, { kind: "msgforw", dialect: "omw" });
    expect(where(found)).toEqual(["1:1 HP2048/omw-no-timetemplates"]);
    expect(found[0]!.message).toBe(
      'HPOM for Windows server-based policies do not support time templates, and its policy editor rejects them; remove the TIMETEMPLATES section and use TIMETEMPLATE "$OPC_ALWAYS" in the targets',
    );
    expect(found[0]!.range.end.column).toBe(14);
    expect(only("HP2048", text, { kind: "msgforw" })).toEqual([]);
    expect(only("HP2048", text, { kind: "msgforw", dialect: "omu" })).toEqual([]);
    expect(only("HP2048", text, { kind: "allnodes", dialect: "omw" })).toEqual([]);
    expect(only("HP2048", text, { dialect: "omw" })).toHaveLength(1);
    // An empty section, as HP's sample server-based policy starts, defines nothing to reject.
    expect(only("HP2048", text.replace(template, "TIMETEMPLATES\n  # none\n"), { kind: "msgforw", dialect: "omw" })).toEqual([]);
  });
});

describe("HP4003 file-name", () => {
  const text = config(RULE);
  const named = (filename: string, kind?: LintOptions["kind"]) =>
    only("HP4003", text, kind ? { filename, kind } : { filename }).map((d) => d.message.replace(/;.*/, ""));

  it("server files by their exact names", () => {
    expect(named("respmgrs/outage.bak")).toEqual(['HPOM recognises this file only under the name "outage", not "outage.bak"']);
    expect(named("Escmgr")).toEqual(['HPOM recognises this file only under the name "escmgr", not "Escmgr"']);
    expect(named("ALLNODES")).toEqual(['HPOM recognises this file only under the name "allnodes", not "ALLNODES"']);
    expect(named("allnodes.bbc")).toEqual([]);
    expect(named("respmgrs/escmgr")).toEqual([]);
    expect(named("C:\\respmgrs\\escmgr")).toEqual([]);
  });

  it("node files: eight lower-case hex digits, no prefix", () => {
    expect(named("0XC0A80A0B")).toEqual(['HPOM recognises this file only under the name "c0a80a0b", not "0XC0A80A0B"']);
    const [upper] = only("HP4003", text, { filename: "C0a80a0b" });
    expect(upper!.message).toBe(
      'HPOM recognises this file only under the name "c0a80a0b", not "C0a80a0b"; HP documents lower case only, and a name HPOM does not recognise is never read — rename it',
    );
    expect(named("c0a80a0b")).toEqual([]);
    expect(named("c0a80a0b", "node")).toEqual([]);
    expect(named("c0a80a0", "node")).toEqual([
      'HPOM recognises this file only under the name the node\'s IPv4 address in eight lower-case hex digits (e.g. c0a80a0b for 192.168.10.11), not "c0a80a0"',
    ]);
  });

  it("a kind given in the options needs its name; a name that means nothing is left alone", () => {
    expect(named("allnodes", "mgrconf")).toEqual(['HPOM recognises this file only under the name "mgrconf", not "allnodes"']);
    expect(named("followthesun")).toEqual([]);
    expect(only("HP4003", text)).toEqual([]);
  });
});

describe("HP1009 rule-fragment on the tail HP's pooling guide says to append to allnodes", () => {
  // The guide's allnodes (three SECONDARYMANAGERs and ACTIONALLOWMANAGERs) and its fragment, appended as it says.
  const members = ["serv1.bbn.hp.com", "serv2.bbn.hp.com", "virt.bbn.hp.com"];
  const lists =
    "    SECONDARYMANAGERS\n" +
    members.map((m) => `      SECONDARYMANAGER\n        NODE IP 0.0.0.0 "${m}"\n`).join("") +
    "    ACTIONALLOWMANAGERS\n" +
    members.map((m) => `      ACTIONALLOWMANAGER\n        NODE IP 0.0.0.0 "${m}"\n`).join("");
  const fragment =
    'MSGTARGETRULECONDS\nMSGTARGETMANAGERS\n  MSGTARGETMANAGER\n    TIMETEMPLATE "$OPC_ALWAYS"\n    OPCMGR IP 0.0.0.0 "virt.bbn.hp.com"\n';
  const allnodes = `RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "responsible mgrs"\n${lists}`;
  // An existing rule for critical messages only, so that a rule after it is still reached.
  const critical = RULE.replace(
    "        MSGTARGETRULECONDS\n",
    '        MSGTARGETRULECONDS\n          MSGTARGETRULECOND\n            DESCRIPTION "critical"\n            SEVERITY Critical\n',
  );

  it("is reported with a wrapping fix; fixed and formatted, the file is clean", () => {
    const text = allnodes + fragment;
    const found = lint(text, { filename: "allnodes" });
    expect(where(found)).toEqual(["18:1 HP1009/rule-fragment"]);
    expect(found[0]!.fix!.text).toBe('MSGTARGETRULES MSGTARGETRULE DESCRIPTION "" ');
    const fixed = format(applyFix(text, found[0]!));
    expect(fixed).toContain(
      '    MSGTARGETRULES\n      MSGTARGETRULE\n        DESCRIPTION ""\n        MSGTARGETRULECONDS\n        MSGTARGETMANAGERS\n',
    );
    expect(lint(fixed, { filename: "allnodes" })).toEqual([]);
  });

  it("after existing rules, it becomes one more rule of their MSGTARGETRULES", () => {
    const text = `${allnodes}${critical}${fragment}`;
    const found = lint(text, { filename: "allnodes" });
    expect(where(found)).toEqual(["29:1 HP1009/rule-fragment"]);
    const fixed = format(applyFix(text, found[0]!));
    expect(fixed.match(/MSGTARGETRULES/g)).toHaveLength(1);
    expect(fixed.match(/ {6}MSGTARGETRULE\n/g)).toHaveLength(2);
    expect(lint(fixed, { filename: "allnodes" })).toEqual([]);
  });

  it("before existing rules, the fix moves their MSGTARGETRULES up instead of adding a second one", () => {
    const text = `${allnodes}    # the guide's lines\n${fragment.replace(/^/gm, "    ")}    # the old rules\n${critical}`;
    const found = lint(text, { filename: "allnodes" });
    expect(where(found)).toEqual(["19:5 HP1009/rule-fragment", "25:5 HP1010/misplaced-clause"]);
    expect(found[0]!.message).toBe(
      'these lines are the tail of a message target rule: wrap them in MSGTARGETRULE DESCRIPTION "…" as the first rule of the MSGTARGETRULES below them',
    );
    const fixed = format(applyFix(text, found[0]!));
    expect(fixed.match(/MSGTARGETRULES/g)).toHaveLength(1);
    expect(fixed.indexOf('"virt.bbn.hp.com"\n')).toBeLessThan(fixed.indexOf('"$OPC_PRIMARY_MGR"\n'));
    expect(fixed).toContain("# the guide's lines");
    expect(fixed).toContain("# the old rules");
    // Written first, the wrapped tail matches every message, so the old rule after it is never reached.
    expect(lint(fixed, { filename: "allnodes" }).map((d) => d.code)).toEqual(["HP2025"]);
  });
});
