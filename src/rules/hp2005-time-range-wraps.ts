import type { TimeLiteral } from "../ast/nodes.js";
import { defineRule } from "../lint/rule.js";
import { KW } from "../lexer/keywords.js";

/** `TIME FROM <from> TO <to>`, as a message suggests it. */
function timeRange(from: string, to: string): string {
  return `${KW.time} ${KW.from} ${from} ${KW.to} ${to}`;
}

function minutes(t: TimeLiteral): number {
  return t.hour * 60 + t.minute;
}

/** HP2005: `TIME FROM a TO b` with a not before b. */
export default defineRule({
  code: "HP2005",
  name: "time-range-wraps",
  severity: "error",
  description: "A TIME FROM … TO … range whose start is not before its end; HPOM time ranges cannot cross midnight.",
  docs: "docs/rules/HP2005.md",
  fixable: false,
  create(context) {
    return {
      TimeRange(node) {
        const from = minutes(node.from);
        const to = minutes(node.to);
        // A time the parser had to invent after a syntax error (NaN) is already reported.
        if (Number.isNaN(from) || Number.isNaN(to) || from < to) return;
        const a = node.from.raw;
        const b = node.to.raw;
        context.report({
          node,
          message:
            from === to
              ? `${timeRange(a, b)} is empty: ${KW.from} must be before ${KW.to}; for the whole day leave ${KW.time} out`
              : node.from.hour >= 24
                ? // FROM 24:00 is itself invalid (HP2008); there is no evening half to split off.
                  `${KW.time} ${KW.from} ${a} is not before ${KW.to} ${b}; a day's times run from 0:00 to 24:00 — write ${timeRange("0:00", b)}`
                : `${KW.time} ${KW.from} ${a} is not before ${KW.to} ${b}; a time range cannot cross midnight — use two conditions, ${timeRange(a, "24:00")} and ${timeRange("0:00", b)}`,
        });
      },
    };
  },
});
