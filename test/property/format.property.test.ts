/**
 * Properties of `print` and `format` (fast-check, 1,000 runs each; a failure
 * prints its seed, its counterexample and the texts involved):
 * (a) `parse(print(ast))` gives back `ast` (ranges ignored) with no diagnostics,
 *     for random valid trees in canonical shape (see `Shape` for what that means);
 * (b) `format` is idempotent on `print(ast)` and keeps its tree; it leaves the
 *     output of a canonical tree alone;
 * (c) `format` keeps the multiset of comments;
 * (d) re-laying out a file (any whitespace, line breaks, tabs, CRLF, a BOM — never
 *     inside a string or a comment, a comment staying last on its line, blank
 *     lines kept where there were some) does not change what `format` makes of
 *     it; the file is `print(ast)` with extra comments between any two tokens;
 * (e) on such files (comments inside clauses too), `format` keeps the tree and
 *     every comment and is idempotent;
 * (f) on such files, the trees `prettier --debug-check` compares (the Prettier
 *     plugin's `massageAstNode`) are the same for the file and its formatted text.
 * The random trees come from `arbitraries.ts`.
 */
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { format, parse, print } from "../../src/index.js";
import { scan } from "../../src/lexer/scanner.js";
import plugin from "../../src/prettier/index.js";
import { bareTree, commentTexts, withCanonicalPartOrder, withoutRanges } from "../helpers.js";
import { CANONICAL, commentText, LOOSE } from "./arbitraries.js";

// `npm run fuzz` checks the same properties for as long as it is given; here enough runs for every push.
const RUNS = { numRuns: 500 };

/** Fails with `message` unless `condition` holds (`expect` is slow for thousands of runs). */
function check(condition: boolean, message: () => string): void {
  if (!condition) throw new Error(message());
}

/** `expect(actual).toEqual(expected)`, after a cheap check first (its diff only when needed). */
function expectEqual(actual: unknown, expected: unknown, context: () => string): void {
  if (isDeepStrictEqual(actual, expected)) return;
  expect(actual, context()).toEqual(expected);
}

const show = (label: string, text: string): string => `${label} (${JSON.stringify(text)}):\n${text}`;

// ---- re-layout (property d) ----

/** How one gap between two tokens (or comments) is written. */
interface GapStyle {
  /** Line breaks wanted; adjusted to what the gap may hold. */
  newlines: number;
  crlf: boolean;
  /** Spaces, tabs and form feeds before the first line break (or alone), between breaks, after the last. */
  before: string;
  middle: string;
  after: string;
}

const horizontal = fc.array(fc.constantFrom(" ", " ", "  ", "\t", "\f", "\v"), { maxLength: 3 }).map((s) => s.join(""));
const gapStyle: fc.Arbitrary<GapStyle> = fc.record({
  newlines: fc.nat({ max: 3 }),
  crlf: fc.boolean(),
  before: horizontal,
  middle: horizontal,
  after: horizontal,
});

interface Relayout {
  styles: GapStyle[];
  /** Text before the first token (blank lines there are never kept). */
  lead: string;
  /** Which of a few endings follows the last token or comment. */
  tail: number;
  bom: boolean;
}

const relayout: fc.Arbitrary<Relayout> = fc.record({
  styles: fc.array(gapStyle, { minLength: 1, maxLength: 24 }),
  lead: fc.constantFrom("", "\n", "\n\n\n", " \t", "\r\n\r\n  ", "\f\n"),
  tail: fc.nat({ max: 4 }),
  bom: fc.boolean(),
});

type ItemKind = "token" | "trailing-comment" | "own-line-comment";

/**
 * Writes the tokens and comments of `text` again with other whitespace between
 * them. What `format` depends on is kept: each comment stays trailing (after code
 * on its line) or on a line of its own, and a gap holds a blank line exactly when
 * it held one before. Strings, comments and literals are copied unchanged.
 */
function relaid(text: string, r: Relayout): string {
  const scanned = scan(text);
  const items: { start: number; end: number; kind: ItemKind }[] = [
    ...scanned.tokens.map((t) => ({ start: t.startOffset, end: t.startOffset + t.image.length, kind: "token" as const })),
    ...scanned.comments.map((c) => ({
      start: c.start,
      end: c.end,
      kind: c.trailing ? ("trailing-comment" as const) : ("own-line-comment" as const),
    })),
  ].sort((a, b) => a.start - b.start);
  let out = (r.bom ? "\uFEFF" : "") + r.lead;
  items.forEach((item, i) => {
    const prev = items[i - 1];
    if (prev) {
      const original = text.slice(prev.end, item.start);
      const blank = original.split("\n").length - 1 >= 2;
      const style = r.styles[i % r.styles.length]!;
      out += gap(prev.kind, item.kind, blank, style);
    }
    out += text.slice(item.start, item.end);
  });
  const last = items[items.length - 1];
  const endsInComment = last !== undefined && last.kind !== "token";
  // After a comment, anything but a line break would become part of it.
  out += endsInComment ? ["", "\n", "\r\n", "\n\n \n", "\r\n\t"][r.tail]! : ["", " ", "\n", "\t\r\n", "\n\n\n"][r.tail]!;
  return out;
}

function gap(prev: ItemKind, next: ItemKind, blank: boolean, style: GapStyle): string {
  // A trailing comment stays on the line of the token before it.
  if (next === "trailing-comment") return style.before;
  let newlines: number;
  if (blank) newlines = style.newlines >= 3 ? 3 : 2;
  else if (prev !== "token" || next === "own-line-comment") newlines = 1;
  else newlines = Math.min(style.newlines, 1);
  if (newlines === 0) return style.before === "" ? " " : style.before;
  const nl = style.crlf ? "\r\n" : "\n";
  // A comment runs to the end of its line: the gap after one starts with the line break.
  return (prev === "token" ? style.before : "") + Array.from({ length: newlines }, () => nl).join(style.middle) + style.after;
}

// ---- comments anywhere (properties d and e) ----

/** What to add after one token or comment of a printed file. */
type Insertion = { kind: "none" } | { kind: "trailing" | "own-line"; text: string };

const insertion: fc.Arbitrary<Insertion> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null).map((): Insertion => ({ kind: "none" })) },
  { weight: 1, arbitrary: commentText.map((text): Insertion => ({ kind: "trailing", text })) },
  { weight: 1, arbitrary: commentText.map((text): Insertion => ({ kind: "own-line", text })) },
);

/**
 * `text` with more comments (cycling through `insertions`) wherever a comment may
 * stand: after any token, or on a line of its own between any two tokens, inside
 * clauses too, where `print` never puts one.
 */
function withMoreComments(text: string, insertions: readonly Insertion[]): string {
  const scanned = scan(text);
  const items = [
    ...scanned.tokens.map((t) => ({ start: t.startOffset, end: t.startOffset + t.image.length, trailingComment: false, token: true })),
    ...scanned.comments.map((c) => ({ start: c.start, end: c.end, trailingComment: c.trailing, token: false })),
  ].sort((a, b) => a.start - b.start);
  let out = text.slice(0, items[0]?.start ?? text.length);
  items.forEach((item, i) => {
    const next = items[i + 1];
    const original = text.slice(item.end, next ? next.start : text.length);
    const add = insertions[i % insertions.length]!;
    out += text.slice(item.start, item.end);
    const lineBreak = original.includes("\n") ? original : "\n";
    // A comment added after a token must not run into a comment already on that line.
    if (add.kind === "trailing" && item.token && !next?.trailingComment) out += ` ${add.text}${lineBreak}`;
    else if (add.kind === "own-line") out += `${lineBreak}${add.text}\n`;
    else out += original;
  });
  return out;
}

// ---- properties ----

describe("print and format on random valid trees", () => {
  it("(a) parse(print(ast)) gives back the tree (ranges ignored) with no diagnostics", () => {
    fc.assert(
      fc.property(CANONICAL, (ast) => {
        const text = print(ast);
        const result = parse(text);
        check(
          result.diagnostics.length === 0,
          () => `${show("printed", text)}\ndiagnostics: ${JSON.stringify(result.diagnostics, null, 1)}`,
        );
        expectEqual(withoutRanges(result.ast), withoutRanges(withCanonicalPartOrder(ast)), () => show("printed", text));
      }),
      RUNS,
    );
  });

  it("(b) format leaves print(ast) of a canonical tree unchanged", () => {
    fc.assert(
      fc.property(CANONICAL, (ast) => {
        const text = print(ast);
        const formatted = format(text);
        check(formatted === text, () => `${show("printed", text)}\n${show("formatted", formatted)}`);
      }),
      RUNS,
    );
  });

  it("(b) format is idempotent on print(ast) of any tree, and keeps the tree apart from comments and blank lines", () => {
    fc.assert(
      fc.property(LOOSE, (ast) => {
        const text = print(ast);
        const once = format(text);
        const twice = format(once);
        check(twice === once, () => `${show("printed", text)}\n${show("formatted once", once)}\n${show("formatted twice", twice)}`);
        expectEqual(
          bareTree(parse(once).ast),
          bareTree(withCanonicalPartOrder(ast)),
          () => `${show("printed", text)}\n${show("formatted", once)}`,
        );
      }),
      RUNS,
    );
  });

  it("(c) format keeps the multiset of comments", () => {
    fc.assert(
      fc.property(LOOSE, (ast) => {
        const text = print(ast);
        const formatted = format(text);
        const expected = commentTexts(ast);
        const context = () => `${show("printed", text)}\n${show("formatted", formatted)}`;
        expectEqual(commentTexts(parse(formatted).ast), expected, context);
        expectEqual(
          scan(formatted)
            .comments.map((c) => c.text)
            .sort(),
          expected,
          context,
        );
      }),
      RUNS,
    );
  });

  it("(d) format of a re-laid-out file equals format of the original (comments anywhere)", () => {
    fc.assert(
      fc.property(LOOSE, fc.array(insertion, { minLength: 1, maxLength: 16 }), relayout, (ast, insertions, r) => {
        const text = withMoreComments(print(ast), insertions);
        const moved = relaid(text, r);
        const context = () => `${show("printed", text)}\n${show("re-laid out", moved)}`;
        const result = parse(moved);
        check(result.diagnostics.length === 0, () => `${context()}\ndiagnostics: ${JSON.stringify(result.diagnostics, null, 1)}`);
        const expected = format(text);
        const actual = format(moved);
        check(actual === expected, () => `${context()}\n${show("format(original)", expected)}\n${show("format(re-laid out)", actual)}`);
      }),
      RUNS,
    );
  });

  it("(e) with comments anywhere, format keeps the tree and every comment, and is idempotent", () => {
    fc.assert(
      fc.property(LOOSE, fc.array(insertion, { minLength: 1, maxLength: 16 }), (ast, insertions) => {
        const text = withMoreComments(print(ast), insertions);
        const result = parse(text);
        check(result.diagnostics.length === 0, () => `${show("input", text)}\ndiagnostics: ${JSON.stringify(result.diagnostics, null, 1)}`);
        const once = format(text);
        const context = () => `${show("input", text)}\n${show("formatted", once)}`;
        const twice = format(once);
        check(twice === once, () => `${context()}\n${show("formatted twice", twice)}`);
        const comments = scan(text)
          .comments.map((c) => c.text)
          .sort();
        expectEqual(commentTexts(result.ast), comments, context);
        expectEqual(commentTexts(parse(once).ast), comments, context);
        expectEqual(bareTree(parse(once).ast), bareTree(withCanonicalPartOrder(result.ast)), context);
      }),
      RUNS,
    );
  });

  it("(f) with comments anywhere, prettier --debug-check's trees of the file and of its formatted text are equal", async () => {
    // What the CLI's --debug-check calls for each tree (Prettier's debug API, not in its type declarations).
    const debug = (
      prettier as unknown as {
        __debug: { parse(text: string, options: prettier.Options, dev: { massage: boolean }): Promise<{ ast: unknown }> };
      }
    ).__debug;
    const massaged = async (text: string) =>
      JSON.stringify((await debug.parse(text, { parser: "hpom", plugins: [plugin as prettier.Plugin] }, { massage: true })).ast, null, 1);
    await fc.assert(
      fc.asyncProperty(LOOSE, fc.array(insertion, { minLength: 1, maxLength: 16 }), async (ast, insertions) => {
        const text = withMoreComments(print(ast), insertions);
        const once = format(text);
        const [before, after] = [await massaged(text), await massaged(once)];
        if (before !== after) expect(after, `${show("input", text)}\n${show("formatted", once)}`).toBe(before);
      }),
      { numRuns: 250 },
    );
  });
});
