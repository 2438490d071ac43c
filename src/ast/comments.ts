/**
 * Attaches every comment to the clause it belongs to, so the printer can put it
 * back (spec §10): a comment alone on its line leads the next clause of the
 * innermost block holding it; a comment after code on its line trails the
 * innermost clause holding that code; a comment with no clause after it in its
 * block trails the block; comments after the last clause are the file's
 * dangling comments. A line-based rule of our own, not Prettier's generic
 * algorithm: the tree is small and the layout is line-oriented.
 */
import type { IToken } from "chevrotain";
import type { CommentToken } from "../lexer/scanner.js";
import type { AstNode, Clause, Comment, ConfigFile } from "./nodes.js";
import { clauseChildren } from "./walk.js";

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

/** Index of the first child starting after `pos` (children are in source order). */
function firstAfter(children: readonly AstNode[], pos: number): number {
  let lo = 0;
  let hi = children.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (children[mid]!.range.start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The innermost clause containing `pos`, and the first clause inside it (or at
 * the top level, when none contains `pos`) that starts after `pos`.
 */
function locate(file: ConfigFile, pos: number): { container: Clause | undefined; following: Clause | undefined } {
  let container: Clause | undefined;
  let children = clauseChildren(file);
  for (;;) {
    const after = firstAfter(children, pos);
    const candidate = after > 0 ? (children[after - 1] as Clause) : undefined;
    if (candidate && candidate.range.start <= pos && pos < candidate.range.end) {
      container = candidate;
      children = clauseChildren(candidate);
      continue;
    }
    return { container, following: children[after] as Clause | undefined };
  }
}

function addTo(list: Comment[] | undefined, comment: Comment): Comment[] {
  if (list) {
    list.push(comment);
    return list;
  }
  return [comment];
}

/** Builds comment nodes and attaches them to the clauses of `file`. */
export function attachComments(file: ConfigFile, comments: readonly CommentToken[], tokens: readonly IToken[], text: string, bodyStart: number): void {
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
    const { container, following } = locate(file, trailing ? previous.startOffset : c.start);
    if (trailing && container) container.trailingComments = addTo(container.trailingComments, comment);
    else if (following) following.leadingComments = addTo(following.leadingComments, comment);
    else if (container) container.trailingComments = addTo(container.trailingComments, comment);
    else file.danglingComments.push(comment);
  }
}
