/**
 * `format` against the fixtures in this folder (issue #3): each `<case>/input`
 * must format to `<case>/output` byte for byte. The cases cover every construct
 * of docs/language.md#grammar and every comment position of docs/language.md#canonical-layout; the names say what each shows
 * (e.g. `bom-dropped`: parse skips a byte-order mark and print never writes
 * one, so format drops it). For every fixture:
 * - `format(input) === output`, and `format(output) === output` (idempotence);
 * - `print(parse(input).ast) === format(input)`;
 * - the tree is unchanged: `parse(output)` equals `parse(input)` without
 *   ranges, comments and blank-line marks (`bareTree`), once TIMETMPLCOND parts
 *   are put in the canonical order the printer writes them in;
 * - every comment is kept: the same multiset of comment texts, in the tree and
 *   in the text;
 * - the output has the canonical shape (LF only, no byte-order mark,
 *   two-space indentation, at most one blank line in a row, none at the start
 *   or end, one newline at the end).
 * Also: a file with syntax errors is refused with `HpomSyntaxError`, and every
 * file under `examples/` is already canonical.
 *
 * The fixtures are byte-exact (CRLF, BOM, tabs, trailing spaces):
 * `test/format/.gitattributes` keeps Git from touching them.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { format, HpomSyntaxError, parse, print } from "../../src/index.js";
import { isFlexibleManagementName } from "../../src/files/file-kind.js";
import { scan } from "../../src/lexer/scanner.js";
import { bareTree, commentTexts, withCanonicalPartOrder } from "../helpers.js";

const FIXTURES_DIR = fileURLToPath(new URL("./", import.meta.url));
const EXAMPLES_DIR = fileURLToPath(new URL("../../examples/", import.meta.url));

interface Fixture {
  name: string;
  input: string;
  output: string;
}

const FIXTURES: Fixture[] = readdirSync(FIXTURES_DIR, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort()
  .map((name) => ({
    name,
    // Read as UTF-8 without any normalisation: a BOM and CRLF stay in the string.
    input: readFileSync(join(FIXTURES_DIR, name, "input"), "utf8"),
    output: readFileSync(join(FIXTURES_DIR, name, "output"), "utf8"),
  }));

/** Canonical position of each TIMETMPLCOND part (docs/language.md#canonical-layout), as the printer orders them. */

/** Every shape rule of the canonical layout a formatted text must follow; returns the violations. */
function layoutProblems(text: string): string[] {
  const problems: string[] = [];
  if (text === "") return problems;
  if (text.includes("\r")) problems.push("contains CR");
  if (text.includes("\uFEFF")) problems.push("contains a byte-order mark");
  if (!text.endsWith("\n")) problems.push("no newline at the end");
  if (text.endsWith("\n\n")) problems.push("blank line at the end");
  if (text.startsWith("\n")) problems.push("blank line at the start");
  if (text.includes("\n\n\n")) problems.push("two blank lines in a row");
  text
    .slice(0, -1)
    .split("\n")
    .forEach((line, i) => {
      const indent = /^ */.exec(line)![0].length;
      if (line.startsWith("\t")) problems.push(`line ${i + 1}: tab indentation`);
      // Continuation lines of a NODE list align under the first node spec (5 columns past `NODE`).
      const continuation = /^ *(IP|OTHER|NODEGROUP|"|\$)/.test(line);
      if (!continuation && indent % 2 !== 0) problems.push(`line ${i + 1}: odd indentation`);
      if (line !== "" && line.trim() === "") problems.push(`line ${i + 1}: whitespace-only line`);
    });
  return problems;
}

describe("format fixtures (test/format/<case>/{input,output})", () => {
  it("there are fixtures, each with an input and an output", () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(30);
  });

  describe.each(FIXTURES)("$name", ({ input, output }) => {
    const parsed = parse(input);

    it("input parses without diagnostics", () => {
      expect(parsed.diagnostics).toEqual([]);
    });

    it("format(input) === output", () => {
      expect(format(input)).toBe(output);
    });

    it("format(output) === output (idempotent)", () => {
      expect(format(output)).toBe(output);
    });

    it("print(parse(input).ast) === format(input)", () => {
      expect(print(parsed.ast)).toBe(format(input));
    });

    it("the tree is unchanged, apart from ranges, comments, blank lines and the order of TIMETMPLCOND parts", () => {
      const again = parse(format(input));
      expect(again.diagnostics).toEqual([]);
      expect(bareTree(again.ast)).toEqual(bareTree(withCanonicalPartOrder(parsed.ast)));
    });

    it("every comment is kept: same multiset of comment texts", () => {
      const formatted = format(input);
      const before = scan(input)
        .comments.map((c) => c.text)
        .sort();
      expect(commentTexts(parsed.ast)).toEqual(before);
      expect(commentTexts(parse(formatted).ast)).toEqual(before);
      expect(
        scan(formatted)
          .comments.map((c) => c.text)
          .sort(),
      ).toEqual(before);
    });

    it("the output has the canonical shape", () => {
      expect(layoutProblems(output)).toEqual([]);
    });
  });
});

describe("format refuses files with syntax errors", () => {
  const BROKEN: [string, string][] = [
    ["missing string", "RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION\n"],
    ["unterminated string", 'RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "no end\n'],
    ["invalid character", "RESPMGRCONFIGS {\n"],
    ["invalid literal", 'TIMETEMPLATES\n  TIMETEMPLATE "t"\n    TIMETMPLCONDS\n      TIMETMPLCOND\n        TIME FROM 7 TO 8:00\n'],
    ["wrong-case keyword", "respmgrconfigs\n"],
    ["invalid value", 'TIMETEMPLATES\n  TIMETEMPLATE "t"\n    TIMETMPLCONDS\n      TIMETMPLCOND\n        WEEKDAY ON Funday\n'],
    ["sections out of order", "RESPMGRCONFIGS\nTIMETEMPLATES\n"],
    [
      "bare rule tail (rule fragment)",
      'RESPMGRCONFIGS\n  RESPMGRCONFIG\n    MSGTARGETRULECONDS\n    MSGTARGETMANAGERS\n      MSGTARGETMANAGER\n        TIMETEMPLATE "$OPC_ALWAYS"\n        OPCMGR IP 0.0.0.0 "m"\n',
    ],
  ];

  it.each(BROKEN)("%s", (_name, text) => {
    const errors = parse(text).diagnostics.filter((d) => d.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    let thrown: unknown;
    try {
      format(text);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(HpomSyntaxError);
    const e = thrown as HpomSyntaxError;
    expect(e.name).toBe("HpomSyntaxError");
    expect(e.diagnostics).toEqual(errors);
    const first = errors[0]!;
    expect(e.message).toContain(`input:${first.range.start.line}:${first.range.start.column}: ${first.message}`);
  });

  it("names the file given as filename", () => {
    expect(() => format("RESPMGRCONFIGS {\n", { filename: "allnodes" })).toThrow(/^allnodes:1:16: /);
  });
});

describe("print of a tree with rule fragments (a syntax error format refuses; the tree stays printable)", () => {
  const TEXT = [
    "RESPMGRCONFIGS",
    "  RESPMGRCONFIG",
    '    DESCRIPTION "bare rule tail, as in HP\'s pooling guide"',
    "",
    "    # before the fragment",
    "    MSGTARGETRULECONDS  # on its first line",
    "    MSGTARGETMANAGERS",
    "      MSGTARGETMANAGER",
    '        TIMETEMPLATE "$OPC_ALWAYS"',
    '        OPCMGR IP 0.0.0.0 "m"',
    "  RESPMGRCONFIG",
    "    MSGTARGETRULES",
    "      # before the fragment in the list",
    "      MSGTARGETRULECONDS",
    "      MSGOPERATIONS",
    "        MSGOPERATION",
    "          SUPPRESS",
    "",
  ].join("\n");

  it("is refused by format", () => {
    expect(parse(TEXT).diagnostics.map((d) => d.name)).toEqual(["rule-fragment", "rule-fragment"]);
    expect(() => format(TEXT)).toThrow(HpomSyntaxError);
  });

  it("keeps the comments and the blank line before each fragment", () => {
    expect(print(parse(TEXT).ast)).toBe(TEXT);
  });
});

describe("the example files are already canonical", () => {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (isFlexibleManagementName(name)) files.push(path); // not the pool models and their runbooks
    }
  };
  walk(EXAMPLES_DIR);

  it("there are example files", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [relative(EXAMPLES_DIR, f), f]))("%s", (_name, path) => {
    const text = readFileSync(path, "utf8");
    expect(format(text)).toBe(text);
  });
});
