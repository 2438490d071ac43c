import { defineRule } from "../lint/rule.js";

const KEYWORD = "TIMETMPLCOND";

/** HP2018: a TIMETMPLCOND with no TIME, WEEKDAY or DATE part. */
export default defineRule({
  code: "HP2018",
  name: "empty-time-condition",
  severity: "warning",
  description: "A TIMETMPLCOND with no TIME, WEEKDAY or DATE part, which covers all day, every day.",
  docs: "docs/rules/HP2018.md",
  fixable: false,
  create(context) {
    return {
      TimeCondition(node) {
        if (node.parts.some((p) => p.type !== "TimeCondType")) return;
        const type = node.parts.find((p) => p.type === "TimeCondType")?.value.value ?? "Match";
        context.report({
          range: { start: node.range.start, end: node.range.start + KEYWORD.length },
          message:
            type === "Match"
              ? 'this time condition has no TIME, WEEKDAY or DATE part and covers all day, every day; add a part or use "$OPC_ALWAYS" instead of the template'
              : `this ${type} time condition has no TIME, WEEKDAY or DATE part, so it applies all day, every day and the template is never active; add the part it was meant to exclude`,
        });
      },
    };
  },
});
