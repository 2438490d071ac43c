import { defineRule } from "../lint/rule.js";
import { weekdayIndex } from "./util.js";
import { KW } from "../lexer/keywords.js";

/** HP2020: `WEEKDAY FROM x TO y` with x after y (Monday first). */
export default defineRule({
  code: "HP2020",
  name: "weekday-range-wraps",
  severity: "warning",
  description: "A WEEKDAY FROM … TO … range whose start comes after its end (Monday first), wrapping past Sunday.",
  docs: "docs/rules/HP2020.md",
  fixable: false,
  create(context) {
    return {
      WeekdayRange(node) {
        const from = weekdayIndex(node.from);
        const to = weekdayIndex(node.to);
        if (from === undefined || to === undefined || from <= to) return;
        const a = node.from.value!;
        const b = node.to.value!;
        const part = (x: string, y: string) => (x === y ? `${KW.weekday} ${KW.on} ${x}` : `${KW.weekday} ${KW.from} ${x} ${KW.to} ${y}`);
        context.report({
          node,
          message: `weekday range ${a}–${b} wraps past Sunday; behaviour is undocumented — use two conditions, ${part(a, "Sunday")} and ${part("Monday", b)}`,
        });
      },
    };
  },
});
