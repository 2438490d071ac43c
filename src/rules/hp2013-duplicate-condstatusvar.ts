import type { CondStatusVarDecl } from "../ast/nodes.js";
import { defineRule } from "../lint/rule.js";
import { firstOccurrences, quoteString } from "./util.js";

/** HP2013: a condition status variable declared twice under CONDSTATUSVARS. */
export default defineRule({
  code: "HP2013",
  name: "duplicate-condstatusvar",
  severity: "error",
  description: "Two CONDSTATUSVAR declarations under CONDSTATUSVARS have the same name.",
  docs: "docs/rules/HP2013.md",
  fixable: false,
  create(context) {
    const seenBefore = firstOccurrences<CondStatusVarDecl>();
    return {
      CondStatusVarDecl(node) {
        if (!node.name.terminated) return;
        const name = node.name.value;
        const previous = seenBefore(name, node);
        if (!previous) return;
        const line = context.lines.position(previous.name.range.start).line;
        context.report({
          node: node.name,
          message: `condition status variable ${quoteString(name)} is declared twice; first at line ${line} — remove one declaration`,
        });
      },
    };
  },
});
