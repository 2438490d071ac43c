/**
 * JSON with comments and trailing commas (JSONC, as editors write
 * `.hpom-lint.json`) turned into strict JSON of the same length: each comment
 * and each trailing comma becomes spaces (line breaks kept), so a syntax error
 * found in the result is at the same line and column of the original.
 */
import { createScanner, type ScanError, type SyntaxKind } from "jsonc-parser";

// jsonc-parser's enums are `const enum`s, which isolated modules cannot read from its declarations.
const CLOSE_BRACE = 2 as SyntaxKind;
const CLOSE_BRACKET = 4 as SyntaxKind;
const COMMA = 5 as SyntaxKind;
const LINE_COMMENT = 12 as SyntaxKind;
const BLOCK_COMMENT = 13 as SyntaxKind;
const LINE_BREAK = 14 as SyntaxKind;
const TRIVIA = 15 as SyntaxKind;
const EOF = 17 as SyntaxKind;
const UNEXPECTED_END_OF_COMMENT = 1 as ScanError;

function blank(text: string): string {
  return text.replace(/[^\r\n]/g, " ");
}

/** `text` with its comments and trailing commas blanked out; an unterminated block comment is left for the JSON parser to report. */
export function blankJsoncExtras(text: string): string {
  const scanner = createScanner(text, false);
  let out = "";
  /** A comma not yet copied, since it is trailing if the next token closes an object or array. */
  let pendingComma: string | undefined;
  let pendingTrivia = "";
  for (let kind = scanner.scan(); kind !== EOF; kind = scanner.scan()) {
    const raw = text.slice(scanner.getTokenOffset(), scanner.getTokenOffset() + scanner.getTokenLength());
    const comment = (kind === LINE_COMMENT || kind === BLOCK_COMMENT) && scanner.getTokenError() !== UNEXPECTED_END_OF_COMMENT;
    const piece = comment ? blank(raw) : raw;
    if (pendingComma !== undefined) {
      if (comment || kind === LINE_BREAK || kind === TRIVIA) {
        pendingTrivia += piece;
        continue;
      }
      out += (kind === CLOSE_BRACE || kind === CLOSE_BRACKET ? " " : pendingComma) + pendingTrivia;
      pendingComma = undefined;
      pendingTrivia = "";
    }
    if (kind === COMMA) pendingComma = raw;
    else out += piece;
  }
  return out + (pendingComma ?? "") + pendingTrivia;
}
