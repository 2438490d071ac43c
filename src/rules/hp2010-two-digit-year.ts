import { defineRule } from "../lint/rule.js";
import { isRecovered, quoteString } from "./util.js";

/** HP2010: a date written with a two-digit year. */
export default defineRule({
  code: "HP2010",
  name: "two-digit-year",
  severity: "warning",
  description: "A date is written with a two-digit year (MM/DD/YY), whose century is ambiguous.",
  docs: "docs/rules/HP2010.md",
  fixable: false,
  create(context) {
    return {
      Date(node) {
        if (isRecovered(node) || node.yearDigits !== 2) return;
        const yy = node.raw.slice(node.raw.lastIndexOf("/") + 1);
        context.report({
          node,
          message: `two-digit year ${quoteString(yy)} in ${quoteString(node.raw)} is ambiguous; use four digits (MM/DD/YYYY, e.g. ${quoteString(node.raw.slice(0, -2) + "20" + yy)})`,
        });
      },
    };
  },
});
