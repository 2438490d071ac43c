import type { DateLiteral } from "../ast/nodes.js";
import { defineRule } from "../lint/rule.js";
import { isRecovered, WEEKDAYS, weekdayIndex } from "./util.js";
import { KW } from "../lexer/keywords.js";

/** The weekday (Monday = 0) of a full date, or undefined when the date is not complete or does not exist. */
function weekdayOf(date: DateLiteral): number | undefined {
  const { month, day, year } = date;
  if (isRecovered(date) || date.yearDigits !== 4 || month === null || day === null || year === null) return undefined;
  if (!Number.isInteger(month) || !Number.isInteger(day) || !Number.isInteger(year)) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return (d.getUTCDay() + 6) % 7;
}

/** HP2022: a WEEKDAY part with a `DATE ON MM/DD/YYYY` that falls on another weekday. */
export default defineRule({
  code: "HP2022",
  name: "weekday-date-conflict",
  severity: "warning",
  description: "A TIMETMPLCOND whose DATE ON with a four-digit year falls on a weekday outside its WEEKDAY part, so it never matches.",
  docs: "docs/rules/HP2022.md",
  fixable: false,
  create(context) {
    return {
      TimeCondition(node) {
        const weekday = node.parts.find((p) => p.type === "WeekdayOn" || p.type === "WeekdayRange");
        if (!weekday) return;
        let allowed: (w: number) => boolean;
        let written: string;
        if (weekday.type === "WeekdayOn") {
          const on = weekdayIndex(weekday.day);
          if (on === undefined) return;
          allowed = (w) => w === on;
          written = `${KW.weekday} ${KW.on} ${weekday.day.value}`;
        } else {
          const from = weekdayIndex(weekday.from);
          const to = weekdayIndex(weekday.to);
          if (from === undefined || to === undefined) return;
          allowed = from <= to ? (w) => w >= from && w <= to : (w) => w >= from || w <= to;
          written = `${KW.weekday} ${KW.from} ${weekday.from.value} ${KW.to} ${weekday.to.value}`;
        }
        for (const part of node.parts) {
          if (part.type !== "DateOn") continue;
          const w = weekdayOf(part.date);
          if (w === undefined || allowed(w)) continue;
          context.report({
            node: part,
            message: `${part.date.raw} is a ${WEEKDAYS[w]}; this condition can never be true — it also requires ${written}; fix the date or the ${KW.weekday} part`,
          });
        }
      },
    };
  },
});
