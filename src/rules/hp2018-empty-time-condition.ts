import type { TimeCondition } from "../ast/nodes.js";
import { defineRule } from "../lint/rule.js";
import { KW } from "../lexer/keywords.js";

const KEYWORD = "TIMETMPLCOND";

/** The condition's type as HP reads it: an absent TIMECONDTYPE counts as Match. */
function condType(condition: TimeCondition): string {
  return condition.parts.find((p) => p.type === "TimeCondType")?.value.value ?? "Match";
}

/**
 * HP2018: a TIMETMPLCOND with no TIME, WEEKDAY or DATE part where nothing before it in the
 * template carves time out. The first condition containing the time decides, so an empty
 * condition after one of the other type is the usual "otherwise" (Suppress the office hours,
 * then Match the rest) and is not reported.
 */
export default defineRule({
  code: "HP2018",
  name: "empty-time-condition",
  severity: "warning",
  description:
    "A TIMETMPLCOND with no TIME, WEEKDAY or DATE part and no earlier condition of the other type, which decides the template all day, every day.",
  docs: "docs/rules/HP2018.md",
  fixable: false,
  create(context) {
    return {
      TimeConditions(node) {
        const seen = new Set<string>();
        for (const condition of node.conditions) {
          const type = condType(condition);
          const empty = condition.parts.every((p) => p.type === "TimeCondType");
          // An earlier condition of another type already decides some of the time; this one is "the rest".
          const otherwise = [...seen].some((t) => (t === "Match") !== (type === "Match"));
          seen.add(type);
          if (!empty || otherwise) continue;
          context.report({
            range: { start: condition.range.start, end: condition.range.start + KEYWORD.length },
            message:
              type === "Match"
                ? 'this time condition has no TIME, WEEKDAY or DATE part and covers all day, every day; add a part or use "$OPC_ALWAYS" instead of the template'
                : `this ${type} time condition has no ${KW.time}, ${KW.weekday} or ${KW.date} part, so it applies all day, every day and the template is never active; add the part it was meant to exclude`,
          });
        }
      },
    };
  },
});
