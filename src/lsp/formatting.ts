/**
 * Formatting in the canonical layout (the CLI's `fmt`): of the whole document,
 * or of the clauses that cover a range. A document with syntax errors is left
 * as it is, as `fmt` leaves it.
 */
import { TextEdit, type Range } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Clause } from "../ast/nodes.js";
import { clausesOf } from "../ast/walk.js";
import { inStyleOf } from "../cli/keep-style.js";
import { format, HpomSyntaxError } from "../format/format.js";
import { parse } from "../parser/parse.js";
import { isCheckable } from "./check.js";
import { rangeOf } from "./diagnostics.js";

/** The canonical text of `doc`, or undefined when it cannot be formatted (syntax errors, too large). */
function formatted(doc: TextDocument, filename: string): string | undefined {
  if (!isCheckable(doc)) return undefined;
  try {
    const text = doc.getText();
    return inStyleOf(format(text, { filename }), text);
  } catch (error) {
    if (error instanceof HpomSyntaxError) return undefined;
    throw error;
  }
}

/** The edits that format the whole of `doc`: none when it is canonical or cannot be formatted. */
export function formatDocument(doc: TextDocument, filename: string): TextEdit[] {
  const text = doc.getText();
  const out = formatted(doc, filename);
  if (out === undefined || out === text) return [];
  return [TextEdit.replace(rangeOf(doc, 0, text.length), out)];
}

/** Where the clause at `offset` starts with its indentation: the line's start when only blanks precede it there. */
function indentedStart(text: string, offset: number): number {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  return /^[ \t]*$/.test(text.slice(start, offset)) ? start : offset;
}

/** The innermost clause holding all of `start`–`end`, with its index in `clauses`. */
function covering(clauses: readonly Clause[], start: number, end: number): number {
  let found = -1;
  clauses.forEach((c, i) => {
    // Pre-order: a later clause that holds the range lies inside the earlier ones that do.
    if (c.range.start <= start && end <= c.range.end) found = i;
  });
  return found;
}

/**
 * The edits that format the clauses covering `range`: the innermost clause
 * holding the whole of its lines, replaced by the same clause of the formatted
 * document. The formatted tree has the same clauses in the same order (the
 * printer only lays them out), so they pair by position.
 */
export function formatRange(doc: TextDocument, range: Range, filename: string): TextEdit[] {
  const text = doc.getText();
  const out = formatted(doc, filename);
  if (out === undefined || out === text) return [];
  const from = doc.offsetAt({ line: range.start.line, character: 0 });
  const lastLine = range.end.character === 0 && range.end.line > range.start.line ? range.end.line - 1 : range.end.line;
  const to = doc.offsetAt({ line: lastLine + 1, character: 0 });
  const before = clausesOf(parse(text).ast);
  const after = clausesOf(parse(out).ast);
  // Trailing blanks and the line end are outside every clause: compare with the code on the lines.
  const codeEnd = from + text.slice(from, to).trimEnd().length;
  const codeStart = from + (text.slice(from, codeEnd).length - text.slice(from, codeEnd).trimStart().length);
  const index = covering(before, codeStart, Math.max(codeStart, codeEnd));
  const old = before[index];
  const formattedClause = after[index];
  if (!old || formattedClause?.type !== old.type || before.length !== after.length) {
    return [TextEdit.replace(rangeOf(doc, 0, text.length), out)];
  }
  const start = indentedStart(text, old.range.start);
  const outStart = indentedStart(out, formattedClause.range.start);
  // A clause that shared its line with the one before it gets a line of its own, as in the canonical layout.
  const newLine = start === old.range.start && start > 0 && text[start - 1] !== "\n" && outStart !== formattedClause.range.start;
  const lineEnd = out.includes("\r\n") ? "\r\n" : "\n";
  const replacement = (newLine ? lineEnd : "") + out.slice(outStart, formattedClause.range.end);
  if (text.slice(start, old.range.end) === replacement) return [];
  return [TextEdit.replace(rangeOf(doc, start, old.range.end), replacement)];
}
