/**
 * Comment attachment (src/ast/comments.ts, docs/language.md#canonical-layout): own-line
 * comments lead the next clause, comments after code trail the innermost
 * clause holding that code, comments after the last clause dangle; blank
 * lines are recorded; every comment is kept exactly once, text intact.
 */
import { describe, expect, it } from "vitest";
import { clausesOf, parse } from "../../src/index.js";
import type { Clause, Comment, ConfigFile } from "../../src/index.js";
import { scan } from "../../src/lexer/scanner.js";
import { allComments } from "../helpers.js";

/** The one clause of `type` whose source text starts with `startsWith`. */
function clause(ast: ConfigFile, text: string, type: Clause["type"], startsWith?: string): Clause {
  const found = clausesOf(ast).filter(
    (c) => c.type === type && (startsWith === undefined || text.slice(c.range.start).startsWith(startsWith)),
  );
  expect(found, `${type} ${startsWith ?? ""}`).toHaveLength(1);
  return found[0]!;
}

const texts = (comments: Comment[] | undefined): string[] => (comments ?? []).map((c) => c.text);

/** Asserts that every comment the scanner found is in the tree exactly once, with the same text and range. */
function expectEveryCommentOnce(text: string, ast: ConfigFile): void {
  const scanned = scan(text).comments;
  const attached = allComments(ast);
  expect(attached.map((c) => [c.text, c.range.start, c.range.end])).toEqual(scanned.map((c) => [c.text, c.start, c.end]));
}

const FILE = [
  "# file header", // 1
  "", // 2
  "# before TIMETEMPLATES", // 3
  "TIMETEMPLATES   # after TIMETEMPLATES", // 4
  "  # before template", // 5
  '  TIMETEMPLATE "t"  # after name', // 6
  '    DESCRIPTION "d" # after desc', // 7
  "    TIMETMPLCONDS", // 8
  "      TIMETMPLCOND", // 9
  "        TIME FROM 7:00 # mid-clause", // 10
  "             TO 19:00", // 11
  "", // 12
  "        # before weekday, blank above", // 13
  "        WEEKDAY ON Monday", // 14
  "RESPMGRCONFIGS", // 15
  "  RESPMGRCONFIG", // 16
  '    DESCRIPTION "x"', // 17
  "    SECONDARYMANAGERS", // 18
  '      SECONDARYMANAGER NODE IP 0.0.0.0 "m" # after node', // 19
  "    ACTIONALLOWMANAGERS", // 20
  "", // 21
  "    MSGTARGETRULES", // 22
  "      MSGTARGETRULE", // 23
  '        DESCRIPTION "r"', // 24
  "        MSGTARGETRULECONDS", // 25
  "          MSGTARGETRULECOND", // 26
  '            DESCRIPTION "c" ## double', // 27
  "            NODE IP 1.2.3.4 # after first node spec", // 28
  "                 IP 1.2.3.5", // 29
  "        MSGTARGETMANAGERS", // 30
  "          MSGTARGETMANAGER", // 31
  '            TIMETEMPLATE "t"', // 32
  '            OPCMGR IP 0.0.0.0 "m"', // 33
  "        ACKNONLOCALMGR # after ack", // 34
  "", // 35
  "# trailing 1", // 36
  "# trailing 2", // 37
  "",
].join("\n");

describe("comment attachment", () => {
  const { ast, diagnostics } = parse(FILE);

  it("the sample file parses cleanly", () => {
    expect(diagnostics).toEqual([]);
  });

  it("own-line comments before a clause lead that clause", () => {
    expect(texts(clause(ast, FILE, "TimeTemplates").leadingComments)).toEqual(["# file header", "# before TIMETEMPLATES"]);
    expect(texts(clause(ast, FILE, "TimeTemplate").leadingComments)).toEqual(["# before template"]);
    expect(texts(clause(ast, FILE, "WeekdayOn").leadingComments)).toEqual(["# before weekday, blank above"]);
  });

  it("a comment after code trails the innermost clause holding that code", () => {
    expect(texts(clause(ast, FILE, "TimeTemplates").trailingComments)).toEqual(["# after TIMETEMPLATES"]);
    expect(texts(clause(ast, FILE, "TimeTemplate").trailingComments)).toEqual(["# after name"]);
    expect(texts(clause(ast, FILE, "Description", 'DESCRIPTION "d"').trailingComments)).toEqual(["# after desc"]);
    expect(texts(clause(ast, FILE, "Description", 'DESCRIPTION "c"').trailingComments)).toEqual(["## double"]);
    expect(texts(clause(ast, FILE, "ManagerNode").trailingComments)).toEqual(["# after node"]);
    expect(texts(clause(ast, FILE, "AckNonLocalMgr").trailingComments)).toEqual(["# after ack"]);
  });

  it("a comment in the middle of a multi-line clause trails that clause", () => {
    expect(texts(clause(ast, FILE, "TimeRange").trailingComments)).toEqual(["# mid-clause"]);
    expect(texts(clause(ast, FILE, "NodeAttribute").trailingComments)).toEqual(["# after first node spec"]);
  });

  it("comments after the last clause are the file's dangling comments", () => {
    expect(texts(ast.danglingComments)).toEqual(["# trailing 1", "# trailing 2"]);
  });

  it("a trailing comment does not lead the next clause, and a leading one does not trail the previous", () => {
    expect(clause(ast, FILE, "Description", 'DESCRIPTION "d"').leadingComments).toBeUndefined();
    expect(clause(ast, FILE, "TimeConditions").leadingComments).toBeUndefined();
    expect(clause(ast, FILE, "TimeCondition").trailingComments).toBeUndefined();
    expect(clause(ast, FILE, "RespMgrConfigs").leadingComments).toBeUndefined();
  });

  it("every comment appears exactly once, in source order, with its exact text and range", () => {
    expectEveryCommentOnce(FILE, ast);
  });

  it("comment ranges slice back to the comment text", () => {
    for (const c of allComments(ast)) expect(FILE.slice(c.range.start, c.range.end)).toBe(c.text);
  });

  it("comments are never inside a clause's range when they follow its last token", () => {
    const desc = clause(ast, FILE, "Description", 'DESCRIPTION "d"');
    expect(FILE.slice(desc.range.start, desc.range.end)).toBe('DESCRIPTION "d"');
  });
});

describe("blank lines", () => {
  const { ast } = parse(FILE);

  it("blankLineBefore on comments", () => {
    const byText = new Map(allComments(ast).map((c) => [c.text, c.blankLineBefore]));
    expect(byText.get("# file header")).toBe(false);
    expect(byText.get("# before TIMETEMPLATES")).toBe(true);
    expect(byText.get("# after TIMETEMPLATES")).toBe(false);
    expect(byText.get("# before template")).toBe(false);
    expect(byText.get("# before weekday, blank above")).toBe(true);
    expect(byText.get("# trailing 1")).toBe(true);
    expect(byText.get("# trailing 2")).toBe(false);
  });

  it("blankLineBefore on a clause with a blank line directly before it", () => {
    expect(clause(ast, FILE, "TargetRules").blankLineBefore).toBe(true);
    expect(clause(ast, FILE, "ActionAllowManagers").blankLineBefore).toBeFalsy();
    expect(clause(ast, FILE, "RespMgrConfigs").blankLineBefore).toBeFalsy();
    expect(clause(ast, FILE, "TimeRange").blankLineBefore).toBeFalsy();
  });

  it("a blank line before a clause's leading comment is marked on the comment, not on the clause", () => {
    const weekday = clause(ast, FILE, "WeekdayOn");
    expect(weekday.leadingComments?.map((c) => [c.text, c.blankLineBefore])).toEqual([["# before weekday, blank above", true]]);
    expect(weekday.blankLineBefore).toBeFalsy();
  });

  it("several blank lines, blank lines of spaces, and CRLF blank lines count as one blank line", () => {
    const text = 'TIMETEMPLATES\r\n  TIMETEMPLATE "a"\r\n\r\n\r\n  TIMETEMPLATE "b"\n   \t \n  TIMETEMPLATE "c"\n  TIMETEMPLATE "d"\n';
    const { ast: a } = parse(text);
    expect(a.timeTemplates!.templates.map((t) => t.blankLineBefore === true)).toEqual([false, true, true, false]);
  });

  it("a blank line at the very start of the file does not count", () => {
    const text = "\n\n# first\n\nTIMETEMPLATES\n";
    const { ast: a } = parse(text);
    expect(allComments(a).map((c) => c.blankLineBefore)).toEqual([false]);
    expect(a.timeTemplates!.blankLineBefore).toBe(true);
  });

  it("a byte-order mark followed by a blank line does not count as content", () => {
    const { ast: a } = parse("\uFEFF\n\nTIMETEMPLATES\n# c\n");
    expect(a.timeTemplates!.blankLineBefore).toBeFalsy();
  });
});

describe("comment text", () => {
  it("keeps the text exactly, without the line end; CR of CRLF is stripped", () => {
    const text = "#a\r\n#  spaced  \t\r\nTIMETEMPLATES # x \"q\" 'q' é\r\n#\r\n";
    const { ast } = parse(text);
    expect(allComments(ast).map((c) => c.text)).toEqual(["#a", "#  spaced  \t", "# x \"q\" 'q' é", "#"]);
    for (const c of allComments(ast)) expect(c.text).not.toMatch(/[\r\n]/);
    expectEveryCommentOnce(text, ast);
  });

  it("a comment at the end of the file without a newline", () => {
    const { ast } = parse("TIMETEMPLATES # last");
    expect(texts(ast.timeTemplates!.trailingComments)).toEqual(["# last"]);
  });

  it("a # inside a string is not a comment", () => {
    const { ast } = parse('TIMETEMPLATES\n  TIMETEMPLATE "a # b" # real\n');
    expect(allComments(ast).map((c) => c.text)).toEqual(["# real"]);
    expect(ast.timeTemplates!.templates[0]!.name.value).toBe("a # b");
  });

  it("hpom-lint directives are ordinary comments", () => {
    const text = "# hpom-lint-disable-next-line HP2001\nTIMETEMPLATES\n";
    const { ast } = parse(text);
    expect(texts(ast.timeTemplates!.leadingComments)).toEqual(["# hpom-lint-disable-next-line HP2001"]);
  });
});

describe("special files", () => {
  it("a comments-only file: all comments dangle", () => {
    const text = "# a\n\n# b\n   # c\n";
    const { ast, diagnostics } = parse(text);
    expect(diagnostics).toEqual([]);
    expect(texts(ast.danglingComments)).toEqual(["# a", "# b", "# c"]);
    expect(ast.danglingComments.map((c) => c.blankLineBefore)).toEqual([false, true, false]);
  });

  it("a comment after a BOM", () => {
    const text = "\uFEFF# bom\nTIMETEMPLATES\n";
    const { ast } = parse(text);
    expect(ast.timeTemplates!.leadingComments?.map((c) => [c.text, c.range.start])).toEqual([["# bom", 1]]);
  });

  it("comments in an empty block trail the block when nothing follows inside it", () => {
    const text =
      'TIMETEMPLATES\n  TIMETEMPLATE "t"\n    TIMETMPLCONDS\n      TIMETMPLCOND\n        TIME FROM 7:00\n        # inside the clause\n        TO 19:00\n';
    const { ast } = parse(text);
    expect(texts(clause(ast, text, "TimeRange").trailingComments)).toEqual(["# inside the clause"]);
  });

  it("comments between sections lead the next section", () => {
    const text = "TIMETEMPLATES\n# between\nCONDSTATUSVARS\n# between 2\nRESPMGRCONFIGS\n";
    const { ast } = parse(text);
    expect(texts(ast.condStatusVars!.leadingComments)).toEqual(["# between"]);
    expect(texts(ast.respMgrConfigs!.leadingComments)).toEqual(["# between 2"]);
  });

  it("a one-line file with comments only at the end", () => {
    const text = 'RESPMGRCONFIGS RESPMGRCONFIG DESCRIPTION "x" # c';
    const { ast } = parse(text);
    expect(texts(clause(ast, text, "Description").trailingComments)).toEqual(["# c"]);
    expectEveryCommentOnce(text, ast);
  });
});

describe("every comment is kept exactly once, even in broken files", () => {
  const broken: [string, string][] = [
    [
      "a misplaced section",
      'RESPMGRCONFIGS # r\n  # in\n  RESPMGRCONFIG\n# before tt\nTIMETEMPLATES # tt\n  # t\n  TIMETEMPLATE "t" # after\n# end\n',
    ],
    ["a truncated file", "TIMETEMPLATES # a\n  TIMETEMPLATE # b\n  # c\n"],
    ["invalid characters", "# a\nTIMETEMPLATES { # b\n ; # c\n"],
    ["an unterminated string", 'TIMETEMPLATES\n  TIMETEMPLATE "open # not a comment\n  # real\n'],
    ["a stray word", "RESPMGRCONFIGS # a\n  FOO # b\n  # c\n  RESPMGRCONFIG # d\n"],
    ["a rule fragment", "RESPMGRCONFIGS\n  RESPMGRCONFIG # a\n    # b\n    MSGTARGETRULECONDS # c\n    MSGTARGETMANAGERS # d\n# e\n"],
    ["junk at the top", '# a\nFOO BAR # b\n# c\nOPCMGR IP 0.0.0.0 "m" # d\n'],
    ["a clause outside its block", '# lead\nTIMETEMPLATE "t" # t\n'],
    [
      "a second RESPMGRCONFIGS section",
      'RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "x"\nRESPMGRCONFIGS # second\n  RESPMGRCONFIG # c\n',
    ],
    ["a template cut off after its zone type", 'TIMETEMPLATES\n  TIMETEMPLATE "t"\n    DESCRIPTION "d" # a\n    TIMEZONETYPE Fix # b\n'],
    [
      "a rule cut off before its outcome",
      'RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "x"\n    MSGTARGETRULES\n      MSGTARGETRULE\n        DESCRIPTION "r" # a\n        MSGTARGETRULECONDS # b\n          MSGTARGETRULECOND # c\n            SEVERITY Major # d\n',
    ],
    [
      "a broken node spec before a DESCRIPTION",
      'RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "x"\n    SECONDARYMANAGERS\n      SECONDARYMANAGER\n        NODE IP IP 0.0.0.0 "m" # a\n        DESCRIPTION "d" # b\n',
    ],
  ];
  it.each(broken)("%s", (_name, text) => {
    const { ast } = parse(text);
    expectEveryCommentOnce(text, ast);
  });
});
