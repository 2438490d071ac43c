/**
 * Line structure is not significant (docs/language.md#whitespace-and-layout): every example file, laid
 * out in other ways, must parse to the same tree as the tidy original.
 *
 *   (a) one line: the tokens joined by single spaces, comments dropped;
 *   (b) CR LF line ends, tabs for the indentation, extra blank lines;
 *   (c) a trailing comment after every line that has code.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse, type Comment, type Diagnostic } from "../../src/index.js";
import { scan } from "../../src/lexer/scanner.js";
import { bareTree, withoutRanges } from "../helpers.js";

const EXAMPLES_DIR = fileURLToPath(new URL("../../examples/", import.meta.url));
const FILE_NAME = /^(?:allnodes|msgforw|escmgr|mgrconf|outage|[0-9a-fA-F]{8})$/;

/** Every flexible-management file below `dir`, as [path relative to `dir`, text], sorted. */
function findExamples(dir: string): [string, string][] {
  const found: [string, string][] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && FILE_NAME.test(entry.name)) {
        found.push([relative(dir, full).split(sep).join("/"), readFileSync(full, "utf8")]);
      }
    }
  };
  walk(dir);
  return found.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function report(diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return "no diagnostics";
  return diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.code}/${d.name}: ${d.message}`).join("\n");
}

/**
 * Offset of the `#` that starts the comment on `line`, or -1. A `#` inside a
 * double-quoted string is an ordinary character; `\` escapes the next one.
 */
function commentStart(line: string): number {
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "#") return i;
  }
  return -1;
}

/** Whether `line` holds something other than whitespace and a comment. */
function hasCode(line: string): boolean {
  const hash = commentStart(line);
  return (hash < 0 ? line : line.slice(0, hash)).trim() !== "";
}

/** (a) All tokens on one line, separated by single spaces; comments cannot survive this. */
function oneLine(text: string): string {
  return scan(text)
    .tokens.map((t) => t.image)
    .join(" ");
}

/**
 * (b) CR LF line ends; each two spaces of indentation (and any odd space left)
 * become a tab; a blank line before the first line, after every third line
 * (some of them holding only a tab and spaces), and two at the end.
 */
function messyWhitespace(text: string): string {
  const out: string[] = [""];
  text
    .replace(/\n$/, "")
    .split("\n")
    .forEach((line, i) => {
      const indent = /^ */.exec(line)![0].length;
      out.push("\t".repeat(Math.ceil(indent / 2)) + line.slice(indent));
      if (i % 3 === 2) out.push(i % 2 === 0 ? "" : " \t ");
    });
  out.push("", "", "");
  return out.join("\r\n");
}

/** The marker text of the comment (c) appends to line `n` (0-based). */
const marker = (n: number): string => `# layout check, line ${n + 1}`;

/** (c) A trailing comment after every line that has code and no comment yet. */
function trailingComments(text: string): { text: string; added: string[] } {
  const added: string[] = [];
  const lines = text.split("\n").map((line, n) => {
    if (!hasCode(line) || commentStart(line) >= 0) return line;
    added.push(marker(n));
    return `${line}  ${marker(n)}`;
  });
  return { text: lines.join("\n"), added };
}

const COMMENT_KEYS = ["leadingComments", "trailingComments", "danglingComments"] as const;
type CommentKey = (typeof COMMENT_KEYS)[number];

/** Every comment attached anywhere in the tree, with the key it was found under, in source order. */
function attachedComments(tree: unknown): { key: CommentKey; comment: Comment }[] {
  const found: { key: CommentKey; comment: Comment }[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (!value || typeof value !== "object") return;
    for (const [k, v] of Object.entries(value)) {
      if ((COMMENT_KEYS as readonly string[]).includes(k) && Array.isArray(v)) {
        for (const c of v as Comment[]) found.push({ key: k as CommentKey, comment: c });
      } else visit(v);
    }
  };
  visit(tree);
  return found.sort((a, b) => a.comment.range.start - b.comment.range.start);
}

/** The texts of all attached comments, in source order. */
function commentTexts(tree: unknown): string[] {
  return attachedComments(tree).map((c) => c.comment.text);
}

/** A copy of `value` without `blankLineBefore` marks (extra blank lines change them, nothing else). */
function withoutBlankLineMarks(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutBlankLineMarks);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (k !== "blankLineBefore") out[k] = withoutBlankLineMarks(v);
    return out;
  }
  return value;
}

const examples = findExamples(EXAMPLES_DIR);

describe("layout does not matter", () => {
  it("finds the example files", () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  describe.each(examples)("%s", (path, tidy) => {
    const reference = parse(tidy, { filename: path });

    it("parses the tidy file without diagnostics and keeps every comment", () => {
      expect(reference.diagnostics, report(reference.diagnostics)).toEqual([]);
      expect(commentTexts(reference.ast)).toEqual(scan(tidy).comments.map((c) => c.text));
    });

    it("(a) parses the one-line version to the same tree", () => {
      const text = oneLine(tidy);
      expect(text).not.toContain("\n");
      const { ast, diagnostics } = parse(text, { filename: path });
      expect(diagnostics, report(diagnostics)).toEqual([]);
      expect(bareTree(ast)).toEqual(bareTree(reference.ast));
      expect(commentTexts(ast)).toEqual([]);
    });

    it("(b) parses CR LF, tabs and extra blank lines to the same tree, comments included", () => {
      const text = messyWhitespace(tidy);
      const { ast, diagnostics } = parse(text, { filename: path });
      expect(diagnostics, report(diagnostics)).toEqual([]);
      expect(bareTree(ast)).toEqual(bareTree(reference.ast));
      // The same comments, in the same order, without the CR of the line end ...
      expect(commentTexts(ast)).toEqual(commentTexts(reference.ast));
      // ... attached to the same clauses.
      expect(withoutBlankLineMarks(withoutRanges(ast))).toEqual(withoutBlankLineMarks(withoutRanges(reference.ast)));
    });

    it("(c) parses a trailing comment on every code line to the same tree, each trailing its line", () => {
      const { text, added } = trailingComments(tidy);
      expect(added.length).toBeGreaterThan(0);
      const { ast, diagnostics } = parse(text, { filename: path });
      expect(diagnostics, report(diagnostics)).toEqual([]);
      expect(bareTree(ast)).toEqual(bareTree(reference.ast));
      const comments = attachedComments(ast);
      const trailing = new Set(comments.filter((c) => c.key === "trailingComments").map((c) => c.comment.text));
      const misplaced = added.filter((m) => !trailing.has(m));
      expect(misplaced, "added comments not attached as trailing comments").toEqual([]);
      expect(comments.map((c) => c.comment.text).filter((t) => !added.includes(t))).toEqual(commentTexts(reference.ast));
    });
  });
});
