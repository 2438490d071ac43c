import { describeKind } from "../files/file-kind.js";
import { defineRule } from "../lint/rule.js";
import { KW } from "../lexer/keywords.js";

/** HP2040: a file without a RESPMGRCONFIGS section. */
export default defineRule({
  code: "HP2040",
  name: "missing-respmgrconfigs",
  severity: "error",
  description: "The file has no RESPMGRCONFIGS section (only an HPOM for Windows server-based policy may lack one).",
  docs: "docs/rules/HP2040.md",
  fixable: false,
  create(context) {
    // An HPOM for Windows server-based policy may be empty; in that dialect a file of unknown kind may be one.
    if (context.settings.dialect === "omw" && (context.kind === undefined || context.kind === "msgforw")) return {};
    return {
      ConfigFile(ast) {
        if (ast.respMgrConfigs) return;
        context.report({
          range: { start: 0, end: 0 },
          message: `the file has no ${KW.respmgrconfigs} section; ${context.kind ? describeKind(context.kind) : "every flexible-management file"} needs one, and opcmomchk rejects the file without it — add ${KW.respmgrconfigs} with at least one ${KW.respmgrconfig}`,
        });
      },
    };
  },
});
