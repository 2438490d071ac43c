import { defineRule } from "../lint/rule.js";
import { quoteString } from "./util.js";
import { KW } from "../lexer/keywords.js";

/** HP2019: a TIMETEMPLATE without TIMETMPLCONDS or with an empty list. */
export default defineRule({
  code: "HP2019",
  name: "empty-time-template",
  severity: "warning",
  description: "A TIMETEMPLATE without TIMETMPLCONDS or with an empty TIMETMPLCONDS list.",
  docs: "docs/rules/HP2019.md",
  fixable: false,
  create(context) {
    return {
      TimeTemplate(node) {
        if (node.conditions && node.conditions.conditions.length > 0) return;
        if (!node.name.terminated) return;
        context.report({
          node: node.name,
          message: `time template ${quoteString(node.name.value)} has no conditions; whether it then always or never matches is undocumented — add ${KW.timetmplconds} with at least one ${KW.timetmplcond}`,
        });
      },
    };
  },
});
