import type { TimeConditionPart } from "../ast/nodes.js";
import { defineRule } from "../lint/rule.js";
import { KW } from "../lexer/keywords.js";

/** The keyword a time-condition part is written with; ON and FROM forms count as one part. */
export function partKeyword(part: TimeConditionPart): "TIMECONDTYPE" | "TIME" | "WEEKDAY" | "DATE" {
  switch (part.type) {
    case "TimeCondType":
      return "TIMECONDTYPE";
    case "TimeRange":
      return "TIME";
    case "WeekdayOn":
    case "WeekdayRange":
      return "WEEKDAY";
    case "DateOn":
    case "DateRange":
      return "DATE";
  }
}

/** HP2016: the same part (TIMECONDTYPE, TIME, WEEKDAY or DATE) twice in one TIMETMPLCOND. */
export default defineRule({
  code: "HP2016",
  name: "duplicate-time-part",
  severity: "error",
  description: "TIMECONDTYPE, TIME, WEEKDAY or DATE appears twice in one TIMETMPLCOND.",
  docs: "docs/rules/HP2016.md",
  fixable: false,
  create(context) {
    return {
      TimeCondition(node) {
        const seen = new Map<string, TimeConditionPart>();
        for (const part of node.parts) {
          const keyword = partKeyword(part);
          const first = seen.get(keyword);
          if (!first) {
            seen.set(keyword, part);
            continue;
          }
          const line = context.lines.position(first.range.start).line;
          context.report({
            node: part,
            message: `${keyword} appears twice in one time condition (first at line ${line}); opcmomchk rejects this — ${keyword === KW.timecondtype ? `keep one ${KW.timecondtype}` : `put each ${keyword} in a ${KW.timetmplcond} of its own`}`,
          });
        }
      },
    };
  },
});
