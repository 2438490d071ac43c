import type { TimeLiteral } from "../ast/nodes.js";
import { defineRule } from "../lint/rule.js";
import { isRecovered, quoteString } from "./util.js";
import { KW } from "../lexer/keywords.js";

/** Why `time` is not a valid time of day in a `FROM` (or `TO`) position, or undefined when it is. */
function problem(time: TimeLiteral, isFrom: boolean): string | undefined {
  const { hour, minute } = time;
  if (hour > 24) return `the hour must be 0–23 (or 24:00 for the end of the day)`;
  if (minute > 59) return `the minutes must be 00–59`;
  if (hour === 24 && minute !== 0) return `the only time after 23:59 is 24:00 (the end of the day)`;
  if (hour === 24 && isFrom)
    return `24:00 is the end of the day and can only be a ${KW.to} value; start the range before 24:00 (midnight at the start of a day is 0:00)`;
  return undefined;
}

/** HP2008: a time of day that does not exist, or 24:00 as a FROM value. */
export default defineRule({
  code: "HP2008",
  name: "invalid-time",
  severity: "error",
  description: "A time has an hour above 24, minutes above 59, is 24:MM with MM other than 00, or is 24:00 used as a FROM value.",
  docs: "docs/rules/HP2008.md",
  fixable: false,
  create(context) {
    const check = (time: TimeLiteral, isFrom: boolean): void => {
      if (isRecovered(time) || Number.isNaN(time.hour) || Number.isNaN(time.minute)) return;
      const why = problem(time, isFrom);
      if (why) context.report({ node: time, message: `${quoteString(time.raw)} is not a valid time of day: ${why}` });
    };
    return {
      TimeRange(node) {
        check(node.from, true);
        check(node.to, false);
      },
    };
  },
});
