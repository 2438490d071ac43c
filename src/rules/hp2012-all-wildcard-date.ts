import { defineRule } from "../lint/rule.js";
import { isRecovered } from "./util.js";
import { KW } from "../lexer/keywords.js";

/** HP2012: the date `*\/*\/*`. */
export default defineRule({
  code: "HP2012",
  name: "all-wildcard-date",
  severity: "error",
  description: 'A date is "*/*/*": an undocumented wildcard form that matches every day.',
  docs: "docs/rules/HP2012.md",
  fixable: false,
  create(context) {
    return {
      Date(node) {
        if (isRecovered(node)) return;
        if (node.month !== null || node.day !== null || node.year !== null) return;
        context.report({
          node,
          message: `date wildcard form "*/*/*" is not documented (documented: MM/DD/YYYY, MM/DD/YY, MM/DD/*) and would match every day; remove the ${KW.date} part — a condition without ${KW.date} applies every day`,
        });
      },
    };
  },
});
