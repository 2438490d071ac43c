import { isOmwServerPolicy } from "../files/dialect.js";
import { defineRule } from "../lint/rule.js";
import { keywordRange, OPC_ALWAYS, quoteString } from "./util.js";

/** HP2048: a TIMETEMPLATES section in an HPOM for Windows server-based policy (`dialect: "omw"`, kind `msgforw`). */
export default defineRule({
  code: "HP2048",
  name: "omw-no-timetemplates",
  severity: "error",
  description: 'A TIMETEMPLATES section in an HPOM for Windows server-based flexible-management policy (lint option dialect "omw", kind msgforw).',
  docs: "docs/rules/HP2048.md",
  fixable: false,
  create(context) {
    if (!isOmwServerPolicy(context.kind, context.options.dialect)) return {};
    return {
      TimeTemplates(node) {
        context.report({
          range: keywordRange(node.range.start, "TIMETEMPLATES"),
          message: `HPOM for Windows server-based policies do not support time templates, and its policy editor rejects them; remove the TIMETEMPLATES section and use TIMETEMPLATE ${quoteString(OPC_ALWAYS)} in the targets`,
        });
      },
    };
  },
});
