import { defineRule } from "../lint/rule.js";
import { quoteString } from "./util.js";

/** HP2004: a defined time template whose name starts with `$`, such as `$OPC_ALWAYS`. */
export default defineRule({
  code: "HP2004",
  name: "reserved-template-name",
  severity: "error",
  description: 'A time template is defined with a name starting with "$" (reserved for HPOM variables such as "$OPC_ALWAYS").',
  docs: "docs/rules/HP2004.md",
  fixable: false,
  create(context) {
    return {
      TimeTemplate(node) {
        if (!node.name.terminated || !node.name.value.startsWith("$")) return;
        const name = node.name.value;
        context.report({
          node: node.name,
          message: `${quoteString(name)} is reserved and cannot be defined as a time template; choose a name without "$"`,
        });
      },
    };
  },
});
