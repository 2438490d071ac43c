/**
 * Where and why a text is not JSON, in plain words, for every reader of JSON
 * files (the CLI's configuration, a pool model named `*.json`). V8's
 * `JSON.parse` messages give a position for some errors and none for others
 * (`Unexpected token 'x', "…"`), and a user fixing a file needs the line and
 * column every time, so the text is parsed again by jsonc-parser, held to
 * strict JSON, and its error codes are put in plain words here.
 */
import { parse, printParseErrorCode, type ParseError, type ParseOptions } from "jsonc-parser";

/** A JSON syntax error: a short reason and its 1-based line and column. */
export interface JsonSyntaxProblem {
  reason: string;
  line: number;
  column: number;
}

type ErrorName = ReturnType<typeof printParseErrorCode>;

/** The reason of each error, given a description of what stands where it is. */
const REASONS: Record<ErrorName, (found: string) => string> = {
  InvalidSymbol: (found) => `unexpected ${found}`,
  InvalidNumberFormat: (found) => `invalid number ${found}`,
  PropertyNameExpected: (found) => `expected a property name in double quotes, found ${found}`,
  ValueExpected: (found) => `expected a value, found ${found}`,
  ColonExpected: (found) => `expected ":" after the property name, found ${found}`,
  CommaExpected: (found) => `expected ",", found ${found}`,
  CloseBraceExpected: (found) => `expected "," or "}", found ${found}`,
  CloseBracketExpected: (found) => `expected "," or "]", found ${found}`,
  EndOfFileExpected: (found) => `unexpected ${found} after the end of the JSON value`,
  InvalidCommentToken: () => "comments are not allowed in JSON",
  UnexpectedEndOfComment: () => "comments are not allowed in JSON",
  UnexpectedEndOfString: () => "unterminated string",
  UnexpectedEndOfNumber: (found) => `incomplete number ${found}`,
  InvalidUnicode: () => "invalid \\u escape in string (it takes four hex digits)",
  InvalidEscapeCharacter: () => "invalid escape in string",
  InvalidCharacter: () => "control character in string (write it as an escape)",
  "<unknown ParseErrorCode>": (found) => `unexpected ${found}`,
};

/** jsonc-parser reports these for a whole string; the column is that of the offending part. */
const IN_STRING: Partial<Record<ErrorName, RegExp>> = {
  InvalidUnicode: /\\u(?![\dA-Fa-f]{4})/,
  InvalidEscapeCharacter: /\\[^"\\/bfnrtu]/,
  InvalidCharacter: /[\u0000-\u001f]/,
};

/** JSON as `JSON.parse` reads it. */
const STRICT: ParseOptions = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/** What stands at `offset`, for a message: the token as written, an invisible character by its code point, or the end of the file. */
function describe(text: string, offset: number, length: number): string {
  if (offset >= text.length) return "end of file";
  const token = text.slice(offset, offset + Math.max(length, 1));
  if (token.startsWith('"')) return token;
  if (/^[^\s\p{C}]+$/u.test(token)) return `"${token}"`;
  return `character U+${token.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The first syntax error as a reason and an offset. */
function firstError(text: string, errors: readonly ParseError[]): { reason: string; offset: number } | undefined {
  const [first, next] = errors;
  if (!first) return undefined;
  const name = printParseErrorCode(first.error);
  const at = text[first.offset];
  // jsonc-parser has no code for a trailing comma: it reports the name or value missing at the bracket.
  if ((name === "PropertyNameExpected" || name === "ValueExpected") && (at === "}" || at === "]")) {
    // A loop, not `/[ \t\r\n]+$/`: that regex retries from every blank of a long run, in quadratic time.
    let end = first.offset;
    while (end > 0 && " \t\r\n".includes(text[end - 1]!)) end--;
    if (text[end - 1] === ",") return { reason: `trailing comma before "${at}" (JSON allows none)`, offset: end - 1 };
  }
  // jsonc-parser skips a symbol it does not know, then reports what it expected in its place.
  if (
    name === "InvalidSymbol" &&
    next &&
    printParseErrorCode(next.error).endsWith("Expected") &&
    /^[ \t\r\n]*$/.test(text.slice(first.offset + first.length, next.offset))
  ) {
    return { reason: REASONS[printParseErrorCode(next.error)](describe(text, first.offset, first.length)), offset: first.offset };
  }
  const inString = IN_STRING[name]?.exec(text.slice(first.offset, first.offset + first.length));
  return { reason: REASONS[name](describe(text, first.offset, first.length)), offset: first.offset + (inString?.index ?? 0) };
}

/**
 * The first syntax error of `text`, which `JSON.parse` rejected with `error`
 * (a leading byte-order mark already removed). Should jsonc-parser find none —
 * both implement RFC 8259, so only if they ever disagree — V8's own message
 * still names the problem, at the start of the text.
 */
export function jsonSyntaxProblem(text: string, error: unknown): JsonSyntaxProblem {
  const errors: ParseError[] = [];
  try {
    parse(text, errors, STRICT);
  } catch (overflow) {
    // jsonc-parser recurses once per level; text nested this deep is no configuration or model.
    if (overflow instanceof RangeError) return { reason: "nested too deeply", line: 1, column: 1 };
    throw overflow;
  }
  const { reason, offset } = firstError(text, errors) ?? { reason: error instanceof Error ? error.message : String(error), offset: 0 };
  const before = text.slice(0, offset);
  return { reason, line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
}
