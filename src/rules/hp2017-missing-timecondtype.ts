import { matchCondType } from "../ast/build.js";
import { KW } from "../lexer/keywords.js";
import { insertAfter, insertBefore } from "../lint/edits.js";
import { defineRule } from "../lint/rule.js";
import { printTimePart } from "../printer/print.js";
import { keywordRange } from "./util.js";

/** HP2017: a TIMETMPLCOND without TIMECONDTYPE (Match is assumed). */
export default defineRule({
  code: "HP2017",
  name: "missing-timecondtype",
  severity: "info",
  description: "A TIMETMPLCOND without TIMECONDTYPE; Match is assumed.",
  docs: "docs/rules/HP2017.md",
  fixable: true,
  create(context) {
    return {
      TimeCondition(node) {
        if (node.parts.some((p) => p.type === "TimeCondType")) return;
        const keyword = keywordRange(node.range.start, KW.timetmplcond);
        const first = node.parts[0];
        const part = printTimePart(matchCondType());
        context.report({
          range: keyword,
          message: `this time condition has no ${KW.timecondtype}; Match is assumed — write ${part} (or Suppress) to say so`,
          fix: first ? insertBefore(first.range.start, part) : insertAfter(keyword.end, part),
        });
      },
    };
  },
});
