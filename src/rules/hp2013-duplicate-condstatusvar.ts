import type { CondStatusVarDecl } from "../ast/nodes.js";
import { defineRule } from "../lint/rule.js";
import { reportRepeatedNames } from "./util.js";

/** HP2013: a condition status variable declared twice under CONDSTATUSVARS. */
export default defineRule({
  code: "HP2013",
  name: "duplicate-condstatusvar",
  severity: "error",
  description: "Two CONDSTATUSVAR declarations under CONDSTATUSVARS have the same name.",
  docs: "docs/rules/HP2013.md",
  fixable: false,
  create(context) {
    return {
      CondStatusVarDecl: reportRepeatedNames<CondStatusVarDecl>(
        context,
        (name, line) => `condition status variable ${name} is declared twice; first at line ${line} — remove one declaration`,
      ),
    };
  },
});
