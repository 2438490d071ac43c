/**
 * `parse(text)`: scanner → parser → comment attachment → diagnostics. Never
 * throws: whatever the input, it returns the tree it could build and every
 * syntax problem it found, each once, in source order.
 */
import type { ConfigFile, ValueWord } from "../ast/nodes.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { LineMap } from "../diagnostics/line-map.js";
import { SYNTAX, type SyntaxName } from "../diagnostics/syntax-codes.js";
import { VALUE_KIND_LABEL, VALUE_SETS } from "../lexer/keywords.js";
import { scan, tokenEnd, type ScanResult } from "../lexer/scanner.js";
import type { TokenStream } from "../lexer/token-stream.js";
import { CLAUSE_KEYWORD_TYPES } from "../lexer/tokens.js";
import { closest, expandAbbreviation, typoBudget } from "../util/did-you-mean.js";
import { FlexibleManagementParser } from "./file-driver.js";
import type { SyntaxIssue } from "./issues.js";
import {
  internalError,
  invalidLiteral,
  invalidValue,
  misquotedString,
  tooManyErrors,
  unexpectedCharacters,
  unknownKeyword,
  unquotedName,
  unterminatedString,
  wrongCase,
} from "./wording.js";

/** Options of `parse`. */
export interface ParseOptions {
  /** Set on every diagnostic, for reporting. */
  filename?: string;
}

/** What `parse` returns: the tree and the syntax diagnostics. */
export interface ParseResult {
  ast: ConfigFile;
  diagnostics: Diagnostic[];
}

/** What one run of a parser over the tokens gives. */
interface ParserRun {
  ast: ConfigFile;
  issues: SyntaxIssue[];
  /** Errors Chevrotain itself found (not the ones our permissive grammar reports). */
  grammarErrors: number;
}

/** Runs `p` over the tokens; with `firstErrorOnly`, gives up (undefined) at the first grammar error. */
function runParser(p: FlexibleManagementParser, text: string, scanned: ScanResult, firstErrorOnly = false): ParserRun | undefined {
  const issues: SyntaxIssue[] = [];
  try {
    p.begin(text, scanned.stream, scanned.comments, scanned.bodyStart);
    const ast = firstErrorOnly ? p.untilFirstError(() => p.parseFile()) : p.parseFile();
    if (ast === undefined) return undefined;
    for (const e of p.errors) {
      const detail = p.messages.detail(e.message);
      if (detail.kind === "after-invalid") continue;
      const tok = e.token;
      const start = Number.isNaN(tok.startOffset) ? text.length : tok.startOffset;
      const end = Number.isNaN(tok.startOffset) ? text.length : tokenEnd(tok);
      const skipped = e.resyncedTokens?.[e.resyncedTokens.length - 1];
      issues.push({
        name: detail.kind,
        message: e.message,
        start,
        end,
        structural: true,
        resumesAtToken: true,
        ...(skipped && !Number.isNaN(skipped.startOffset) ? { shadowEnd: skipped.startOffset } : {}),
        ...(detail.suggestion ? { fix: { start, end, text: detail.suggestion } } : {}),
      });
    }
    // Not `push(...)`: spreading an unbounded list as arguments overflows the stack on a file of many errors.
    for (const issue of p.issues) issues.push(issue);
    for (const word of p.values) {
      const issue = valueIssue(word);
      if (issue) issues.push(issue);
    }
    return { ast, issues, grammarErrors: p.grammarErrorCount };
  } finally {
    p.end();
  }
}

/** Syntax errors past this many are summed up in one `too-many-errors` note. */
export const MAX_SYNTAX_ERRORS = 100;

let recovering: FlexibleManagementParser | undefined;
let strict: FlexibleManagementParser | undefined;

/** Whether parsers are built with Chevrotain's grammar validations, which cost start-up time. */
let validations = false;

/**
 * Turns Chevrotain's grammar validations on or off for the parsers built from now on (the
 * test suite turns them on, test/setup.ts). Not public API.
 */
export function setGrammarValidation(on: boolean): void {
  if (on === validations) return;
  validations = on;
  recovering = undefined;
  strict = undefined;
}

/** The parser with error recovery, built on first use: it reports every error of a file. */
export function getParser(): FlexibleManagementParser {
  recovering ??= new FlexibleManagementParser({ validate: validations, recover: true });
  return recovering;
}

/**
 * The parser without Chevrotain's error recovery, which is cheaper to build (no
 * re-sync follow sets). Most files are valid: they are parsed by this one alone,
 * and only a file it finds an error in is parsed again by the recovering one.
 */
function getStrictParser(): FlexibleManagementParser {
  strict ??= new FlexibleManagementParser({ validate: validations, recover: false });
  return strict;
}

function valueIssue(word: ValueWord): SyntaxIssue | undefined {
  if (word.value !== null || word.raw === "") return undefined;
  const members: readonly string[] = VALUE_SETS[word.kind];
  const { start, end } = word.range;
  const sameCase = members.find((m) => m.toUpperCase() === word.raw.toUpperCase());
  if (sameCase) {
    return {
      name: "keyword-case",
      message: wrongCase(word.raw, sameCase),
      start,
      end,
      fix: { start, end, text: sameCase },
    };
  }
  const suggestion = expandAbbreviation(word.raw, members) ?? closest(word.raw, members, typoBudget(word.raw.length) + 1);
  return {
    name: "invalid-value",
    message: invalidValue(word.raw, VALUE_KIND_LABEL[word.kind], members, suggestion),
    start,
    end,
    ...(suggestion ? { fix: { start, end, text: suggestion } } : {}),
  };
}

function emptyFile(length: number): ConfigFile {
  return {
    type: "ConfigFile",
    timeTemplates: null,
    condStatusVars: null,
    respMgrConfigs: null,
    danglingComments: [],
    range: { start: 0, end: length },
  };
}

/** How many backslashes end `text`; counted from the end, since `/\\+$/` retries from every backslash of a long run. */
function trailingBackslashes(text: string): number {
  let i = text.length;
  while (i > 0 && text.charCodeAt(i - 1) === 92 /* \ */) i--;
  return text.length - i;
}

/** The scanner's findings: characters and literals it could not read, and misspelt keywords. */
function lexicalIssues(scanned: ScanResult): SyntaxIssue[] {
  const issues: SyntaxIssue[] = [];
  const token = { malformedToken: true };
  for (const e of scanned.errors) {
    if (e.kind === "unterminated-string") {
      // After an unpaired backslash a lone quote would be escaped and the string stay open; `\"` pairs it first.
      const close = trailingBackslashes(e.text) % 2 === 1 ? '\\"' : '"';
      issues.push({
        name: e.kind,
        message: unterminatedString(e.text),
        start: e.start,
        end: e.end,
        fix: { start: e.end, end: e.end, text: close },
      });
    } else if (e.kind === "unquoted-name") {
      const text = `"${e.text}"`;
      issues.push({
        name: "invalid-literal",
        message: unquotedName(e.text, text),
        start: e.start,
        end: e.end,
        ...token,
        fix: { start: e.start, end: e.end, text },
      });
    } else if (e.kind === "misquoted-string") {
      const message = misquotedString(e.text, e.text.slice(1, -1));
      issues.push({ name: "invalid-character", message, start: e.start, end: e.end, ...token });
    } else if (e.kind === "invalid-literal") {
      issues.push({
        name: e.kind,
        message: invalidLiteral(e.text),
        start: e.start,
        end: e.end,
        ...token,
      });
    } else {
      issues.push({
        name: e.kind,
        message: unexpectedCharacters(e.text),
        start: e.start,
        end: e.end,
      });
    }
  }
  for (const s of scanned.spelling) {
    const end = s.start + s.word.length;
    issues.push(
      s.kind === "case"
        ? {
            name: "keyword-case",
            message: wrongCase(s.word, s.keyword),
            start: s.start,
            end,
            fix: { start: s.start, end, text: s.keyword },
          }
        : {
            name: "unknown-keyword",
            message: unknownKeyword(s.word, "", s.keyword),
            start: s.start,
            end,
            fix: { start: s.start, end, text: s.keyword },
          },
    );
  }
  return issues;
}

/** Parses a flexible-management file of any kind. Never throws. */
export function parse(text: string, options: ParseOptions = {}): ParseResult {
  if (typeof text !== "string") text = String(text);
  const issues: SyntaxIssue[] = [];
  let ast: ConfigFile;
  let lineStarts: readonly number[] | undefined;
  let tokens: TokenStream | undefined;
  try {
    const scanned = scan(text);
    lineStarts = scanned.lineStarts;
    for (const issue of lexicalIssues(scanned)) issues.push(issue);

    tokens = scanned.stream;
    let run = runParser(getStrictParser(), text, scanned, true);
    if (!run || run.grammarErrors > 0) run = runParser(getParser(), text, scanned)!;
    ast = run.ast;
    for (const issue of run.issues) issues.push(issue);
  } catch (error) {
    ast = emptyFile(text.length);
    issues.push({
      name: "internal-error",
      message: internalError(error instanceof Error ? error.message : String(error)),
      start: 0,
      end: 0,
    });
  }
  const lines = lineStarts ? new LineMap(lineStarts) : LineMap.of(text);
  return { ast, diagnostics: toDiagnostics(issues, lines, tokens, options.filename) };
}

/**
 * Lexes `text` and runs the grammar over it without building anything, with the
 * parser `parse` uses for valid files: the floor under `parse`'s cost, for the
 * benchmark. True when the grammar accepts the whole of `text` and the scanner
 * read every character; what the actions report (a stray word, an invalid
 * value) is not looked for, so true does not mean that `parse` finds nothing.
 * Not public API (`tooling` only).
 */
export function recognize(text: string): boolean {
  const scanned = scan(text);
  const parser = getStrictParser();
  try {
    // No comments: attaching them is part of building the tree.
    parser.begin(text, scanned.stream);
    return parser.recognizeFile() && scanned.errors.length === 0;
  } finally {
    parser.end();
  }
}

/** How many tokens must follow a structural error before the next one is believed. */
const CASCADE_DISTANCE = 2;

/** Type indexes of the keywords that start a clause. */
const CLAUSE_STARTS: ReadonlySet<number> = new Set(CLAUSE_KEYWORD_TYPES.map((t) => t.tokenTypeIdx!));

/**
 * Whether a clause keyword stands among tokens `from` to `to` (excluded). Recovery resumes at
 * every clause keyword, so an error after one is a mistake of its own (`SEVERITY "Critical"` on
 * one line, `SEVERITY "Major"` on the next), however close to the last.
 */
function clauseStartsBetween(tokens: TokenStream, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CLAUSE_STARTS.has(tokens.typeIdxOf(i))) return true;
  return false;
}

function toDiagnostics(issues: SyntaxIssue[], lines: LineMap, tokens: TokenStream | undefined, filename: string | undefined): Diagnostic[] {
  issues.sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: SyntaxIssue[] = [];
  let lastStart = -1;
  let lastStructural = -Infinity;
  // First token after the last structural error that the parser read afresh.
  let fresh = 0;
  for (const issue of issues) {
    // One diagnostic per place: a second error at the same token is a cascade of the first.
    if (issue.start === lastStart) continue;
    lastStart = issue.start;
    if (issue.structural || issue.malformedToken) {
      const index = tokens?.indexAt(issue.start) ?? 0;
      const cascade =
        !issue.malformedToken && index - lastStructural <= CASCADE_DISTANCE && !(tokens && clauseStartsBetween(tokens, fresh, index));
      lastStructural = Math.max(index, issue.shadowEnd === undefined ? index : (tokens?.indexAt(issue.shadowEnd) ?? 0));
      fresh = issue.resumesAtToken && lastStructural === index ? index : lastStructural + 1;
      if (cascade) continue;
    }
    kept.push(issue);
  }
  const out: Diagnostic[] = [];
  let errors = 0;
  for (let i = 0; i < kept.length; i++) {
    const issue = kept[i]!;
    if (SYNTAX[issue.name].severity === "error" && ++errors > MAX_SYNTAX_ERRORS) {
      const more = kept.length - i;
      out.push(diagnostic("too-many-errors", tooManyErrors(more), lines.range(issue.start, issue.start), filename));
      break;
    }
    const d = diagnostic(issue.name, issue.message, lines.range(issue.start, issue.end), filename);
    if (issue.fix) d.fix = { range: lines.range(issue.fix.start, issue.fix.end), text: issue.fix.text };
    out.push(d);
  }
  return out;
}

function diagnostic(name: SyntaxName, message: string, range: Diagnostic["range"], filename: string | undefined): Diagnostic {
  const code = SYNTAX[name];
  const d: Diagnostic = { code: code.code, name: code.name, severity: code.severity, message, range };
  if (filename !== undefined) d.filename = filename;
  return d;
}
