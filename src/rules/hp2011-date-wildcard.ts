import { defineRule } from "../lint/rule.js";
import { isRecovered, quoteString } from "./util.js";

/** HP2011: `*` in the month or day position of a date (but not `*\/*\/*`, which is HP2012). */
export default defineRule({
  code: "HP2011",
  name: "date-wildcard",
  severity: "warning",
  description: 'A date has "*" in the month or day position, a wildcard form HP does not document.',
  docs: "docs/rules/HP2011.md",
  fixable: false,
  create(context) {
    return {
      Date(node) {
        if (isRecovered(node)) return;
        if (node.month !== null && node.day !== null) return;
        if (node.month === null && node.day === null && node.year === null) return;
        context.report({
          node,
          message: `date wildcard form ${quoteString(node.raw)} is not documented (documented: MM/DD/YYYY, MM/DD/YY, MM/DD/*); some HPOM versions reject it — write the dates out, one condition each`,
        });
      },
    };
  },
});
