import type { RespMgrConfig } from "../ast/nodes.js";
import { defineRule } from "../lint/rule.js";
import { KW } from "../lexer/keywords.js";

/**
 * HP2036: more than one RESPMGRCONFIG block. HPOM evaluates their rules in file order
 * as if they were one list, so several blocks only make the order harder to see.
 * Every block after the first is reported.
 */
export default defineRule({
  code: "HP2036",
  name: "multiple-respmgrconfig",
  severity: "info",
  description: "A file has more than one RESPMGRCONFIG block.",
  docs: "docs/rules/HP2036.md",
  fixable: false,
  create(context) {
    let first: RespMgrConfig | undefined;
    return {
      RespMgrConfig(node) {
        if (!first) {
          first = node;
          return;
        }
        const line = context.lines.position(first.range.start).line;
        context.report({
          range: { start: node.range.start, end: node.range.start + "RESPMGRCONFIG".length },
          message: `another ${KW.respmgrconfig} block (first at line ${line}); several blocks are evaluated in order as one — consider merging them into one ${KW.respmgrconfig}`,
        });
      },
    };
  },
});
