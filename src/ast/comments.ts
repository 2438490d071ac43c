/**
 * Attaches every comment to the clause it belongs to, so the printer can put it
 * back (spec §10): a comment alone on its line leads the next clause of the
 * same block; a comment after code on its line trails the innermost clause
 * holding that code; comments after the last clause are the file's dangling
 * comments. A line-based rule of our own, not Prettier's generic algorithm:
 * the tree is small and the layout is line-oriented.
 */
import type { IToken } from "chevrotain";
import type { CommentToken } from "../lexer/scanner.js";
import type { Clause, Comment, ConfigFile } from "./nodes.js";
import { clausesOf } from "./walk.js";

function isBlankBefore(text: string, offset: number, bodyStart: number): boolean {
  let newlines = 0;
  for (let i = offset - 1; i >= bodyStart; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) newlines++;
    else if (c !== 32 && c !== 9 && c !== 13 && c !== 12 && c !== 11) return newlines >= 2;
  }
  return false;
}

function hasNewline(text: string, from: number, to: number): boolean {
  const i = text.indexOf("\n", from);
  return i !== -1 && i < to;
}

function push(list: Comment[] | undefined, comment: Comment): Comment[] {
  if (list) {
    list.push(comment);
    return list;
  }
  return [comment];
}

/** Builds comment nodes and attaches them to the clauses of `file`. */
export function attachComments(file: ConfigFile, comments: readonly CommentToken[], tokens: readonly IToken[], text: string, bodyStart: number): void {
  if (comments.length === 0) return;
  const clauses = clausesOf(file);
  const open: Clause[] = [];
  let next = 0;
  let tokenIndex = -1;

  for (const c of comments) {
    const comment: Comment = {
      type: "Comment",
      text: c.text,
      range: { start: c.start, end: c.end },
      blankLineBefore: isBlankBefore(text, c.start, bodyStart),
    };
    while (tokenIndex + 1 < tokens.length && tokens[tokenIndex + 1]!.startOffset < c.start) tokenIndex++;
    const previous = tokenIndex >= 0 ? tokens[tokenIndex]! : undefined;
    const trailing = previous !== undefined && !hasNewline(text, previous.endOffset! + 1, c.start);
    const at = trailing ? previous.startOffset : c.start;

    // Keep `open` as the chain of clauses containing `at`, innermost last.
    while (next < clauses.length && clauses[next]!.range.start <= at) {
      const clause = clauses[next++]!;
      while (open.length > 0 && open[open.length - 1]!.range.end <= clause.range.start) open.pop();
      open.push(clause);
    }
    while (open.length > 0 && open[open.length - 1]!.range.end <= at) open.pop();
    const container = open[open.length - 1];

    if (trailing && container) {
      container.trailingComments = push(container.trailingComments, comment);
      continue;
    }
    const following = clauses[next];
    if (following && (!container || following.range.start < container.range.end)) {
      following.leadingComments = push(following.leadingComments, comment);
    } else if (container) {
      container.trailingComments = push(container.trailingComments, comment);
    } else {
      file.danglingComments.push(comment);
    }
  }
}
