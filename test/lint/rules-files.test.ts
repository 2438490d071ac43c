/**
 * The file-kind, dialect and file rules (HP2039, HP2040, HP2046–HP2048, HP4003) beyond their
 * fixtures: exact messages, fixes applied and re-linted, and HP1009's fix on
 * HP's pooling fragment.
 */
import { describe, expect, it } from "vitest";
import { format, lint, parse, type Diagnostic, type LintOptions } from "../../src/index.js";
import { where } from "../helpers.js";

function applyFix(text: string, d: Diagnostic): string {
  return text.slice(0, d.fix!.range.start.offset) + d.fix!.text + text.slice(d.fix!.range.end.offset);
}

/** The diagnostics of one rule only. */
function only(code: string, text: string, options: LintOptions = {}): Diagnostic[] {
  return lint(text, options).filter((d) => d.code === code);
}

const RULE = [
  "    MSGTARGETRULES",
  "      MSGTARGETRULE",
  '        DESCRIPTION "everything to the primary manager"',
  "        MSGTARGETRULECONDS",
  "        MSGTARGETMANAGERS",
  "          MSGTARGETMANAGER",
  '            TIMETEMPLATE "$OPC_ALWAYS"',
  '            OPCMGR IP 0.0.0.0 "$OPC_PRIMARY_MGR"',
  "",
].join("\n");

/** A file with one RESPMGRCONFIG whose body is `body` (indented lines). */
const config = (body: string) => `RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "d"\n${body}`;

describe("HP2039 missing-manager-lists", () => {
  it("names what is missing and inserts it; the fixed file is clean", () => {
    const text = config(RULE);
    const [d] = only("HP2039", text, { kind: "allnodes" });
    expect(d!.severity).toBe("error");
    expect(d!.message).toBe(
      "RESPMGRCONFIG has no SECONDARYMANAGERS and no ACTIONALLOWMANAGERS; an allnodes file requires SECONDARYMANAGERS and ACTIONALLOWMANAGERS, and opcmomchk rejects it without them — add both lists (they may be empty)",
    );
    expect(d!.fix!.text).toBe("SECONDARYMANAGERS ACTIONALLOWMANAGERS ");
    expect(lint(format(applyFix(text, d!)), { kind: "allnodes" })).toEqual([]);
  });

  it("inserts one list where it belongs, also in a RESPMGRCONFIG without rules", () => {
    for (const body of ["    SECONDARYMANAGERS\n", "    ACTIONALLOWMANAGERS\n", "", `    SECONDARYMANAGERS\n${RULE}`, `    ACTIONALLOWMANAGERS\n${RULE}`]) {
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

describe("HP2046 construct-not-allowed", () => {
  it("reports the construct at its keyword, once for what is inside it", () => {
    const text = config('    SECONDARYMANAGERS SECONDARYMANAGER NODE IP 0.0.0.0 "m"\n    MSGTARGETRULES MSGTARGETRULE DESCRIPTION "r" MSGTARGETRULECONDS\n      MSGTARGETMANAGERS MSGTARGETMANAGER TIMETEMPLATE "$OPC_ALWAYS" OPCMGR IP 0.0.0.0 "m" NOTIFYMGR ACKNONLOCALMGR\n');
    const found = only("HP2046", text, { kind: "outage" });
    expect(where(found)).toEqual(["4:5 HP2046/construct-not-allowed", "6:7 HP2046/construct-not-allowed"]);
    expect(found[0]!.message).toBe("SECONDARYMANAGERS is not allowed in an outage file: the outage file has no responsible managers, only MSGTARGETRULES");
    expect(found[0]!.range.end.column).toBe(22);
    expect(found[0]!.fix).toBeUndefined();
  });

  it("quotes a misspelt keyword as written", () => {
    const found = only("HP2046", config("    ACTIONALLOWMANGERS\n"), { kind: "outage" });
    expect(found.map((d) => d.message.split(" ")[0])).toEqual(["ACTIONALLOWMANGERS"]);
    expect(found[0]!.range.end.column).toBe(23);
  });

  it("leaves escmgr's target attributes to escmgr-single-target and NODEGROUP managers to invalid-manager-node", () => {
    const escalate = config('    MSGTARGETRULES MSGTARGETRULE DESCRIPTION "r" MSGTARGETRULECONDS MSGTARGETMANAGERS MSGTARGETMANAGER TIMETEMPLATE "$OPC_ALWAYS" OPCMGR IP 0.0.0.0 "m" MSGCONTROLLINGMGR ACKNONLOCALMGR\n');
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
    expect(found[0]!.message).toBe("SECONDARYMANAGER has no effect in a msgforw file: on a management server the manager lists have no function and are left empty — remove it");
    expect(applyFix(text, found[0]!)).toBe(text.replace('      SECONDARYMANAGER\n        NODE IP 0.0.0.0 "om2.example.com"\n', ""));
    expect(lint(applyFix(text, found[0]!), { kind: "msgforw" })).toEqual([]);
    const agent = only("HP2047", text, { kind: "allnodes" });
    expect(where(agent)).toEqual(["16:13 HP2047/construct-ignored", "17:9 HP2047/construct-ignored"]);
    let fixed = text;
    for (const d of [...agent].reverse()) fixed = applyFix(fixed, d);
    expect(fixed).toBe(text.replace("\n            MSGCONTROLLINGMGR\n        ACKNONLOCALMGR", ""));
  });

  it("removes a clause that shares its line with the blanks that separate it", () => {
    const text = config('    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n    MSGTARGETRULES MSGTARGETRULE DESCRIPTION "r" MSGTARGETRULECONDS MSGTARGETMANAGERS MSGTARGETMANAGER TIMETEMPLATE "$OPC_ALWAYS" OPCMGR IP 0.0.0.0 "m" NOTIFYMGR  # copy\n');
    const [d] = only("HP2047", text, { kind: "node" });
    expect(applyFix(text, d!)).toBe(text.replace(' NOTIFYMGR  # copy', "  # copy"));
    const first = config('    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS ACTIONALLOWMANAGER NODE IP 0.0.0.0 "m"\n');
    const [entry] = only("HP2047", first, { kind: "escmgr" });
    expect(applyFix(first, entry!)).toBe(config("    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n"));
  });

  it("offers no fix where a comment would go, nor for TEXT and SERVICE", () => {
    const zone = 'TIMETEMPLATES\n  TIMETEMPLATE "t"\n    DESCRIPTION "d"\n    TIMEZONETYPE Fix  # CET\n    TIMEZONEVALUE "GMT+01:00"\n';
    const [withComment] = only("HP2047", zone, { kind: "allnodes" });
    expect(withComment!.fix).toBeUndefined();
    const [plain] = only("HP2047", zone.replace("  # CET", ""), { kind: "allnodes" });
    expect(applyFix(zone.replace("  # CET", ""), plain!)).toBe('TIMETEMPLATES\n  TIMETEMPLATE "t"\n    DESCRIPTION "d"\n');
    const text = config('    MSGTARGETRULES MSGTARGETRULE DESCRIPTION "r" MSGTARGETRULECONDS MSGTARGETRULECOND DESCRIPTION "c" TEXT "a#b" SERVICE "s" MSGTARGETMANAGERS\n');
    const found = only("HP2047", text, { kind: "escmgr" });
    expect(found.map((d) => d.message.split(" ")[0])).toEqual(["TEXT", "SERVICE"]);
    expect(found.every((d) => d.fix === undefined)).toBe(true);
  });
});

describe("HP2048 omw-no-timetemplates", () => {
  it("only for a msgforw in the omw dialect", () => {
    const text = `TIMETEMPLATES\n${config(RULE.replace('"$OPC_PRIMARY_MGR"', '"om.example.com"\n            NOTIFYMGR'))}`;
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
  });
});

describe("HP4003 file-name", () => {
  const text = config(RULE);
  const named = (filename: string, kind?: LintOptions["kind"]) => only("HP4003", text, kind ? { filename, kind } : { filename }).map((d) => d.message.replace(/;.*/, ""));

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
    expect(upper!.message).toBe('HPOM recognises this file only under the name "c0a80a0b", not "C0a80a0b"; HP documents lower case only, and a name HPOM does not recognise is never read — rename it');
    expect(named("c0a80a0b")).toEqual([]);
    expect(named("c0a80a0b", "node")).toEqual([]);
    expect(named("c0a80a0", "node")).toEqual(['HPOM recognises this file only under the name the node\'s IPv4 address in eight lower-case hex digits (e.g. c0a80a0b for 192.168.10.11), not "c0a80a0"']);
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
  const fragment = 'MSGTARGETRULECONDS\nMSGTARGETMANAGERS\n  MSGTARGETMANAGER\n    TIMETEMPLATE "$OPC_ALWAYS"\n    OPCMGR IP 0.0.0.0 "virt.bbn.hp.com"\n';
  const allnodes = `RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "responsible mgrs"\n${lists}`;
  // An existing rule for critical messages only, so that a rule after it is still reached.
  const critical = RULE.replace("        MSGTARGETRULECONDS\n", '        MSGTARGETRULECONDS\n          MSGTARGETRULECOND\n            DESCRIPTION "critical"\n            SEVERITY Critical\n');

  it("is reported with a wrapping fix; fixed and formatted, the file is clean", () => {
    const text = allnodes + fragment;
    const found = lint(text, { filename: "allnodes" });
    expect(where(found)).toEqual(["18:1 HP1009/rule-fragment"]);
    expect(found[0]!.fix!.text).toBe('MSGTARGETRULES MSGTARGETRULE DESCRIPTION "" ');
    const fixed = format(applyFix(text, found[0]!));
    expect(fixed).toContain('    MSGTARGETRULES\n      MSGTARGETRULE\n        DESCRIPTION ""\n        MSGTARGETRULECONDS\n        MSGTARGETMANAGERS\n');
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
    expect(found[0]!.message).toBe('these lines are the tail of a message target rule: wrap them in MSGTARGETRULE DESCRIPTION "…" as the first rule of the MSGTARGETRULES below them');
    const fixed = format(applyFix(text, found[0]!));
    expect(fixed.match(/MSGTARGETRULES/g)).toHaveLength(1);
    expect(fixed.indexOf('"virt.bbn.hp.com"\n')).toBeLessThan(fixed.indexOf('"$OPC_PRIMARY_MGR"\n'));
    expect(fixed).toContain("# the guide's lines");
    expect(fixed).toContain("# the old rules");
    // Written first, the wrapped tail matches every message, so the old rule after it is never reached.
    expect(lint(fixed, { filename: "allnodes" }).map((d) => d.code)).toEqual(["HP2025"]);
  });
});
