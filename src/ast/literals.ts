/**
 * Builders for literal nodes: the text as written plus what it means. The
 * scanner has checked each literal's shape; values are not range-checked here
 * (that is the linter's job, with messages that say what is wrong).
 */
import type { IToken } from "chevrotain";
import { VALUE_SETS, type ValueKind, type ValueOf } from "../lexer/keywords.js";
import type { DateLiteral, IPv4Literal, OffsetRange, StringLiteral, TimeLiteral, ValueWord, VariableLiteral } from "./nodes.js";

const ESCAPE = /\\([\s\S])/g;

function isEscapedAt(raw: string, index: number): boolean {
  let slashes = 0;
  for (let i = index - 1; i > 0 && raw.charCodeAt(i) === 92; i--) slashes++;
  return slashes % 2 === 1;
}

/** `value` as an HPOM string literal: `\` and `"` escaped, the two escapes HPOM files know. */
export function quoteString(value: string): string {
  return `"${value.replace(/["\\]/g, "\\$&")}"`;
}

/** A string node from its raw text. */
export function stringLiteral(raw: string, range: OffsetRange): StringLiteral {
  const terminated = raw.length >= 2 && raw.endsWith('"') && !isEscapedAt(raw, raw.length - 1);
  const body = raw.slice(1, terminated ? -1 : undefined);
  const value = body.includes("\\") ? body.replace(ESCAPE, "$1") : body;
  return { type: "String", raw, value, terminated, range };
}

/** The range a token covers; a token inserted by error recovery covers nothing at `fallback`. */
export function tokenRange(tok: IToken, fallback: number): OffsetRange {
  return Number.isNaN(tok.startOffset)
    ? { start: fallback, end: fallback }
    : { start: tok.startOffset, end: tok.startOffset + tok.image.length };
}

/** A string node from a token. */
export function stringFrom(tok: IToken, fallback: number): StringLiteral {
  return stringLiteral(tok.image, tokenRange(tok, fallback));
}

/** An IPv4 node from a token. */
export function ipv4From(tok: IToken, fallback: number): IPv4Literal {
  const raw = tok.image;
  const octets: [number, number, number, number] = [NaN, NaN, NaN, NaN];
  let part = 0;
  let value = 0;
  let digits = 0;
  for (let i = 0; i <= raw.length; i++) {
    const c = i < raw.length ? raw.charCodeAt(i) : 46;
    if (c === 46 /* . */) {
      if (part < 4 && digits > 0) octets[part] = value;
      part++;
      value = 0;
      digits = 0;
    } else {
      value = value * 10 + (c - 48);
      digits++;
    }
  }
  return { type: "IPv4", raw, octets, range: tokenRange(tok, fallback) };
}

/** A time node from a token. */
export function timeFrom(tok: IToken, fallback: number): TimeLiteral {
  const colon = tok.image.indexOf(":");
  return {
    type: "Time",
    raw: tok.image,
    hour: colon < 0 ? NaN : Number(tok.image.slice(0, colon)),
    minute: colon < 0 ? NaN : Number(tok.image.slice(colon + 1)),
    range: tokenRange(tok, fallback),
  };
}

function datePart(part: string | undefined): number | null {
  return part === undefined || part === "*" ? null : Number(part);
}

/** A date node from a token. */
export function dateFrom(tok: IToken, fallback: number): DateLiteral {
  const [m, d, y] = tok.image.split("/");
  const yearDigits = y === undefined || y === "*" ? null : y.length === 4 ? 4 : 2;
  return {
    type: "Date",
    raw: tok.image,
    month: tok.image === "" ? NaN : datePart(m),
    day: tok.image === "" ? NaN : datePart(d),
    year: tok.image === "" ? NaN : datePart(y),
    yearDigits,
    range: tokenRange(tok, fallback),
  };
}

/** A variable node from a token. */
export function variableFrom(tok: IToken, fallback: number): VariableLiteral {
  return { type: "Variable", raw: tok.image, name: tok.image.slice(1), range: tokenRange(tok, fallback) };
}

/** The member of `kind` spelt exactly `raw`, or null. */
export function valueMember<K extends ValueKind>(kind: K, raw: string): ValueOf<K> | null {
  return (VALUE_SETS[kind] as readonly string[]).includes(raw) ? (raw as ValueOf<K>) : null;
}

/** A value-word node from a token in the position of a `kind` value. */
export function valueFrom<K extends ValueKind>(kind: K, tok: IToken, fallback: number): ValueWord<K> {
  return { type: "Value", kind, raw: tok.image, value: valueMember(kind, tok.image), range: tokenRange(tok, fallback) };
}
