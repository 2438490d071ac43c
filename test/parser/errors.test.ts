/**
 * Syntax diagnostics: every HP1xxx kind with its exact code, line and column,
 * messages in the user's words, fixes, cascade capping, ordering, the
 * too-many-errors note, and `parse` never throwing.
 */
import { describe, expect, it } from "vitest";
import { parse, type Diagnostic } from "../../src/index.js";
import { applyFix, where } from "../helpers.js";

/** Parses `text` and checks what every diagnostic must satisfy; returns the diagnostics. */
function diags(text: string, filename?: string): Diagnostic[] {
  const { diagnostics } = filename === undefined ? parse(text) : parse(text, { filename });
  for (const d of diagnostics) {
    expect(d.message).not.toMatch(/Expecting|token of type|-->|<--|NoViableAlt|MismatchedToken|EarlyExit|NotAllInputParsed/);
    expect(d.message).not.toContain("\n");
    expect(d.message.length).toBeGreaterThan(10);
    expect(d.code).toMatch(/^HP1\d\d\d$/);
  }
  return diagnostics;
}

const HEAD = 'RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "x"\n';
const RULE = `${HEAD}    MSGTARGETRULES\n      MSGTARGETRULE\n        DESCRIPTION "r"\n`;
const TCOND = 'TIMETEMPLATES\n  TIMETEMPLATE "t"\n    DESCRIPTION "d"\n    TIMETMPLCONDS\n      TIMETMPLCOND\n';

describe("HP1001 invalid-character", () => {
  it("a stray { gives exactly one error at its position", () => {
    const d = diags("TIMETEMPLATES {\n");
    expect(where(d)).toEqual(["1:15 HP1001/invalid-character"]);
    expect(d[0]!.severity).toBe("error");
    expect(d[0]!.range.end).toEqual({ line: 1, column: 16, offset: 15 });
    expect(d[0]!.message).toContain("{");
  });

  it("braces around a valid file give one error per brace and nothing else", () => {
    const text = `${HEAD.replace("RESPMGRCONFIGS", "RESPMGRCONFIGS {")}    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n}\n`;
    expect(where(diags(text))).toEqual(["1:16 HP1001/invalid-character", "6:1 HP1001/invalid-character"]);
  });

  it.each([
    [";", "1:15"],
    ["'", "1:15"],
    ["\u0000", "1:15"],
  ])("%j outside a string", (ch, pos) => {
    expect(where(diags(`TIMETEMPLATES ${ch}\n`))).toEqual([`${pos} HP1001/invalid-character`]);
  });

  it.each([
    ["single quotes", "'primary managers'"],
    ["typographic quotes", "\u201cprimary managers\u201d"],
  ])("a string in %s is one error, and the clause keeps its parts", (_name, written) => {
    const { ast, diagnostics } = parse(`${HEAD.replace('"x"', written)}    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n`);
    expect(where(diagnostics)).toEqual(["3:17 HP1001/invalid-character"]);
    expect(diagnostics[0]!.range.end.column).toBe(17 + written.length);
    expect(diagnostics[0]!.message).toBe(`${written} is not a string: strings are written in straight double quotes, "primary managers"`);
    expect(ast.respMgrConfigs!.configs[0]!.secondaryManagers).not.toBeNull();
  });

  it("an apostrophe without a closing one on its line is one invalid character", () => {
    expect(where(diags(`${HEAD.replace('"x"', "Bob's")}    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n`))).toEqual([
      "3:17 HP1003/unexpected-token",
      "3:20 HP1001/invalid-character",
    ]);
  });

  it("a run of non-ASCII characters outside strings is one error", () => {
    const d = diags('TIMETEMPLATES\n  TIMETEMPLATE "t" äöü€\n');
    expect(where(d)).toEqual(["2:20 HP1001/invalid-character"]);
    expect(d[0]!.range.end.column).toBe(24);
  });

  it("a long run of astral characters: the shortened message never ends on half a character", () => {
    for (const pad of ["", "§"]) {
      const d = diags(`TIMETEMPLATES ${pad}${"😀".repeat(30)}\n`);
      expect(d).toHaveLength(1);
      expect(d[0]!.message).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
  });

  it("non-ASCII text inside strings and comments is fine", () => {
    expect(diags('# Grüße — 東京\nTIMETEMPLATES\n  TIMETEMPLATE "Zürich 😀" # ü\n')).toEqual([]);
  });
});

describe("HP1002 unterminated-string", () => {
  it("an unclosed string at the end of a line: one error, a fix inserting the quote, the rest of the file still parsed", () => {
    const text = `RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "x\n    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n`;
    const { ast } = parse(text);
    const d = diags(text);
    expect(where(d)).toEqual(["3:17 HP1002/unterminated-string"]);
    expect(d[0]!.range.end).toEqual({ line: 3, column: 19, offset: text.indexOf('"x') + 2 });
    expect(d[0]!.fix).toEqual({ range: { start: d[0]!.range.end, end: d[0]!.range.end }, text: '"' });
    expect(diags(applyFix(text, d[0]!))).toEqual([]);
    const c = ast.respMgrConfigs!.configs[0]!;
    expect(c.secondaryManagers).not.toBeNull();
    expect(c.actionAllowManagers).not.toBeNull();
  });

  it("an unclosed string at the end of the file", () => {
    const text = 'RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "x';
    const d = diags(text);
    expect(where(d)).toEqual(["3:17 HP1002/unterminated-string"]);
    expect(d[0]!.fix!.range.start.offset).toBe(text.length);
    expect(diags(applyFix(text, d[0]!))).toEqual([]);
  });

  it("an unclosed string before CR LF: the fix goes before the CR", () => {
    const text = 'TIMETEMPLATES\r\n  TIMETEMPLATE "t\r\n';
    const d = diags(text);
    expect(where(d)).toEqual(["2:16 HP1002/unterminated-string"]);
    expect(d[0]!.fix!.range.start.offset).toBe(text.indexOf('"t') + 2);
    expect(diags(applyFix(text, d[0]!))).toEqual([]);
  });

  it.each([
    ["at the end of the file", 'TIMETEMPLATES\n  TIMETEMPLATE "abc\\'],
    ["before LF", 'TIMETEMPLATES\n  TIMETEMPLATE "abc\\\n    DESCRIPTION "d"\n'],
    ["before CR LF", 'TIMETEMPLATES\r\n  TIMETEMPLATE "abc\\\r\n    DESCRIPTION "d"\r\n'],
    ["after an escaped backslash", 'TIMETEMPLATES\n  TIMETEMPLATE "a\\\\\\\n    DESCRIPTION "d"\n'],
  ])("an unclosed string ending in a lone backslash %s: the fix closes it", (_, text) => {
    const d = diags(text);
    expect(where(d)).toEqual(["2:16 HP1002/unterminated-string"]);
    expect(diags(applyFix(text, d[0]!))).toEqual([]);
  });

  it("unbalanced quotes on one line", () => {
    const d = diags('TIMETEMPLATES\n  TIMETEMPLATE "a" DESCRIPTION "b\n');
    expect(where(d)).toEqual(["2:32 HP1002/unterminated-string"]);
  });
});

describe("HP1003 unexpected-token", () => {
  it("a word where a time belongs: message in the user's words", () => {
    const d = diags(`${TCOND}        TIME FROM 7:00 TO Monday\n`);
    expect(where(d)).toEqual(["6:27 HP1003/unexpected-token"]);
    expect(d[0]!.message).toContain("expected a time (HH:MM) after TO");
    expect(d[0]!.message).toContain("Monday");
  });

  it("a missing TO", () => {
    const d = diags(`${TCOND}        TIME FROM 7:00\n        WEEKDAY ON Monday\n`);
    expect(where(d)).toEqual(["7:9 HP1003/unexpected-token"]);
    expect(d[0]!.message).toContain("expected TO after 7:00");
  });

  it("a missing IP before an address", () => {
    const d = diags(
      `${HEAD}    SECONDARYMANAGERS\n      SECONDARYMANAGER NODE 0.0.0.0 "m"\n        DESCRIPTION "d"\n    ACTIONALLOWMANAGERS\n`,
    );
    expect(where(d)).toEqual(["5:29 HP1003/unexpected-token"]);
    expect(d[0]!.message).toMatch(/expected IP, OTHER, NODEGROUP.* after NODE/);
    expect(d[0]!.message).toContain("0.0.0.0");
  });

  it("a stray literal in a list names the block and what may start there", () => {
    const d = diags(`${TCOND}        TIME FROM 7:00 TO 8:00 9:00\n`);
    expect(where(d)).toEqual(["6:32 HP1003/unexpected-token"]);
    expect(d[0]!.message).toContain("TIMETMPLCOND");
    expect(d[0]!.message).toContain("9:00");
  });

  it("a missing enumerated value: the message names the values expected, not 'a word'", () => {
    const d = diags(
      `${RULE}        MSGTARGETRULECONDS\n          MSGTARGETRULECOND\n            SEVERITY\n            NODE IP 1.2.3.4\n        MSGTARGETMANAGERS\n`,
    );
    expect(where(d)).toEqual(["10:13 HP1003/unexpected-token"]);
    expect(d[0]!.message).toMatch(/severity|Critical/);
    expect(d[0]!.message).not.toMatch(/\ba word\b/);
  });

  it("a missing boolean: the message says True or False", () => {
    const d = diags('CONDSTATUSVARS\n  CONDSTATUSVAR "v"\nRESPMGRCONFIGS\n');
    expect(where(d)).toEqual(["3:1 HP1003/unexpected-token"]);
    expect(d[0]!.message).toMatch(/True or False|boolean/);
    expect(d[0]!.message).not.toMatch(/\ba word\b/);
  });
});

describe("HP1004 unexpected-eof", () => {
  it("a file truncated after TO", () => {
    const d = diags(`${TCOND}        TIME FROM 7:00 TO\n`);
    expect(where(d)).toEqual(["7:1 HP1004/unexpected-eof"]);
    expect(d[0]!.message).toMatch(/^file ends early/);
    expect(d[0]!.message).toContain("expected a time (HH:MM) after TO");
  });

  it("a file truncated after a keyword without a final newline", () => {
    const text = 'TIMETEMPLATES\n  TIMETEMPLATE "t"\n    DESCRIPTION';
    const d = diags(text);
    expect(where(d)).toEqual(["3:16 HP1004/unexpected-eof"]);
    expect(d[0]!.message).toMatch(/^file ends early: expected a string after DESCRIPTION/);
    expect(d[0]!.range.start.offset).toBe(text.length);
  });

  it("a rule cut off after its conditions", () => {
    const d = diags(`${RULE}        MSGTARGETRULECONDS\n`);
    expect(where(d)).toEqual(["8:1 HP1004/unexpected-eof"]);
    expect(d[0]!.message).toMatch(/^file ends early: expected MSGTARGETMANAGERS or MSGOPERATIONS/);
  });

  it("every truncation of a valid file at a token boundary gives at most one diagnostic, and it is unexpected-eof", () => {
    const full = `${TCOND}        TIME FROM 7:00 TO 19:00\n${RULE}        MSGTARGETRULECONDS\n        MSGTARGETMANAGERS\n          MSGTARGETMANAGER\n            TIMETEMPLATE "t"\n            OPCMGR IP 0.0.0.0 "m"\n`;
    const cuts = [...full.matchAll(/\S+/g)].map((m) => m.index + m[0].length);
    for (const cut of cuts) {
      const d = diags(full.slice(0, cut));
      expect(d.length, full.slice(0, cut)).toBeLessThanOrEqual(1);
      if (d.length === 1) {
        expect(d[0]!.code, full.slice(0, cut)).toBe("HP1004");
        expect(d[0]!.message).toMatch(/^file ends early/);
      }
    }
  });
});

describe("HP1005 unknown-keyword", () => {
  it("HP's ACTIONALLOWMANGER, with a fix", () => {
    const text = `${HEAD}    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n      ACTIONALLOWMANGER NODE IP 0.0.0.0 "m"\n`;
    const d = diags(text);
    expect(where(d)).toEqual(["6:7 HP1005/unknown-keyword"]);
    expect(d[0]!.message).toContain("ACTIONALLOWMANGER");
    expect(d[0]!.message).toContain("did you mean ACTIONALLOWMANAGER");
    expect(d[0]!.fix!.text).toBe("ACTIONALLOWMANAGER");
    expect(diags(applyFix(text, d[0]!))).toEqual([]);
    // The rest of the entry is still read.
    expect(parse(text).ast.respMgrConfigs!.configs[0]!.actionAllowManagers!.managers).toHaveLength(1);
  });

  it("MESSAGETARGETRULECONDS, with a fix", () => {
    const text = `${RULE}        MESSAGETARGETRULECONDS\n        MSGTARGETMANAGERS\n`;
    const d = diags(text);
    expect(where(d)).toEqual(["7:9 HP1005/unknown-keyword"]);
    expect(d[0]!.fix!.text).toBe("MSGTARGETRULECONDS");
    expect(diags(applyFix(text, d[0]!))).toEqual([]);
  });

  it("MESSAGETARGETRULE, with a fix", () => {
    const text = `${HEAD}    MSGTARGETRULES\n      MESSAGETARGETRULE\n        DESCRIPTION "r"\n        MSGTARGETRULECONDS\n        MSGTARGETMANAGERS\n`;
    const d = diags(text);
    expect(where(d)).toEqual(["5:7 HP1005/unknown-keyword"]);
    expect(d[0]!.fix!.text).toBe("MSGTARGETRULE");
    expect(diags(applyFix(text, d[0]!))).toEqual([]);
  });

  it("an upper-case near miss (MSGTARGETMANGER), with a fix", () => {
    const text = `${RULE}        MSGTARGETRULECONDS\n        MSGTARGETMANAGERS\n          MSGTARGETMANGER TIMETEMPLATE "$OPC_ALWAYS" OPCMGR IP 0.0.0.0 "m"\n`;
    const d = diags(text);
    expect(where(d)).toEqual(["9:11 HP1005/unknown-keyword"]);
    expect(d[0]!.fix!.text).toBe("MSGTARGETMANAGER");
    expect(diags(applyFix(text, d[0]!))).toEqual([]);
  });

  it("a stray unknown word in a list: names the list, says did you mean, offers a fix", () => {
    const text = `${HEAD}    SECONDARYMANAGERS\n      Secondarymanagr NODE IP 0.0.0.0 "m"\n    ACTIONALLOWMANAGERS\n`;
    const d = diags(text);
    expect(where(d)).toEqual(["5:7 HP1005/unknown-keyword"]);
    expect(d[0]!.message).toContain("Secondarymanagr");
    expect(d[0]!.message).toContain("SECONDARYMANAGERS");
    expect(d[0]!.message).toContain("did you mean SECONDARYMANAGER?");
    expect(d[0]!.fix!.text).toBe("SECONDARYMANAGER");
    expect(diags(applyFix(text, d[0]!))).toEqual([]);
  });

  it("an unknown word with nothing close gets no fix", () => {
    const d = diags(`${HEAD}    SECONDARYMANAGERS\n      FROBNICATE\n    ACTIONALLOWMANAGERS\n`);
    expect(where(d)).toEqual(["5:7 HP1005/unknown-keyword"]);
    expect(d[0]!.fix).toBeUndefined();
    expect(d[0]!.message).not.toContain("did you mean");
  });

  it("the prose operation Log-only → LOGONLY, with a fix", () => {
    const text = `${RULE}        MSGTARGETRULECONDS\n        MSGOPERATIONS\n          MSGOPERATION Log-only\n`;
    const d = diags(text);
    expect(where(d)).toEqual(["9:24 HP1005/unknown-keyword"]);
    expect(d[0]!.message).toContain("Log-only");
    expect(d[0]!.message).toContain("LOGONLY");
    expect(d[0]!.fix!.text).toBe("LOGONLY");
    expect(diags(applyFix(text, d[0]!))).toEqual([]);
  });

  it("an unknown operation with nothing close: no fix", () => {
    const d = diags(`${RULE}        MSGTARGETRULECONDS\n        MSGOPERATIONS\n          MSGOPERATION Frobnicate\n`);
    expect(where(d)).toEqual(["9:24 HP1005/unknown-keyword"]);
    expect(d[0]!.fix).toBeUndefined();
  });
});

describe("HP1006 keyword-case", () => {
  it("Msgtargetrules → MSGTARGETRULES, and the block is still read", () => {
    const text = `${HEAD}    Msgtargetrules\n      MSGTARGETRULE\n        DESCRIPTION "r"\n        MSGTARGETRULECONDS\n        MSGTARGETMANAGERS\n`;
    const d = diags(text);
    expect(where(d)).toEqual(["4:5 HP1006/keyword-case"]);
    expect(d[0]!.fix!.text).toBe("MSGTARGETRULES");
    expect(d[0]!.range.end.column).toBe(19);
    expect(diags(applyFix(text, d[0]!))).toEqual([]);
    const rules = parse(text).ast.respMgrConfigs!.configs[0]!.targetRules;
    expect(rules?.type).toBe("TargetRules");
  });

  it("SEVERITY critical → Critical", () => {
    const text = `${RULE}        MSGTARGETRULECONDS\n          MSGTARGETRULECOND\n            SEVERITY critical\n        MSGTARGETMANAGERS\n`;
    const d = diags(text);
    expect(where(d)).toEqual(["9:22 HP1006/keyword-case"]);
    expect(d[0]!.fix!.text).toBe("Critical");
    expect(diags(applyFix(text, d[0]!))).toEqual([]);
  });

  it("WEEKDAY ON monday → Monday", () => {
    const text = `${TCOND}        WEEKDAY ON monday\n`;
    const d = diags(text);
    expect(where(d)).toEqual(["6:20 HP1006/keyword-case"]);
    expect(d[0]!.fix!.text).toBe("Monday");
    expect(diags(applyFix(text, d[0]!))).toEqual([]);
  });

  it("TIMECONDTYPE SUPPRESS → Suppress (the operation keyword in a value position)", () => {
    const text = `${TCOND}        TIMECONDTYPE SUPPRESS\n`;
    const d = diags(text);
    expect(where(d)).toEqual(["6:22 HP1006/keyword-case"]);
    expect(d[0]!.message).toContain("Suppress");
    expect(d[0]!.fix!.text).toBe("Suppress");
    expect(diags(applyFix(text, d[0]!))).toEqual([]);
  });

  it("MSGCONDTYPE SUPPRESS → Suppress", () => {
    const text = `${RULE}        MSGTARGETRULECONDS\n          MSGTARGETRULECOND\n            MSGCONDTYPE SUPPRESS\n        MSGTARGETMANAGERS\n`;
    const d = diags(text);
    expect(where(d)).toEqual(["9:25 HP1006/keyword-case"]);
    expect(d[0]!.fix!.text).toBe("Suppress");
  });

  it("MSGOPERATION suppress → SUPPRESS", () => {
    const text = `${RULE}        MSGTARGETRULECONDS\n        MSGOPERATIONS\n          MSGOPERATION suppress\n`;
    const d = diags(text);
    expect(where(d)).toEqual(["9:24 HP1006/keyword-case"]);
    expect(d[0]!.fix!.text).toBe("SUPPRESS");
    expect(diags(applyFix(text, d[0]!))).toEqual([]);
  });

  it.each([
    ["TIMEZONETYPE fix", "Fix"],
    ["TIMEZONETYPE LOCAL", "Local"],
  ])("%s → %s", (clause, fixed) => {
    const d = diags(`TIMETEMPLATES\n  TIMETEMPLATE "t"\n    ${clause}\n    TIMEZONEVALUE "z"\n`);
    expect(where(d)).toEqual(["3:18 HP1006/keyword-case"]);
    expect(d[0]!.fix!.text).toBe(fixed);
  });
});

describe("HP1007 invalid-value", () => {
  it("SEVERITY Critcal: did you mean Critical, with a fix", () => {
    const text = `${RULE}        MSGTARGETRULECONDS\n          MSGTARGETRULECOND\n            SEVERITY Critcal\n        MSGTARGETMANAGERS\n`;
    const d = diags(text);
    expect(where(d)).toEqual(["9:22 HP1007/invalid-value"]);
    expect(d[0]!.message).toContain("Critcal");
    expect(d[0]!.message).toContain("did you mean Critical?");
    expect(d[0]!.fix!.text).toBe("Critical");
    expect(diags(applyFix(text, d[0]!))).toEqual([]);
  });

  it("WEEKDAY ON Mon lists the weekdays", () => {
    const d = diags(`${TCOND}        WEEKDAY ON Mon\n`);
    expect(where(d)).toEqual(["6:20 HP1007/invalid-value"]);
    expect(d[0]!.message).toContain("Monday");
    expect(d[0]!.message).toContain("Sunday");
  });

  it("TIMECONDTYPE Exclude lists the condition types", () => {
    const d = diags(`${TCOND}        TIMECONDTYPE Exclude\n`);
    expect(where(d)).toEqual(["6:22 HP1007/invalid-value"]);
    expect(d[0]!.message).toMatch(/Match, Suppress or Unmatch/);
  });

  it('CONDSTATUSVAR "x" yes', () => {
    const d = diags('CONDSTATUSVARS\n  CONDSTATUSVAR "x" yes\n');
    expect(where(d)).toEqual(["2:21 HP1007/invalid-value"]);
    expect(d[0]!.message).toMatch(/True or False/);
  });

  it("TIMEZONETYPE GMT", () => {
    const d = diags('TIMETEMPLATES\n  TIMETEMPLATE "t"\n    DESCRIPTION "d"\n    TIMEZONETYPE GMT\n    TIMEZONEVALUE "z"\n');
    expect(where(d)).toEqual(["4:18 HP1007/invalid-value"]);
    expect(d[0]!.message).toMatch(/Fix/);
  });

  it("a member of another value set is not a valid value here", () => {
    const d = diags('CONDSTATUSVARS\n  CONDSTATUSVAR "v" Monday\n  CONDSTATUSVAR "w" Suppress\n');
    expect(where(d)).toEqual(["2:21 HP1007/invalid-value", "3:21 HP1007/invalid-value"]);
  });

  it("TROUBLETICKET Yes", () => {
    const d = diags(`${RULE}        MSGTARGETRULECONDS\n        MSGOPERATIONS\n          MSGOPERATION TROUBLETICKET Yes\n`);
    expect(where(d)).toEqual(["9:38 HP1007/invalid-value"]);
  });
});

describe("HP1008 invalid-literal", () => {
  it("malformed IPv4 address, time and date, each once", () => {
    const text = `${TCOND}        TIME FROM 25.00 TO 8am\n        DATE ON 12-25-2024\n${HEAD}    SECONDARYMANAGERS\n      SECONDARYMANAGER NODE IP 1.2.3 "m"\n    ACTIONALLOWMANAGERS\n`;
    const d = diags(text);
    expect(where(d)).toEqual([
      "6:19 HP1008/invalid-literal",
      "6:28 HP1008/invalid-literal",
      "7:17 HP1008/invalid-literal",
      "12:32 HP1008/invalid-literal",
    ]);
    expect(d[0]!.message).toContain("25.00");
    expect(d[0]!.range.end.column).toBe(24);
  });

  it("a host name without quotes: one error with a fix that quotes it, not one per dot", () => {
    const text = `${HEAD}    SECONDARYMANAGERS\n      SECONDARYMANAGER NODE IP 0.0.0.0 om1.example.com.  # backup\n    ACTIONALLOWMANAGERS\n`;
    const d = diags(text);
    expect(where(d)).toEqual(["5:40 HP1008/invalid-literal"]);
    expect(d[0]!.message).toBe('om1.example.com. looks like a host name without its quotes: write "om1.example.com."');
    const fixed = applyFix(text, d[0]!);
    expect(diags(fixed)).toEqual([]);
    // A word ending a sentence keeps its dot to itself.
    const sentence = diags(`${HEAD}    SECONDARYMANAGERS\n      SECONDARYMANAGER NODE IP 0.0.0.0 om1. x\n    ACTIONALLOWMANAGERS\n`);
    expect(where(sentence)).toEqual(["5:40 HP1008/invalid-literal", "5:43 HP1001/invalid-character"]);
    expect(sentence[0]!.fix!.text).toBe('"om1"');
  });

  it("a host name without IP and quotes after NODE or OPCMGR: the fix writes IP 0.0.0.0 and quotes", () => {
    const text = `${HEAD}    SECONDARYMANAGERS\n      SECONDARYMANAGER NODE omserver\n        DESCRIPTION "d"\n    ACTIONALLOWMANAGERS\n`;
    const d = diags(text);
    expect(where(d)).toEqual(["5:29 HP1008/invalid-literal"]);
    expect(d[0]!.message).toBe('omserver looks like a host name without IP and quotes: write IP 0.0.0.0 "omserver"');
    expect(diags(applyFix(text, d[0]!))).toEqual([]);
    // A word close to a node keyword is still read as that keyword misspelt.
    expect(diags(`${HEAD}    SECONDARYMANAGERS\n      SECONDARYMANAGER NODE Othr "m"\n    ACTIONALLOWMANAGERS\n`)[0]!.message).toContain(
      "did you mean OTHER?",
    );
  });

  it("a one-word host name without quotes after the address: the same error and fix", () => {
    const text = `${HEAD}    SECONDARYMANAGERS\n      SECONDARYMANAGER NODE IP 0.0.0.0 omserver\n    ACTIONALLOWMANAGERS\n`;
    const d = diags(text);
    expect(where(d)).toEqual(["5:40 HP1008/invalid-literal"]);
    expect(d[0]!.message).toBe('omserver looks like a host name without its quotes: write "omserver"');
    expect(diags(applyFix(text, d[0]!))).toEqual([]);
  });
});

describe("HP1009 rule-fragment", () => {
  it("MSGTARGETRULECONDS directly in RESPMGRCONFIG", () => {
    const text = `${HEAD}    MSGTARGETRULECONDS\n    MSGTARGETMANAGERS\n      MSGTARGETMANAGER TIMETEMPLATE "$OPC_ALWAYS" OPCMGR IP 0.0.0.0 "m"\n`;
    const d = diags(text);
    expect(where(d)).toEqual(["4:5 HP1009/rule-fragment"]);
    expect(d[0]!.range.end.line).toBe(6);
    expect(d[0]!.message).toMatch(/MSGTARGETRULE/);
    expect(diags(applyFix(text, d[0]!))).toEqual([]);
  });
});

describe("HP1010 misplaced-clause", () => {
  it("OPCMGR inside SECONDARYMANAGERS", () => {
    const d = diags(
      `${HEAD}    SECONDARYMANAGERS\n      SECONDARYMANAGER NODE IP 0.0.0.0 "m"\n      OPCMGR IP 0.0.0.0 "m"\n    ACTIONALLOWMANAGERS\n`,
    );
    expect(where(d)).toEqual(["6:7 HP1010/misplaced-clause"]);
    expect(d[0]!.message).toContain("OPCMGR");
    expect(d[0]!.message).toContain("MSGTARGETMANAGER");
  });

  it("TIMETEMPLATES after RESPMGRCONFIGS; the section is still read", () => {
    const text = `${HEAD}TIMETEMPLATES\n  TIMETEMPLATE "late"\n    DESCRIPTION "d"\n`;
    const d = diags(text);
    expect(where(d)).toEqual(["4:1 HP1010/misplaced-clause"]);
    expect(d[0]!.message).toMatch(/order/);
    expect(parse(text).ast.timeTemplates?.templates.map((t) => t.name.value)).toEqual(["late"]);
  });

  it("CONDSTATUSVARS after RESPMGRCONFIGS", () => {
    expect(where(diags(`${HEAD}CONDSTATUSVARS\n`))).toEqual(["4:1 HP1010/misplaced-clause"]);
  });

  it("a second RESPMGRCONFIGS", () => {
    const d = diags(`${HEAD}RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "y"\n`);
    expect(where(d)).toEqual(["4:1 HP1010/misplaced-clause"]);
    expect(d[0]!.message).toMatch(/second RESPMGRCONFIGS/);
  });

  it("MSGTARGETRULE outside MSGTARGETRULES", () => {
    const d = diags(
      `${HEAD}    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n    MSGTARGETRULE\n      DESCRIPTION "r"\n      MSGTARGETRULECONDS\n      MSGTARGETMANAGERS\n`,
    );
    expect(where(d)).toEqual(["6:5 HP1010/misplaced-clause"]);
    expect(d[0]!.message).toContain("MSGTARGETRULES");
  });
});

describe("HP1011 too-many-errors", () => {
  it("more than 100 independent value errors: exactly 100 errors, then one info note", () => {
    const text = `CONDSTATUSVARS\n${Array.from({ length: 150 }, (_, i) => `  CONDSTATUSVAR "v${i}" yes\n`).join("")}`;
    const d = diags(text);
    expect(d).toHaveLength(101);
    expect(d.filter((x) => x.severity === "error")).toHaveLength(100);
    const last = d[100]!;
    expect(last.code).toBe("HP1011");
    expect(last.name).toBe("too-many-errors");
    expect(last.severity).toBe("info");
    expect(last.message).toMatch(/\b50 more\b/);
    expect(last.range.start.line).toBe(102);
  });

  it("more than 100 independent structural errors: exactly 100 errors, then a note counting the rest", () => {
    const text = `${HEAD}    SECONDARYMANAGERS\n${Array.from({ length: 150 }, (_, i) => `      SECONDARYMANAGER NODE 10.0.0.${i} "m"\n`).join("")}`;
    const d = diags(text);
    expect(d).toHaveLength(101);
    expect(d.slice(0, 100).every((x) => x.code === "HP1003")).toBe(true);
    expect(d[100]!.code).toBe("HP1011");
    expect(d[100]!.severity).toBe("info");
    // 150 mistakes, 100 shown: 50 remain.
    expect(d[100]!.message).toMatch(/\b50 more\b/);
  });

  it("exactly 100 errors: no note", () => {
    const text = `CONDSTATUSVARS\n${Array.from({ length: 100 }, (_, i) => `  CONDSTATUSVAR "v${i}" yes\n`).join("")}`;
    const d = diags(text);
    expect(d).toHaveLength(100);
    expect(d.some((x) => x.code === "HP1011")).toBe(false);
  });

  it("warnings and infos do not count: only errors are capped", () => {
    const d = diags("{ ".repeat(300));
    expect(d.filter((x) => x.severity === "error")).toHaveLength(100);
    expect(d.filter((x) => x.code === "HP1011")).toHaveLength(1);
  });
});

describe("several mistakes", () => {
  it("a truncated file", () => {
    const text = `${RULE}        MSGTARGETRULECONDS\n          MSGTARGETRULECOND\n            DESCRIPTION "c"\n            NODE IP`;
    const d = diags(text);
    expect(where(d)).toEqual(["10:20 HP1004/unexpected-eof"]);
    expect(d[0]!.message).toMatch(/^file ends early: expected an IPv4 address after IP/);
  });

  it("three independent mistakes on three different lines: three errors, at those lines", () => {
    const text = [
      "TIMETEMPLATES",
      '  TIMETEMPLATE "t"',
      '    DESCRIPTION "d"',
      "    TIMETMPLCONDS",
      "      TIMETMPLCOND",
      "        TIME FROM 7:00 TO Monday",
      "        WEEKDAY ON Mon",
      "RESPMGRCONFIGS",
      "  RESPMGRCONFIG",
      '    DESCRIPTION "x"',
      "    SECONDARYMANAGERS",
      '      SECONDARYMANAGER NODE 0.0.0.0 "m"',
      "    ACTIONALLOWMANAGERS",
      "",
    ].join("\n");
    const d = diags(text);
    expect(d.length).toBeGreaterThanOrEqual(3);
    expect(new Set(d.map((x) => x.range.start.line))).toEqual(new Set([6, 7, 12]));
    expect(where(d)).toEqual(["6:27 HP1003/unexpected-token", "7:20 HP1007/invalid-value", "12:29 HP1003/unexpected-token"]);
  });

  it("mistakes in clauses on consecutive lines are each reported, however few tokens apart", () => {
    const cond = `${RULE}        MSGTARGETRULECONDS\n          MSGTARGETRULECOND\n            DESCRIPTION "c"\n`;
    const tail =
      '        MSGTARGETMANAGERS\n          MSGTARGETMANAGER\n            TIMETEMPLATE "$OPC_ALWAYS"\n            OPCMGR IP 0.0.0.0 "m"\n';
    expect(
      where(diags(`${cond}            SEVERITY "Critical"\n            SEVERITY "Major"\n            APPLICATION app\n${tail}`)),
    ).toEqual(["10:22 HP1003/unexpected-token", "11:22 HP1003/unexpected-token", "12:25 HP1003/unexpected-token"]);
    expect(where(diags(`${TCOND}        TIME FROM 7:00 TO\n        WEEKDAY ON "Monday"\n`))).toEqual([
      "7:9 HP1003/unexpected-token",
      "7:20 HP1003/unexpected-token",
    ]);
  });

  it("junk after a DESCRIPTION string is one error and the clause keeps the parts after it", () => {
    const config = parse(`${HEAD.replace('"x"', "primary managers")}    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n`);
    expect(where(config.diagnostics)).toEqual(["3:17 HP1003/unexpected-token"]);
    expect(config.ast.respMgrConfigs!.configs[0]!.secondaryManagers).not.toBeNull();
    expect(config.ast.respMgrConfigs!.configs[0]!.actionAllowManagers).not.toBeNull();

    const twoStrings = diags(`${HEAD.replace('"x"', '"x" "y"')}    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n`);
    expect(where(twoStrings)).toEqual(["3:21 HP1003/unexpected-token"]);
    expect(twoStrings[0]!.message).toBe(
      'unexpected string "y" in RESPMGRCONFIG: expected SECONDARYMANAGERS, ACTIONALLOWMANAGERS or MSGTARGETRULES',
    );

    const template = parse(`${TCOND.replace('"d"', '"d" "e"')}        TIME FROM 7:00 TO 8:00\n`);
    expect(where(template.diagnostics)).toEqual(["3:21 HP1003/unexpected-token"]);
    expect(template.ast.timeTemplates!.templates[0]!.conditions?.conditions).toHaveLength(1);
  });

  it("junk after a manager's node is one error and the manager keeps its DESCRIPTION, the configuration its lists", () => {
    const text =
      `${HEAD}    SECONDARYMANAGERS\n      SECONDARYMANAGER\n        NODE IP 0.0.0.0 "m" "junk"\n        DESCRIPTION "d"\n` +
      `    ACTIONALLOWMANAGERS\n      ACTIONALLOWMANAGER\n        NODE IP 0.0.0.0 "a" IP 0.0.0.0 "b"\n        DESCRIPTION "e"\n`;
    const config = parse(text);
    expect(where(config.diagnostics)).toEqual(["6:29 HP1003/unexpected-token", "10:29 HP1003/unexpected-token"]);
    expect(config.diagnostics.map((d) => d.message)).toEqual([
      'unexpected string "junk" in SECONDARYMANAGER: expected DESCRIPTION',
      "unexpected IP in ACTIONALLOWMANAGER: expected DESCRIPTION",
    ]);
    const { secondaryManagers, actionAllowManagers } = config.ast.respMgrConfigs!.configs[0]!;
    expect(secondaryManagers!.managers.map((m) => m.description?.value.value)).toEqual(["d"]);
    expect(actionAllowManagers!.managers.map((m) => m.description?.value.value)).toEqual(["e"]);
  });

  it("junk after a target manager's node is one error and the manager keeps its attribute, the list its next manager", () => {
    const manager = (name: string, rest: string) =>
      `          MSGTARGETMANAGER\n            TIMETEMPLATE "$OPC_ALWAYS"\n            OPCMGR IP 0.0.0.0 "${name}"${rest}\n`;
    const text = `${RULE}        MSGTARGETRULECONDS\n        MSGTARGETMANAGERS\n${manager("m", ' "junk"\n            MSGCONTROLLINGMGR')}${manager("n", "")}`;
    const config = parse(text);
    expect(where(config.diagnostics)).toEqual(["11:35 HP1003/unexpected-token"]);
    expect(config.diagnostics[0]!.message).toBe('unexpected string "junk" in MSGTARGETMANAGER: expected MSGCONTROLLINGMGR or NOTIFYMGR');
    const rules = config.ast.respMgrConfigs!.configs[0]!.targetRules;
    const outcome = rules?.type === "TargetRules" ? rules.rules[0]!.outcome : undefined;
    expect(outcome?.type === "TargetManagers" && outcome.managers.map((m) => [m.manager.node.type, m.attribute?.keyword ?? null])).toEqual([
      ["IpNode", "MSGCONTROLLINGMGR"],
      ["IpNode", null],
    ]);
  });

  it("a clause outside its block in each of three time templates: three errors, at those lines", () => {
    const template = (misplaced: string) => [
      '  TIMETEMPLATE "t"',
      '    DESCRIPTION "d"',
      "    TIMETMPLCONDS",
      "      TIMETMPLCOND",
      `        ${misplaced}`,
      "        TIME FROM 7:00 TO 8:00",
    ];
    const text = [
      "TIMETEMPLATES",
      ...template("SEVERITY Critical"),
      ...template('OPCMGR IP 0.0.0.0 "a"'),
      ...template('MSGGRP "x"'),
      "",
    ].join("\n");
    expect(where(diags(text))).toEqual(["6:9 HP1010/misplaced-clause", "12:9 HP1010/misplaced-clause", "18:9 HP1010/misplaced-clause"]);
  });

  it("the elements read after a misplaced clause stay in the tree, with their comments", () => {
    const template = (name: string) => [
      `  TIMETEMPLATE "${name}"  # ${name}`,
      '    DESCRIPTION "d"',
      "    TIMETMPLCONDS",
      "      TIMETMPLCOND",
      "        SEVERITY Critical",
    ];
    const config = (description: string) => [
      "  RESPMGRCONFIG",
      `    DESCRIPTION "${description}"`,
      "    SEVERITY Critical",
      "    SECONDARYMANAGERS",
      "    ACTIONALLOWMANAGERS",
    ];
    const text = [
      "TIMETEMPLATES",
      ...template("a"),
      ...template("b"),
      ...template("c"),
      "CONDSTATUSVARS",
      '  CONDSTATUSVAR "x" True',
      "  SEVERITY Critical",
      '  CONDSTATUSVAR "y" False',
      "RESPMGRCONFIGS",
      ...config("1"),
      ...config("2"),
      "",
    ].join("\n");
    const { ast } = parse(text);
    expect(ast.timeTemplates!.templates.map((t) => [t.name.value, t.trailingComments?.map((c) => c.text)])).toEqual([
      ["a", ["# a"]],
      ["b", ["# b"]],
      ["c", ["# c"]],
    ]);
    expect(ast.condStatusVars!.variables.map((v) => v.name.value)).toEqual(["x", "y"]);
    expect(ast.respMgrConfigs!.configs.map((c) => c.description?.value.value)).toEqual(["1", "2"]);
    expect(ast.danglingComments).toEqual([]);
  });

  it("a clause outside its block in each of three RESPMGRCONFIGs: three errors, at those lines", () => {
    const config = (misplaced: string) => [
      "  RESPMGRCONFIG",
      '    DESCRIPTION "x"',
      `    ${misplaced}`,
      "    SECONDARYMANAGERS",
      "    ACTIONALLOWMANAGERS",
    ];
    const text = ["RESPMGRCONFIGS", ...config("SEVERITY Critical"), ...config("TIMETMPLCOND"), ...config('OPCMGR IP 0.0.0.0 "a"'), ""].join(
      "\n",
    );
    expect(where(diags(text))).toEqual(["4:5 HP1010/misplaced-clause", "9:5 HP1010/misplaced-clause", "14:5 HP1010/misplaced-clause"]);
  });

  it("a clause outside its block in CONDSTATUSVARS: the declarations after it are read as declarations", () => {
    const text = [
      "CONDSTATUSVARS",
      '  CONDSTATUSVAR "a" True',
      "  SEVERITY Critical",
      '  CONDSTATUSVAR "b" False',
      '  CONDSTATUSVAR "c" yes',
      "",
    ].join("\n");
    expect(where(diags(text))).toEqual(["3:3 HP1010/misplaced-clause", "5:21 HP1007/invalid-value"]);
  });

  it("three mistakes of three kinds (lexical, value, structural)", () => {
    const text = [
      "TIMETEMPLATES {",
      '  TIMETEMPLATE "t"',
      '    DESCRIPTION "d"',
      "    TIMETMPLCONDS",
      "      TIMETMPLCOND",
      "        TIMECONDTYPE Exclude",
      "RESPMGRCONFIGS",
      "  RESPMGRCONFIG",
      '    DESCRIPTION "x"',
      "    SECONDARYMANAGERS",
      '      SECONDARYMANAGER NODE IP 0.0.0.0 "m"',
      "    ACTIONALLOWMANAGERS",
      "      ACTIONALLOWMANAGER NODE IP OTHER",
      "",
    ].join("\n");
    expect(where(diags(text))).toEqual(["1:15 HP1001/invalid-character", "6:22 HP1007/invalid-value", "13:34 HP1003/unexpected-token"]);
  });

  it("diagnostics are sorted by position", () => {
    const text = `TIMETEMPLATES ;\n  TIMETEMPLATE "t" DESCRIPTION "d" TIMEZONETYPE GMT TIMEZONEVALUE "z" {\n${HEAD}    SECONDARYMANAGERS\n      SECONDARYMANAGER NODE 1.2.3 "m"\n      ACTIONALLOWMANGER\n    ACTIONALLOWMANAGERS "open\n`;
    const d = diags(text);
    expect(d.length).toBeGreaterThanOrEqual(5);
    const offsets = d.map((x) => x.range.start.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    for (const x of d) {
      expect(x.range.end.offset).toBeGreaterThanOrEqual(x.range.start.offset);
    }
  });

  it("the filename option is copied to every diagnostic", () => {
    const d = diags("TIMETEMPLATES { ;\n  TIMETEMPLATE\n", "work_respmgrs/allnodes");
    expect(d.length).toBeGreaterThanOrEqual(2);
    for (const x of d) expect(x.filename).toBe("work_respmgrs/allnodes");
  });

  it("without the filename option, diagnostics have no filename", () => {
    for (const x of diags("TIMETEMPLATES {")) expect("filename" in x).toBe(false);
  });

  it("every diagnostic has an alias matching its code", () => {
    const names: Record<string, string> = {
      HP1001: "invalid-character",
      HP1002: "unterminated-string",
      HP1003: "unexpected-token",
      HP1004: "unexpected-eof",
      HP1005: "unknown-keyword",
      HP1006: "keyword-case",
      HP1007: "invalid-value",
      HP1008: "invalid-literal",
      HP1009: "rule-fragment",
      HP1010: "misplaced-clause",
      HP1011: "too-many-errors",
    };
    const text = `TIMETEMPLATES { 1.2.3\n  TIMETEMPLATE "t" DESCRIPTION "d" TIMEZONETYPE GMT TIMEZONEVALUE "z"\n${HEAD}    Secondarymanagers\n    ACTIONALLOWMANGERS\n    MSGTARGETRULECONDS MSGTARGETMANAGERS\nRESPMGRCONFIGS "x`;
    const d = diags(text);
    expect(new Set(d.map((x) => x.code)).size).toBeGreaterThanOrEqual(7);
    for (const x of d) expect(x.name).toBe(names[x.code]);
  });
});

describe("cascades are capped: one mistake, one diagnostic", () => {
  const cases: [string, string, string][] = [
    ["OPCMGR OPCMGR at the top level", 'OPCMGR OPCMGR IP 0.0.0.0 "m"\n', "1:1 HP1010/misplaced-clause"],
    [
      "OPCMGR OPCMGR inside a target manager",
      `${RULE}        MSGTARGETRULECONDS\n        MSGTARGETMANAGERS\n          MSGTARGETMANAGER TIMETEMPLATE "$OPC_ALWAYS" OPCMGR OPCMGR IP 0.0.0.0 "m"\n          MSGTARGETMANAGER TIMETEMPLATE "$OPC_ALWAYS" OPCMGR IP 0.0.0.0 "n"\n`,
      "9:62 HP1003/unexpected-token",
    ],
    [
      "OPCMGR OPCMGR followed by an attribute",
      `${RULE}        MSGTARGETRULECONDS\n        MSGTARGETMANAGERS\n          MSGTARGETMANAGER TIMETEMPLATE "$OPC_ALWAYS" OPCMGR OPCMGR IP 0.0.0.0 "m"\n            NOTIFYMGR\n`,
      "9:62 HP1003/unexpected-token",
    ],
    [
      "IP IP in a manager followed by its DESCRIPTION",
      `${HEAD}    SECONDARYMANAGERS\n      SECONDARYMANAGER\n        NODE IP IP 0.0.0.0 "m"\n        DESCRIPTION "d"\n    ACTIONALLOWMANAGERS\n`,
      "6:17 HP1003/unexpected-token",
    ],
    [
      "a host name without quotes or IP in a manager followed by its DESCRIPTION",
      `${HEAD}    SECONDARYMANAGERS\n      SECONDARYMANAGER\n        NODE om1.example.com\n        DESCRIPTION "d"\n    ACTIONALLOWMANAGERS\n`,
      "6:14 HP1008/invalid-literal",
    ],
    ["a keyword missing its string", "TIMETEMPLATES\n  TIMETEMPLATE\nRESPMGRCONFIGS\n", "3:1 HP1003/unexpected-token"],
    ["a stray string in TIMETEMPLATES", 'TIMETEMPLATES\n  TIMETEMPLATE "t" "t"\nRESPMGRCONFIGS\n', "2:20 HP1003/unexpected-token"],
    [
      "a missing TIMETMPLCONDS before RESPMGRCONFIGS (sections are still in order)",
      'TIMETEMPLATES\n  TIMETEMPLATE "t"\n    DESCRIPTION "d"\n    TIMETMPLCOND\n      TIME FROM 1:00 TO 2:00\nRESPMGRCONFIGS\n',
      "4:5 HP1010/misplaced-clause",
    ],
    [
      "a missing TIMETEMPLATES keyword before CONDSTATUSVARS and RESPMGRCONFIGS (both in order)",
      'TIMETEMPLATE "t"\n  DESCRIPTION "d"\nCONDSTATUSVARS\n  CONDSTATUSVAR "v" True\nRESPMGRCONFIGS\n',
      "1:1 HP1010/misplaced-clause",
    ],
    ["a missing CONDSTATUSVARS keyword before RESPMGRCONFIGS", 'CONDSTATUSVAR "v" True\nRESPMGRCONFIGS\n', "1:1 HP1010/misplaced-clause"],
    [
      "a duplicated DESCRIPTION string in a template",
      'TIMETEMPLATES\n  TIMETEMPLATE "t"\n    DESCRIPTION "d" "d"\n    TIMETMPLCONDS\nCONDSTATUSVARS\nRESPMGRCONFIGS\n',
      "3:21 HP1003/unexpected-token",
    ],
    [
      "a missing MSGOPERATIONS keyword",
      `${RULE}        MSGTARGETRULECONDS\n          MSGOPERATION TIMETEMPLATE "t" NOTIFICATION False\n          MSGOPERATION INSERVICE\n`,
      "8:11 HP1003/unexpected-token",
    ],
    [
      "a missing MSGTARGETRULE keyword",
      `${HEAD}    MSGTARGETRULES\n        DESCRIPTION "r"\n        MSGTARGETRULECONDS\n        MSGTARGETMANAGERS\n`,
      "5:9 HP1003/unexpected-token",
    ],
    [
      "a junk word after MSGTARGETRULE",
      `${RULE.replace('DESCRIPTION "r"', 'Foo DESCRIPTION "r"')}        MSGTARGETRULECONDS\n        MSGTARGETMANAGERS\n`,
      "6:9 HP1005/unknown-keyword",
    ],
    [
      "a junk word after MSGOPERATION",
      `${RULE}        MSGTARGETRULECONDS\n        MSGOPERATIONS\n          MSGOPERATION Foo TIMETEMPLATE "t" SUPPRESS\n`,
      "9:24 HP1005/unknown-keyword",
    ],
    [
      "a word in a list between valid clauses",
      `${HEAD}    SECONDARYMANAGERS\n      SECONDARYMANAGER NODE IP 0.0.0.0 "a"\n      FOO BAR BAZ\n      SECONDARYMANAGER NODE IP 0.0.0.0 "b"\n    ACTIONALLOWMANAGERS\n`,
      "6:7 HP1005/unknown-keyword",
    ],
  ];

  it.each(cases)("%s", (_name, text, expected) => {
    expect(where(diags(text))).toEqual([expected]);
  });

  it("a broken section does not make the later sections 'out of order'", () => {
    const text = 'TIMETEMPLATES\n  TIMETEMPLATE "t"\n    DESCRIPTION "d"\n    TIMETMPLCOND\nCONDSTATUSVARS\nRESPMGRCONFIGS\n';
    const { ast, diagnostics } = parse(text);
    for (const d of diagnostics) expect(d.message).not.toMatch(/out of order|second .* section/);
    expect(ast.condStatusVars).not.toBeNull();
    expect(ast.respMgrConfigs).not.toBeNull();
  });
});

describe("parse never throws", () => {
  const junk: [string, string][] = [
    ["an empty string", ""],
    ["a NUL character", "\u0000"],
    ["only a quote", '"'],
    ["unbalanced quotes", '"""\n"a"b"\n"\\'],
    ["binary junk", Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919 + 13) % 65536)).join("")],
    ["lone surrogates", "\uD800 \uDC00 TIMETEMPLATES \uD800"],
    ["control characters", Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join(" ")],
    ["a huge unterminated string", `TIMETEMPLATES TIMETEMPLATE "${"x".repeat(100_000)}`],
    ["only comments and a BOM", "\uFEFF# a\n#b"],
    ["a BOM alone", "\uFEFF"],
  ];

  it.each(junk)("%s", (_name, text) => {
    const { ast, diagnostics } = parse(text);
    expect(ast.type).toBe("ConfigFile");
    expect(Array.isArray(diagnostics)).toBe(true);
    expect(diagnostics.some((d) => d.code === "HP1000")).toBe(false);
    for (const d of diagnostics) {
      expect(d.range.start.line).toBeGreaterThanOrEqual(1);
      expect(d.range.start.column).toBeGreaterThanOrEqual(1);
      expect(d.range.end.offset).toBeLessThanOrEqual(text.length);
    }
  });

  it("an empty string gives no diagnostics", () => {
    expect(parse("").diagnostics).toEqual([]);
  });

  it("a non-string argument is turned into a string", () => {
    expect(() => parse(undefined as unknown as string)).not.toThrow();
    expect(() => parse(42 as unknown as string)).not.toThrow();
  });

  it("10,000 nested-looking keywords", () => {
    const unit = [
      "RESPMGRCONFIGS",
      "RESPMGRCONFIG",
      "MSGTARGETRULES",
      "MSGTARGETRULE",
      "MSGTARGETRULECONDS",
      "MSGTARGETRULECOND",
      "TIMETEMPLATES",
      "TIMETEMPLATE",
      "TIMETMPLCONDS",
      "TIMETMPLCOND",
    ];
    const text = Array.from({ length: 10_000 }, (_, i) => unit[i % unit.length]).join(" ");
    const { ast, diagnostics } = parse(text);
    expect(ast.type).toBe("ConfigFile");
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.length).toBeLessThanOrEqual(101);
    expect(diagnostics.some((d) => d.code === "HP1000")).toBe(false);
  });

  it("10,000 nested MSGTARGETRULES MSGTARGETRULE", () => {
    const { ast, diagnostics } = parse("MSGTARGETRULES MSGTARGETRULE ".repeat(5_000));
    expect(ast.type).toBe("ConfigFile");
    expect(diagnostics.some((d) => d.code === "HP1000")).toBe(false);
  });
});

describe("suggestions for abbreviated values", () => {
  it("WEEKDAY ON Mon suggests Monday", () => {
    const d = parse(
      'TIMETEMPLATES\n  TIMETEMPLATE "t"\n    DESCRIPTION "d"\n    TIMETMPLCONDS\n      TIMETMPLCOND\n        WEEKDAY ON Mon\n',
    ).diagnostics;
    expect(d.map((x) => x.message)).toEqual([expect.stringContaining("did you mean Monday?")]);
    expect(d[0]!.fix?.text).toBe("Monday");
  });
});
