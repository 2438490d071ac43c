/**
 * `format` on text full of stray carriage returns (fast-check over an alphabet of
 * CR, LF, `#`, quotes and keywords): whatever it accepts, formatting again changes
 * nothing, in the library and with the CLI's line-ending style, and every
 * comment's text comes out as it went in.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inStyleOf } from "../../src/cli/keep-style.js";
import { format, HpomSyntaxError } from "../../src/index.js";
import { scan } from "../../src/lexer/scanner.js";
import { runInProcess } from "../cli/run-in-process.js";
import { workspace } from "../cli/workspace.js";

const PIECES = [
  "\r",
  "\r",
  "\r",
  "\r",
  "\n",
  "\n",
  "\r\n",
  " ",
  "\t",
  "#",
  "#",
  "# c",
  '"',
  '"t"',
  "x",
  "\\",
  "TIMETEMPLATES",
  "TIMETEMPLATE",
  "DESCRIPTION",
  "TIMETMPLCONDS",
  "TIMETMPLCOND",
  "TIMECONDTYPE",
  "Match",
  "TIME",
  "FROM",
  "TO",
  "10:00",
  "RESPMGRCONFIGS",
  "RESPMGRCONFIG",
  "SECONDARYMANAGERS",
  "ACTIONALLOWMANAGERS",
  "MSGTARGETRULES",
  "CONDSTATUSVARS",
  "CONDSTATUSVAR",
  "True",
];

const loose = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(""));

/** The tokens of a valid file, so that most texts built on them format. */
const TOKENS =
  'TIMETEMPLATES TIMETEMPLATE "t" DESCRIPTION "d" TIMETMPLCONDS TIMETMPLCOND TIME FROM 7:00 TO 19:00 RESPMGRCONFIGS RESPMGRCONFIG DESCRIPTION "x" SECONDARYMANAGERS ACTIONALLOWMANAGERS'.split(
    " ",
  );

/** Whitespace, CRs and comments, ending in a separator so that a comment never swallows the next token. */
const gapText = fc
  .tuple(
    fc.array(fc.constantFrom("\r", "\r", "\n", "\r\n", " ", "\t", "#", "# c", '# "'), { maxLength: 6 }),
    fc.constantFrom(" ", "\n", "\r\n", "\r\r\n"),
  )
  .map(([parts, end]) => (parts.some((p) => p.startsWith("#")) ? `${parts.join("")}\n` : parts.join("") + end));

const valid = fc
  .array(gapText, { minLength: TOKENS.length + 1, maxLength: TOKENS.length + 1 })
  .map((gaps) => TOKENS.map((t, i) => gaps[i] + t).join("") + gaps[TOKENS.length]!);

const text = fc.oneof(loose, valid);

/** `format(t)`, or undefined when `t` has syntax errors. */
function formatted(t: string): string | undefined {
  try {
    return format(t);
  } catch (error) {
    if (error instanceof HpomSyntaxError) return undefined;
    throw error;
  }
}

const comments = (t: string): string[] =>
  scan(t)
    .comments.map((c) => c.text)
    .sort();

describe("format with stray carriage returns", () => {
  it('"#\\r\\r" formats to "#\\n", and that is stable', () => {
    expect(format("#\r\r")).toBe("#\n");
    expect(format(format("#\r\r"))).toBe(format("#\r\r"));
    expect(format("TIMETEMPLATES  # a\rb\r\r\n")).toBe("TIMETEMPLATES  # a\rb\n");
  });

  it("format is idempotent and keeps each comment's text, alone and in the input's line-ending style", () => {
    fc.assert(
      fc.property(text, (t) => {
        const once = formatted(t);
        if (once === undefined) return;
        expect(format(once), JSON.stringify(t)).toBe(once);
        expect(comments(once), JSON.stringify(t)).toEqual(comments(t));
        const styled = inStyleOf(once, t);
        expect(inStyleOf(format(styled), styled), JSON.stringify(t)).toBe(styled);
      }),
      { numRuns: 2000 },
    );
  });

  it("fmt --write then fmt --check exits 0", async () => {
    const files = { allnodes: "#\r\r", msgforw: "TIMETEMPLATES\r\n# a\r\r\n  # b\r\rc\r\r", escmgr: "TIMETEMPLATES\n# x\r\r\n" };
    const dir = workspace(files);
    expect((await runInProcess(["fmt", "--write", "."], { cwd: dir })).code).toBe(0);
    expect((await runInProcess(["fmt", "--check", "."], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, "msgforw"), "utf8")).toBe("TIMETEMPLATES\r\n# a\r\n# b\r\rc\r\n");
    expect(readFileSync(join(dir, "escmgr"), "utf8")).toBe("TIMETEMPLATES\n# x\n");
  });
});
