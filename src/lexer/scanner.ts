/**
 * The lexer: one hand-written pass over the text that produces Chevrotain
 * tokens for the parser, the comments (their own group, never seen by the
 * grammar), the line starts, and the lexical errors.
 *
 * Why not Chevrotain's Lexer: it tries patterns in order and tracks positions per
 * token; the benchmark showed it at a fraction of this scanner's speed, and
 * Chevrotain parsers accept tokens from any lexer (the token types are still
 * Chevrotain's, from `tokens.ts`). Words are matched whole and then looked up,
 * which gives longest-match, whole-word keywords for free (docs/language.md#keywords).
 */
import type { IToken, TokenType } from "chevrotain";
import { KEYWORDS, VALUE_SETS, type ValueKind } from "./keywords.js";
import { DateLit, InvalidLit, IPv4Lit, KEYWORD_TOKENS, StringLit, TimeLit, VALUE_TOKENS, VariableLit, Word } from "./tokens.js";
import { resolveSpelling, type SpellingIssue } from "./spelling.js";
import { tokenKind, TokenStream } from "./token-stream.js";

/** A comment as the scanner found it. */
export interface CommentToken {
  text: string;
  start: number;
  end: number;
  /** Whether code precedes the comment on its line. */
  trailing: boolean;
  /** Where the comment is anchored: the start of the token before it on its line, else its own start. */
  anchor: number;
  /** Start of the first token after the comment, or -1 at the end of the file. */
  next: number;
}

/** A lexical problem, by offsets; `parse` turns it into a diagnostic. */
export interface LexError {
  kind: "invalid-character" | "unterminated-string" | "invalid-literal" | "unquoted-name" | "misquoted-string";
  start: number;
  end: number;
  text: string;
}

/** Everything the scanner learns from one text. */
export interface ScanResult {
  /** The tokens, compact: what the parser reads. */
  stream: TokenStream;
  /** The tokens as objects, made on first access: for tools and tests. */
  readonly tokens: IToken[];
  comments: CommentToken[];
  /** Offsets at which each line starts; the first line starts after a byte-order mark. */
  lineStarts: number[];
  errors: LexError[];
  /** Words read as a keyword they misspell (case or typo), with the keyword. */
  spelling: SpellingIssue[];
  /** Offset of the first token: 1 after a byte-order mark, else 0. */
  bodyStart: number;
}

interface KnownWord {
  text: string;
  /** The token kind of this exact spelling (see `token-stream.ts`). */
  kind: number;
}

/**
 * Keywords and values bucketed by first character and length, so a word is
 * recognised by comparing it in place (`startsWith`) with at most a handful of
 * candidates, without first copying it out of the text.
 */
const KNOWN_WORDS: (KnownWord[] | undefined)[] = [];
function addKnownWord(text: string, type: TokenType): void {
  const key = text.charCodeAt(0) * 64 + text.length;
  (KNOWN_WORDS[key] ??= []).push({ text, kind: tokenKind(type, text) });
}
for (const k of KEYWORDS) addKnownWord(k, KEYWORD_TOKENS[k]);
for (const kind of Object.keys(VALUE_SETS) as ValueKind[]) {
  for (const v of VALUE_SETS[kind]) addKnownWord(v, VALUE_TOKENS[kind]);
}

function knownWord(text: string, start: number, length: number): KnownWord | undefined {
  if (length >= 64) return undefined;
  const bucket = KNOWN_WORDS[text.charCodeAt(start) * 64 + length];
  if (bucket === undefined) return undefined;
  next: for (let w = 0; w < bucket.length; w++) {
    const word = bucket[w]!;
    const candidate = word.text;
    // First character and length already match.
    for (let k = 1; k < length; k++) if (candidate.charCodeAt(k) !== text.charCodeAt(start + k)) continue next;
    return word;
  }
  return undefined;
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

/** Offset just after `tok` (which must not be one inserted by error recovery). */
export function tokenEnd(tok: IToken): number {
  return tok.startOffset + tok.image.length;
}

const WORD = tokenKind(Word);
const STRING = tokenKind(StringLit);
const VARIABLE = tokenKind(VariableLit);
const IPV4 = tokenKind(IPv4Lit);
const TIME = tokenKind(TimeLit);
const DATE = tokenKind(DateLit);
const INVALID = tokenKind(InvalidLit);
/** A misspelt keyword: the keyword's type, the word as written. */
const MISSPELT: Record<string, number> = Object.fromEntries(KEYWORDS.map((k) => [k, tokenKind(KEYWORD_TOKENS[k])]));

/** Sets each comment's `next` to the start of the token that follows it (both lists are in source order). */
function linkCommentsToNextToken(comments: CommentToken[], tokens: TokenStream): void {
  let t = 0;
  for (const comment of comments) {
    while (t < tokens.length && tokens.startOf(t) < comment.start) t++;
    comment.next = t < tokens.length ? tokens.startOf(t) : -1;
  }
}

/** Quotes that are not string delimiters, each with the quotes that may close it. */
const WRONG_QUOTES: ReadonlyMap<number, string> = new Map([
  [0x27, "'"],
  [0x2018, "\u2018\u2019"],
  [0x2019, "\u2018\u2019"],
  [0x201c, "\u201c\u201d"],
  [0x201d, "\u201c\u201d"],
]);

/** When `c` at `start` opens a string in the wrong quotes closed on the same line: the offset after the closing quote, else -1. */
function closingQuote(text: string, start: number, c: number): number {
  const closers = WRONG_QUOTES.get(c);
  if (closers === undefined) return -1;
  for (let i = start + 1; i < text.length; i++) {
    const d = text.charCodeAt(i);
    if (d === 10 || d === 13 || d === 34 /* " */) return -1;
    if (closers.includes(text[i]!)) return i + 1;
  }
  return -1;
}

/** Records the run of characters that start no token; returns -1 (no run open). */
function flushInvalid(text: string, start: number, end: number, errors: LexError[]): number {
  errors.push({ kind: "invalid-character", start, end, text: text.slice(start, end) });
  return -1;
}

/** Whether the code unit `c` at `i` and the one after it form a surrogate pair (one character). */
function isSurrogatePair(text: string, i: number, c: number): boolean {
  if (c < 0xd800 || c > 0xdbff) return false;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}

/** Scans `text` into tokens, comments, line starts and lexical errors. Never throws. */
export function scan(text: string): ScanResult {
  const tokens = new TokenStream(text);
  const comments: CommentToken[] = [];
  const lineStarts: number[] = [];
  const errors: LexError[] = [];
  const spelling: SpellingIssue[] = [];
  const n = text.length;
  const bodyStart = n > 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Editors hide a byte-order mark, so the first line's columns count from after it.
  lineStarts.push(bodyStart);
  let i = bodyStart;
  let invalidStart = -1;

  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = c < 128 ? CLASS[c]! : 0;

    if (cls & SPACE) {
      if (invalidStart >= 0) invalidStart = flushInvalid(text, invalidStart, i, errors);
      if (c === 10) lineStarts.push(i + 1);
      i++;
      continue;
    }

    if (cls & WORD_START) {
      if (invalidStart >= 0) invalidStart = flushInvalid(text, invalidStart, i, errors);
      const start = i;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 128 && CLASS[d]! & WORD_PART) i++;
        else break;
      }
      // A dotted name (`om1.example.com`) is a host name without its quotes: one token and one
      // error for it, rather than a word and a stray dot for each label.
      if (i + 1 < n && text.charCodeAt(i) === 46 /* . */ && text.charCodeAt(i + 1) < 128 && CLASS[text.charCodeAt(i + 1)]! & WORD_PART) {
        while (i < n) {
          const d = text.charCodeAt(i);
          if (d === 46 || (d < 128 && CLASS[d]! & WORD_PART)) i++;
          else break;
        }
        errors.push({ kind: "unquoted-name", start, end: i, text: text.slice(start, i) });
        tokens.push(start, i, INVALID);
        continue;
      }
      const known = knownWord(text, start, i - start);
      if (known !== undefined) {
        tokens.push(start, i, known.kind);
      } else {
        const issue = resolveSpelling(text.slice(start, i), start);
        if (issue) spelling.push(issue);
        tokens.push(start, i, issue ? MISSPELT[issue.keyword]! : WORD);
      }
      continue;
    }

    if (c === 34 /* " */) {
      if (invalidStart >= 0) invalidStart = flushInvalid(text, invalidStart, i, errors);
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
      tokens.push(start, i, STRING);
      continue;
    }

    if ((c >= 48 && c <= 57) || c === 42 /* * */) {
      if (invalidStart >= 0) invalidStart = flushInvalid(text, invalidStart, i, errors);
      const start = i;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 128 && CLASS[d]! & NUM_PART) i++;
        else break;
      }
      const image = text.slice(start, i);
      let kind: number;
      if (IPV4_RE.test(image)) kind = IPV4;
      else if (TIME_RE.test(image)) kind = TIME;
      else if (DATE_RE.test(image)) kind = DATE;
      else {
        kind = INVALID;
        errors.push({ kind: "invalid-literal", start, end: i, text: image });
      }
      tokens.push(start, i, kind);
      continue;
    }

    if (c === 36 /* $ */ && i + 1 < n && /[A-Za-z_]/.test(text[i + 1]!)) {
      if (invalidStart >= 0) invalidStart = flushInvalid(text, invalidStart, i, errors);
      const start = i;
      i += 2;
      while (i < n && VARIABLE_PART.test(text[i]!)) i++;
      tokens.push(start, i, VARIABLE);
      continue;
    }

    if (c === 35 /* # */) {
      if (invalidStart >= 0) invalidStart = flushInvalid(text, invalidStart, i, errors);
      const start = i;
      let end = text.indexOf("\n", i);
      if (end === -1) end = n;
      i = end;
      // CRs that end a comment are whitespace (docs/language.md#whitespace-and-layout), not its text: the CR of a CR LF line end,
      // and stray ones before it, which no output could keep (printed before a line feed, a CR
      // would make it a CR LF line end; the comment would lose it on the next format).
      while (end > start && text.charCodeAt(end - 1) === 13) end--;
      const previous = tokens.length > 0 ? tokens.startOf(tokens.length - 1) : -1;
      const trailing = previous >= lineStarts[lineStarts.length - 1]!;
      comments.push({ text: text.slice(start, end), start, end, trailing, anchor: trailing ? previous : start, next: -1 });
      continue;
    }

    const close = closingQuote(text, i, c);
    if (close > 0) {
      // A string in the wrong quotes (`'x'`, or typographic ones pasted from a document): one error
      // and one token for it, rather than an error per quote and one for each word between them.
      if (invalidStart >= 0) invalidStart = flushInvalid(text, invalidStart, i, errors);
      errors.push({ kind: "misquoted-string", start: i, end: close, text: text.slice(i, close) });
      tokens.push(i, close, INVALID);
      i = close;
      continue;
    }

    // Anything else starts no token: collect a run of such characters into one error.
    if (invalidStart < 0) invalidStart = i;
    // Keep surrogate pairs together so the error never shows half a character; a lone high surrogate
    // is one character, so the line feed or word after it is still read (and its line counted).
    i += isSurrogatePair(text, i, c) ? 2 : 1;
  }
  if (invalidStart >= 0) flushInvalid(text, invalidStart, n, errors);
  linkCommentsToNextToken(comments, tokens);
  let objects: IToken[] | undefined;
  return {
    stream: tokens,
    get tokens() {
      return (objects ??= tokens.toArray());
    },
    comments,
    lineStarts,
    errors,
    spelling,
    bodyStart,
  };
}
