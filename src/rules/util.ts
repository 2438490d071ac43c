/** Helpers shared by the time-template rules. */
import type { OffsetRange, StringLiteral, TimeTemplateRef, ValueWord, VariableLiteral } from "../ast/nodes.js";

/** The always-true time template every file may reference without defining it. */
export const OPC_ALWAYS = "$OPC_ALWAYS";

/** The template name a reference means: a string's value, or `$NAME` for a bare variable. */
export function referencedName(ref: TimeTemplateRef): string {
  return nameOf(ref.name);
}

/** The text a string or bare variable stands for. */
export function nameOf(literal: StringLiteral | VariableLiteral): string {
  return literal.type === "String" ? literal.value : `$${literal.name}`;
}

/** `value` as an HPOM string literal. */
export function quoteString(value: string): string {
  return `"${value.replace(/["\\]/g, "\\$&")}"`;
}

/** Whether a literal was invented by the parser's error recovery (nothing was written; fields are NaN). */
export function isRecovered(literal: { raw: string }): boolean {
  return literal.raw === "";
}

/** The weekdays, Monday first, as HPOM spells them. */
export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

/** The 0-based index (Monday = 0) of a weekday value; undefined when the word is not a weekday. */
export function weekdayIndex(word: ValueWord<"weekday">): number | undefined {
  if (word.value === null) return undefined;
  const i = (WEEKDAYS as readonly string[]).indexOf(word.value);
  return i < 0 ? undefined : i;
}

/**
 * Remembers the first node seen under each name, for the "defined twice" rules:
 * returns the earlier node when `name` was seen before, else records `node`.
 */
export function firstOccurrences<T>(): (name: string, node: T) => T | undefined {
  const first = new Map<string, T>();
  return (name, node) => {
    const previous = first.get(name);
    if (previous === undefined) first.set(name, node);
    return previous;
  };
}

/** The range of a keyword starting at `start`, to underline a clause by its first word only. */
export function keywordRange(start: number, keyword: string): OffsetRange {
  return { start, end: start + keyword.length };
}
