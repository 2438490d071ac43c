/**
 * Attaches every comment to the clause it belongs to, so the printer can put it
 * back (docs/language.md#canonical-layout), as the parser creates the clauses:
 * - own-line comments right before a clause's first token lead that clause;
 * - a comment after code on its line trails the innermost clause holding that
 *   code, and so does an own-line comment inside a clause that no clause of its
 *   own follows (e.g. between `IP 0.0.0.0` and its name);
 * - what is left (comments at the end of the file) is the file's dangling comments.
 * Clauses are created children first, so "innermost" is simply "first created".
 * A line-based rule of our own, not Prettier's generic algorithm: the tree is
 * small and the layout is line-oriented. Linear in the number of clauses and comments.
 */
import type { CommentToken } from "../lexer/scanner.js";
import type { ClauseBase, Comment, ConfigFile, OffsetRange } from "./nodes.js";
import { clausesOf } from "./walk.js";

function commentsInTree(file: ConfigFile): Set<Comment> {
  const found = new Set<Comment>();
  for (const clause of clausesOf(file)) {
    for (const c of clause.leadingComments ?? []) found.add(c);
    for (const c of clause.trailingComments ?? []) found.add(c);
  }
  return found;
}

function isBlankBefore(text: string, offset: number, bodyStart: number): boolean {
  let newlines = 0;
  for (let i = offset - 1; i >= bodyStart; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) newlines++;
    else if (c !== 32 && c !== 9 && c !== 13 && c !== 12 && c !== 11) return newlines >= 2;
  }
  return false;
}

interface Pending {
  token: CommentToken;
  node: Comment;
  claimed: boolean;
}

/** Hands each comment of one parse to the clause it belongs to. */
export class CommentAttacher {
  private readonly all: Pending[];
  /** Own-line comments by the start of the token after them. */
  private readonly leading = new Map<number, Pending[]>();
  /**
   * One bit per source offset, set where a run of own-line comments ends: most
   * clauses have none before them, and a bit test is far cheaper than a map lookup.
   */
  private readonly leadingBits: Uint32Array;
  /** Comments by anchor, not yet seen by a clause; `cursor` is the first unseen one. */
  private readonly byAnchor: Pending[];
  private cursor = 0;
  /** Comments seen by a clause that did not contain them, innermost anchors on top. */
  private readonly stack: Pending[] = [];

  constructor(comments: readonly CommentToken[], text: string, bodyStart: number) {
    this.all = comments.map((token) => ({
      token,
      node: {
        type: "Comment",
        text: token.text,
        range: { start: token.start, end: token.end },
        blankLineBefore: isBlankBefore(text, token.start, bodyStart),
      },
      claimed: false,
    }));
    this.leadingBits = new Uint32Array((text.length >> 5) + 1);
    for (const p of this.all) {
      if (!p.token.trailing && p.token.next >= 0) {
        this.leadingBits[p.token.next >> 5]! |= 1 << (p.token.next & 31);
        const run = this.leading.get(p.token.next);
        if (run) run.push(p);
        else this.leading.set(p.token.next, [p]);
      }
    }
    // Anchors are in source order except that a trailing comment anchors back to its line's last token.
    this.byAnchor = this.all.slice().sort((a, b) => a.token.anchor - b.token.anchor);
  }

  /** Gives `clause` (just created, all its children already created; `range` is its range) its comments. */
  claim(clause: ClauseBase, range: OffsetRange): void {
    const { start, end } = range;
    const run = (this.leadingBits[start >> 5]! >>> (start & 31)) & 1 ? this.leading.get(start) : undefined;
    if (run) {
      this.leading.delete(start);
      const lead = run.filter((p) => !p.claimed);
      for (const p of lead) p.claimed = true;
      if (lead.length > 0) clause.leadingComments = lead.map((p) => p.node);
    }
    const byAnchor = this.byAnchor;
    while (this.cursor < byAnchor.length && byAnchor[this.cursor]!.token.anchor < end) this.stack.push(byAnchor[this.cursor++]!);
    let first = this.stack.length;
    while (first > 0 && this.stack[first - 1]!.token.anchor >= start) first--;
    if (first === this.stack.length) return;
    // One pass over the top of the stack, then a cut: no intermediate arrays (they showed in profiles).
    let trailing = clause.trailingComments;
    for (let i = first; i < this.stack.length; i++) {
      const p = this.stack[i]!;
      if (p.claimed) continue;
      p.claimed = true;
      (trailing ??= []).push(p.node);
    }
    this.stack.length = first;
    if (trailing) clause.trailingComments = trailing;
  }

  /** Moves the comments `from` holds before its content to `to` (a clause starting at the same token). */
  static moveLeading(from: ClauseBase, to: ClauseBase): void {
    if (from.leadingComments) {
      to.leadingComments = from.leadingComments;
      delete from.leadingComments;
    }
    if (from.blankLineBefore) {
      to.blankLineBefore = true;
      delete from.blankLineBefore;
    }
  }

  /**
   * Puts every comment no clause took into the file's dangling comments, in
   * order. After a syntax error (`checkTree`), a clause may have been dropped
   * from the tree with its comments; those become dangling too, so that no
   * comment is ever lost.
   */
  finish(file: ConfigFile, checkTree: boolean): void {
    const inTree = checkTree ? commentsInTree(file) : undefined;
    for (const p of this.all) {
      if (!p.claimed || (inTree && !inTree.has(p.node))) file.danglingComments.push(p.node);
    }
  }
}
