import type { DateLiteral } from "../ast/nodes.js";
import { defineRule } from "../lint/rule.js";
import { isRecovered } from "./util.js";
import { KW } from "../lexer/keywords.js";

function sameShape(a: DateLiteral, b: DateLiteral): boolean {
  return (a.month === null) === (b.month === null) && (a.day === null) === (b.day === null) && a.yearDigits === b.yearDigits;
}

/** Whether the month and day, where written, are in 1–12 and 1–31. */
function plausible(d: DateLiteral): boolean {
  return (d.month === null || (d.month >= 1 && d.month <= 12)) && (d.day === null || (d.day >= 1 && d.day <= 31));
}

/** Compares two dates of the same shape, year first; `*` parts are skipped. */
function compare(a: DateLiteral, b: DateLiteral): number {
  for (const [x, y] of [
    [a.year, b.year],
    [a.month, b.month],
    [a.day, b.day],
  ] as const) {
    if (x === null || y === null || x === y) continue;
    return x - y;
  }
  return 0;
}

/**
 * What to write instead. Without a year (`*`) a reversed range almost always
 * means "across the year end" (holidays), so swapping would cover the rest of
 * the year instead: split it at 12/31. With years written, it is a typo: swap.
 */
function remedy(from: DateLiteral, to: DateLiteral): string {
  if (from.year !== null || from.month === null || from.day === null) return `swap the dates (${dateRange(to.raw, from.raw)})`;
  return `to span the year end use two conditions, ${dateRange(from.raw, "12/31/*")} and ${dateRange("01/01/*", to.raw)}`;
}

/** `DATE FROM <from> TO <to>`, as a message suggests it. */
function dateRange(from: string, to: string): string {
  return `${KW.date} ${KW.from} ${from} ${KW.to} ${to}`;
}

/** HP2021: `DATE FROM d1 TO d2`, both of the same wildcard shape, with d1 after d2. */
export default defineRule({
  code: "HP2021",
  name: "date-range-order",
  severity: "warning",
  description: "A DATE FROM … TO … range whose dates have the same wildcard shape and whose start is after its end.",
  docs: "docs/rules/HP2021.md",
  fixable: false,
  create(context) {
    return {
      DateRange(node) {
        const { from, to } = node;
        if (isRecovered(from) || isRecovered(to) || !sameShape(from, to)) return;
        if ([from.month, from.day, from.year, to.month, to.day, to.year].some((n) => Number.isNaN(n))) return;
        // Impossible months and days are HP2009's (invalid-date); their order means nothing.
        if (!plausible(from) || !plausible(to) || compare(from, to) <= 0) return;
        context.report({
          node,
          message: `date range ends before it starts: ${KW.date} ${KW.from} ${from.raw} is after ${KW.to} ${to.raw}, so the condition never matches — ${remedy(from, to)}`,
        });
      },
    };
  },
});
