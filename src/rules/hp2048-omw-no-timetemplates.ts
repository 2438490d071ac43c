import { isOmwServerPolicy } from "../files/dialect.js";
import { defineRule } from "../lint/rule.js";
import { keywordRange, OPC_ALWAYS, quoteString } from "./util.js";
import { KW } from "../lexer/keywords.js";

/**
 * HP2048: time templates defined in an HPOM for Windows server-based policy (`dialect: "omw"`,
 * kind `msgforw`). An empty TIMETEMPLATES section is accepted: HP ships a sample server-based
 * policy that starts with one (`TIMETEMPLATES` / `# none`), so it is what administrators copy.
 */
export default defineRule({
  code: "HP2048",
  name: "omw-no-timetemplates",
  severity: "error",
  description:
    'A TIMETEMPLATES section that defines time templates in an HPOM for Windows server-based flexible-management policy (lint option dialect "omw", kind msgforw).',
  docs: "docs/rules/HP2048.md",
  fixable: false,
  create(context) {
    if (!isOmwServerPolicy(context.kind, context.settings.dialect)) return {};
    return {
      TimeTemplates(node) {
        if (node.templates.length === 0) return;
        context.report({
          range: keywordRange(node.range.start, "TIMETEMPLATES"),
          message: `HPOM for Windows server-based policies do not support time templates, and its policy editor rejects them; remove the ${KW.timetemplates} section and use ${KW.timetemplate} ${quoteString(OPC_ALWAYS)} in the targets`,
        });
      },
    };
  },
});
