/**
 * The lexer: one hand-written pass over the text that produces Chevrotain
 * tokens for the parser, the comments (their own group, never seen by the
 * grammar), the line starts, and the lexical errors.
 *
 * Why not Chevrotain's Lexer: it tries patterns in order and tracks positions per
 * token; the benchmark showed it at a fraction of this scanner's speed, and
 * Chevrotain parsers accept tokens from any lexer (the token types are still
 * Chevrotain's, from `tokens.ts`). Words are matched whole and then looked up,
 * which gives longest-match, whole-word keywords for free (spec §3.4).
 */
import type { IToken, TokenType } from "chevrotain";
import { KEYWORDS, VALUE_SETS, type ValueKind } from "./keywords.js";
import { DateLit, InvalidLit, IPv4Lit, KEYWORD_TOKENS, StringLit, TimeLit, VALUE_TOKENS, VariableLit, Word } from "./tokens.js";
import { resolveSpelling, type SpellingIssue } from "./spelling.js";

/** A comment as the scanner found it. */
export interface CommentToken {
  text: string;
  start: number;
  end: number;
}

/** A lexical problem, by offsets; `parse` turns it into a diagnostic. */
export interface LexError {
  kind: "invalid-character" | "unterminated-string" | "invalid-literal";
  start: number;
  end: number;
  text: string;
}

/** Everything the scanner learns from one text. */
export interface ScanResult {
  tokens: IToken[];
  comments: CommentToken[];
  /** Offsets at which each line starts. */
  lineStarts: number[];
  errors: LexError[];
  /** Words read as a keyword they misspell (case or typo), with the keyword. */
  spelling: SpellingIssue[];
  /** Offset of the first token: 1 after a byte-order mark, else 0. */
  bodyStart: number;
}

const WORD_TYPES = new Map<string, TokenType>();
for (const k of KEYWORDS) WORD_TYPES.set(k, KEYWORD_TOKENS[k]);
for (const kind of Object.keys(VALUE_SETS) as ValueKind[]) {
  for (const v of VALUE_SETS[kind]) WORD_TYPES.set(v, VALUE_TOKENS[kind]);
}

// Character classes, indexed by char code (< 128): what may start and continue each token.
const WORD_START = 1;
const WORD_PART = 2;
const NUM_PART = 4;
const SPACE = 8;
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_]/.test(ch)) CLASS[c]! |= WORD_START | WORD_PART | NUM_PART;
  if (/[0-9]/.test(ch)) CLASS[c]! |= WORD_PART | NUM_PART;
  if (ch === "-") CLASS[c]! |= WORD_PART | NUM_PART;
  if (/[.:/*]/.test(ch)) CLASS[c]! |= NUM_PART;
  if (/[ \t\r\n\f\v]/.test(ch)) CLASS[c]! |= SPACE;
}

const IPV4_RE = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
const TIME_RE = /^\d{1,2}:\d{2}$/;
const DATE_RE = /^(?:\d{1,2}|\*)\/(?:\d{1,2}|\*)\/(?:\d{4}|\d{2}|\*)$/;
const VARIABLE_PART = /[A-Za-z0-9_]/;

function token(image: string, start: number, end: number, type: TokenType): IToken {
  // Chevrotain's parser reads only these fields; `endOffset` is inclusive by its convention.
  return {
    image,
    startOffset: start,
    endOffset: end - 1,
    tokenTypeIdx: type.tokenTypeIdx!,
    tokenType: type,
  } as IToken;
}

/** Scans `text` into tokens, comments, line starts and lexical errors. Never throws. */
export function scan(text: string): ScanResult {
  const tokens: IToken[] = [];
  const comments: CommentToken[] = [];
  const lineStarts = [0];
  const errors: LexError[] = [];
  const spelling: SpellingIssue[] = [];
  const n = text.length;
  const bodyStart = n > 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let i = bodyStart;
  let invalidStart = -1;

  const flushInvalid = (end: number) => {
    if (invalidStart >= 0) {
      errors.push({ kind: "invalid-character", start: invalidStart, end, text: text.slice(invalidStart, end) });
      invalidStart = -1;
    }
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = c < 128 ? CLASS[c]! : 0;

    if (cls & SPACE) {
      if (invalidStart >= 0) flushInvalid(i);
      if (c === 10) lineStarts.push(i + 1);
      i++;
      continue;
    }

    if (cls & WORD_START) {
      if (invalidStart >= 0) flushInvalid(i);
      const start = i;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 128 && CLASS[d]! & WORD_PART) i++;
        else break;
      }
      const image = text.slice(start, i);
      const type = WORD_TYPES.get(image);
      if (type !== undefined) {
        tokens.push(token(image, start, i, type));
      } else {
        const issue = resolveSpelling(image, start);
        if (issue) {
          spelling.push(issue);
          tokens.push(token(image, start, i, KEYWORD_TOKENS[issue.keyword]));
        } else {
          tokens.push(token(image, start, i, Word));
        }
      }
      continue;
    }

    if (c === 34 /* " */) {
      if (invalidStart >= 0) flushInvalid(i);
      const start = i;
      i++;
      let closed = false;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 34) {
          i++;
          closed = true;
          break;
        }
        if (d === 10 || d === 13) break;
        if (d === 92 /* \ */ && i + 1 < n) {
          const e = text.charCodeAt(i + 1);
          i += e === 10 || e === 13 ? 1 : 2;
          continue;
        }
        i++;
      }
      if (!closed) errors.push({ kind: "unterminated-string", start, end: i, text: text.slice(start, i) });
      tokens.push(token(text.slice(start, i), start, i, StringLit));
      continue;
    }

    if ((c >= 48 && c <= 57) || c === 42 /* * */) {
      if (invalidStart >= 0) flushInvalid(i);
      const start = i;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 128 && CLASS[d]! & NUM_PART) i++;
        else break;
      }
      const image = text.slice(start, i);
      let type: TokenType;
      if (IPV4_RE.test(image)) type = IPv4Lit;
      else if (TIME_RE.test(image)) type = TimeLit;
      else if (DATE_RE.test(image)) type = DateLit;
      else {
        type = InvalidLit;
        errors.push({ kind: "invalid-literal", start, end: i, text: image });
      }
      tokens.push(token(image, start, i, type));
      continue;
    }

    if (c === 36 /* $ */ && i + 1 < n && /[A-Za-z_]/.test(text[i + 1]!)) {
      if (invalidStart >= 0) flushInvalid(i);
      const start = i;
      i += 2;
      while (i < n && VARIABLE_PART.test(text[i]!)) i++;
      tokens.push(token(text.slice(start, i), start, i, VariableLit));
      continue;
    }

    if (c === 35 /* # */) {
      if (invalidStart >= 0) flushInvalid(i);
      const start = i;
      let end = text.indexOf("\n", i);
      if (end === -1) end = n;
      i = end;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
      comments.push({ text: text.slice(start, end), start, end });
      continue;
    }

    // Anything else starts no token: collect a run of such characters into one error.
    if (invalidStart < 0) invalidStart = i;
    // Keep surrogate pairs together so the error never shows half a character.
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
  }
  flushInvalid(n);
  return { tokens, comments, lineStarts, errors, spelling, bodyStart };
}
