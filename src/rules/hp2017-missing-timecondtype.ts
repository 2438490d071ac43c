import { defineRule } from "../lint/rule.js";

const KEYWORD = "TIMETMPLCOND";

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
        const first = node.parts[0];
        const at = first ? first.range.start : node.range.start + KEYWORD.length;
        context.report({
          range: { start: node.range.start, end: node.range.start + KEYWORD.length },
          message: "this time condition has no TIMECONDTYPE; Match is assumed — write TIMECONDTYPE Match (or Suppress) to say so",
          fix: { range: { start: at, end: at }, text: first ? "TIMECONDTYPE Match " : " TIMECONDTYPE Match" },
        });
      },
    };
  },
});
