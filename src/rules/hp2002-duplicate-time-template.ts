import type { TimeTemplate } from "../ast/nodes.js";
import { defineRule } from "../lint/rule.js";
import { firstOccurrences, quoteString } from "./util.js";

/** HP2002: two TIMETEMPLATE definitions with the same name. */
export default defineRule({
  code: "HP2002",
  name: "duplicate-time-template",
  severity: "error",
  description: "Two TIMETEMPLATE definitions in one file have the same name.",
  docs: "docs/rules/HP2002.md",
  fixable: false,
  create(context) {
    const seenBefore = firstOccurrences<TimeTemplate>();
    return {
      TimeTemplate(node) {
        if (!node.name.terminated) return;
        const name = node.name.value;
        const previous = seenBefore(name, node);
        if (!previous) return;
        const line = context.lines.position(previous.name.range.start).line;
        context.report({
          node: node.name,
          message: `time template ${quoteString(name)} is defined twice; first at line ${line} — rename or remove one of them`,
        });
      },
    };
  },
});
