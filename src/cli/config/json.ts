/**
 * JSON parsing that says where a syntax error is. `JSON.parse` reads the value
 * (so a `__proto__` key stays an ordinary key, as the schema expects); only
 * when it fails is the text parsed again by jsonc-parser, held to strict JSON,
 * because V8's messages give a position for some errors and none for others
 * (`Unexpected token 'x', "…"`), and a user fixing a config file needs the line
 * and column every time. jsonc-parser's error codes are put in plain words here.
 */
import type { ParseError, ParseOptions, printParseErrorCode } from "jsonc-parser";

/** A JSON syntax error: a short reason and its 1-based line and column. */
export class JsonSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  constructor(reason: string, line: number, column: number) {
    super(reason);
    this.name = "JsonSyntaxError";
    this.line = line;
    this.column = column;
  }
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
function firstError(text: string, errors: readonly ParseError[], nameOf: typeof printParseErrorCode): { reason: string; offset: number } | undefined {
  const [first, next] = errors;
  if (!first) return undefined;
  const name = nameOf(first.error);
  const at = text[first.offset];
  // jsonc-parser has no code for a trailing comma: it reports the name or value missing at the bracket.
  if ((name === "PropertyNameExpected" || name === "ValueExpected") && (at === "}" || at === "]")) {
    const before = text.slice(0, first.offset).replace(/[ \t\r\n]+$/, "");
    if (before.endsWith(",")) return { reason: `trailing comma before "${at}" (JSON allows none)`, offset: before.length - 1 };
  }
  // jsonc-parser skips a symbol it does not know, then reports what it expected in its place.
  if (name === "InvalidSymbol" && next && nameOf(next.error).endsWith("Expected") && /^[ \t\r\n]*$/.test(text.slice(first.offset + first.length, next.offset))) {
    return { reason: REASONS[nameOf(next.error)](describe(text, first.offset, first.length)), offset: first.offset };
  }
  const inString = IN_STRING[name]?.exec(text.slice(first.offset, first.offset + first.length));
  return { reason: REASONS[name](describe(text, first.offset, first.length)), offset: first.offset + (inString?.index ?? 0) };
}

/**
 * Parses JSON text (a leading byte-order mark is skipped and not counted in
 * columns); rejects with `JsonSyntaxError` at the line and column of the first error.
 */
export async function parseJson(text: string): Promise<unknown> {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (error) {
    // Loaded only for invalid JSON, so valid configurations do not pay for it at start-up.
    const { parse, printParseErrorCode } = await import("jsonc-parser");
    const errors: ParseError[] = [];
    try {
      parse(body, errors, STRICT);
    } catch (overflow) {
      // jsonc-parser recurses once per level; text nested this deep is no configuration.
      if (overflow instanceof RangeError) throw new JsonSyntaxError("nested too deeply", 1, 1);
      throw overflow;
    }
    // Both parsers implement RFC 8259; should they ever disagree, V8's own message still names the problem.
    const { reason, offset } = firstError(body, errors, printParseErrorCode) ?? { reason: (error as Error).message, offset: 0 };
    const before = body.slice(0, offset);
    throw new JsonSyntaxError(reason, before.split("\n").length, offset - before.lastIndexOf("\n"));
  }
}
