import type { TimeTemplate } from "../ast/nodes.js";
import { defineRule } from "../lint/rule.js";
import { reportRepeatedNames } from "./util.js";

/** HP2002: two TIMETEMPLATE definitions with the same name. */
export default defineRule({
  code: "HP2002",
  name: "duplicate-time-template",
  severity: "error",
  description: "Two TIMETEMPLATE definitions in one file have the same name.",
  docs: "docs/rules/HP2002.md",
  fixable: false,
  create(context) {
    return {
      TimeTemplate: reportRepeatedNames<TimeTemplate>(
        context,
        (name, line) => `time template ${name} is defined twice; first at line ${line} — rename or remove one of them`,
      ),
    };
  },
});
