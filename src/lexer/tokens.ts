/**
 * Chevrotain token types of the language. The hand-written scanner in
 * `scanner.ts` produces tokens of these types; the parser consumes them.
 */
import { createToken, type TokenType } from "chevrotain";
import { KEYWORDS, OPERAND_KEYWORDS, VALUE_SETS, type Keyword, type ValueKind } from "./keywords.js";

/**
 * Category of every token that can only stand after a keyword as its operand:
 * words, literals and keywords such as `IP` or `FROM`. One of these where a
 * clause should start is stray, so the parser can skip it and stay in context.
 */
export const Operand = createToken({ name: "Operand" });

/** Any word in a value position: generic words and every enumerated value. */
export const Word = createToken({ name: "Word", pattern: /[A-Za-z_][A-Za-z0-9_-]*/, label: "a word", categories: [Operand] });

/** A double-quoted string; an unterminated one is still this type (the scanner reports it). */
export const StringLit = createToken({ name: "String", pattern: /"(?:[^"\\\r\n]|\\.)*"?/, label: "a string", categories: [Operand] });
/** A dotted IPv4 address such as `0.0.0.0`. */
export const IPv4Lit = createToken({
  name: "IPv4",
  pattern: /\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}/,
  label: "an IPv4 address",
  categories: [Operand],
});
/** A time of day such as `7:00` or `24:00`. */
export const TimeLit = createToken({ name: "Time", pattern: /\d{1,2}:\d{2}/, label: "a time (HH:MM)", categories: [Operand] });
/** A date month/day/year, each part possibly `*`. */
export const DateLit = createToken({
  name: "Date",
  pattern: /(?:\d{1,2}|\*)\/(?:\d{1,2}|\*)\/(?:\d{4}|\d{2}|\*)/,
  label: "a date (MM/DD/YYYY)",
  categories: [Operand],
});
/** A `$NAME` variable such as `$OPC_ALWAYS`. */
export const VariableLit = createToken({
  name: "Variable",
  pattern: /\$[A-Za-z_][A-Za-z0-9_]*/,
  label: "a variable",
  categories: [Operand],
});
/**
 * A malformed literal (`1.2.3`, `25.00`, `8am`). The scanner has already reported
 * it, so the parser never reports an error on it a second time.
 */
export const InvalidLit = createToken({
  name: "Invalid",
  pattern: /[0-9*][0-9A-Za-z_.:/*-]*/,
  label: "a malformed value",
  categories: [Operand],
});

function valueToken(kind: ValueKind, name: string): TokenType {
  const members = VALUE_SETS[kind].join("|");
  return createToken({ name, pattern: new RegExp(members), categories: [Word, Operand], label: `a ${kind}` });
}

/** Exact spellings of the enumerated values (docs/language.md#enumerated-values), one token type per value set. */
export const VALUE_TOKENS: Record<ValueKind, TokenType> = {
  severity: valueToken("severity", "SeverityValue"),
  "condition-type": valueToken("condition-type", "ConditionTypeValue"),
  weekday: valueToken("weekday", "WeekdayValue"),
  boolean: valueToken("boolean", "BooleanValue"),
  "timezone-type": valueToken("timezone-type", "TimezoneTypeValue"),
};

/** One token type per keyword, named and labelled by its spelling. */
export const KEYWORD_TOKENS = Object.fromEntries(
  KEYWORDS.map((k) => [
    k,
    createToken({ name: k, pattern: new RegExp(k), label: k, categories: OPERAND_KEYWORDS.has(k) ? [Operand] : [] }),
  ]),
) as Record<Keyword, TokenType>;

/** Token types of the keywords that start a clause (every keyword but the operands): error recovery resumes at each. */
export const CLAUSE_KEYWORD_TYPES: readonly TokenType[] = KEYWORDS.filter((k) => !OPERAND_KEYWORDS.has(k)).map((k) => KEYWORD_TOKENS[k]);

/** Every token type, as the parser's vocabulary. */
export const ALL_TOKENS: TokenType[] = [
  Operand,
  ...KEYWORDS.map((k) => KEYWORD_TOKENS[k]),
  ...Object.values(VALUE_TOKENS),
  Word,
  StringLit,
  IPv4Lit,
  TimeLit,
  DateLit,
  VariableLit,
  InvalidLit,
];
