import { defineRule } from "../lint/rule.js";
import { isRecovered, quoteString } from "./util.js";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** HP2009: a date whose month or day does not exist. */
export default defineRule({
  code: "HP2009",
  name: "invalid-date",
  severity: "warning",
  description: "A date has a month outside 1–12 or a day that does not exist in its month (29 February only in a leap year).",
  docs: "docs/rules/HP2009.md",
  fixable: false,
  create(context) {
    return {
      Date(node) {
        if (isRecovered(node) || [node.month, node.day, node.year].some((v) => v !== null && Number.isNaN(v))) return;
        const tail = "; HP accepts it but the condition can never be true — correct the date";
        const { month, day, year } = node;
        if (month !== null && (month < 1 || month > 12)) {
          context.report({
            node,
            message: `${quoteString(node.raw)} does not exist: month ${month} is not 1–12 (dates are written MM/DD/YYYY)${tail}`,
          });
          return;
        }
        if (day === null) return;
        let max = month === null ? 31 : DAYS[month - 1]!;
        // Two-digit years are not interpreted (19xx or 20xx is undocumented): 29 February is allowed for them.
        const leapKnown = month === 2 && year !== null && node.yearDigits === 4;
        if (leapKnown && !isLeap(year)) max = 28;
        if (day >= 1 && day <= max) return;
        const where =
          month === null
            ? `no month has more than ${max} days`
            : `${leapKnown ? `${MONTHS[month - 1]} ${year}` : MONTHS[month - 1]!} has ${max} days`;
        context.report({ node, message: `${quoteString(node.raw)} does not exist: ${where}${tail}` });
      },
    };
  },
});
