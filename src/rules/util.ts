/** Helpers shared by the rules. */
import type { OffsetRange, StringLiteral, TimeTemplateRef, ValueWord, VariableLiteral } from "../ast/nodes.js";
import type { RuleContext } from "../lint/rule.js";
import { quoteString } from "../ast/literals.js";

/** Re-exported so the rules keep one import for their helpers; defined beside the string literal it writes. */
export { quoteString };

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
 * The visitor of a "defined twice" rule: reports the name of every node whose
 * (terminated) name an earlier node of the file already had, with the message
 * `message(quotedName, lineOfTheFirst)`.
 */
export function reportRepeatedNames<T extends { name: StringLiteral }>(
  context: RuleContext,
  message: (quotedName: string, firstLine: number) => string,
): (node: T) => void {
  const first = new Map<string, T>();
  return (node) => {
    if (!node.name.terminated) return;
    const name = node.name.value;
    const previous = first.get(name);
    if (previous === undefined) {
      first.set(name, node);
      return;
    }
    context.report({ node: node.name, message: message(quoteString(name), context.lines.position(previous.name.range.start).line) });
  };
}

/** The range of a keyword starting at `start`, to underline a clause by its first word only. */
export function keywordRange(start: number, keyword: string): OffsetRange {
  return { start, end: start + keyword.length };
}
