import type { TimeTemplate } from "../ast/nodes.js";
import { defineRule } from "../lint/rule.js";
import { quoteString, referencedName } from "./util.js";
import { KW } from "../lexer/keywords.js";

/** HP2003: a TIMETEMPLATE that no target manager or message operation references. */
export default defineRule({
  code: "HP2003",
  name: "unused-time-template",
  severity: "warning",
  description: "A time template is defined but never referenced by a TIMETEMPLATE reference in the same file.",
  docs: "docs/rules/HP2003.md",
  fixable: false,
  create(context) {
    const defined: TimeTemplate[] = [];
    const used = new Set<string>();
    return {
      TimeTemplate(node) {
        // Reserved names are reported by reserved-template-name.
        if (node.name.terminated && !node.name.value.startsWith("$")) defined.push(node);
      },
      TimeTemplateRef(node) {
        used.add(referencedName(node));
      },
      "ConfigFile:exit"() {
        const reported = new Set<string>();
        for (const t of defined) {
          const name = t.name.value;
          if (used.has(name) || reported.has(name)) continue;
          reported.add(name);
          context.report({
            node: t.name,
            message: `time template ${quoteString(name)} is never used; reference it in a ${KW.timetemplate} or remove it`,
          });
        }
      },
    };
  },
});
