import { defineRule } from "../lint/rule.js";
import { ruleLabel } from "./managers.js";

/**
 * HP2035: an escmgr rule with two or more target managers, or with MSGCONTROLLINGMGR,
 * NOTIFYMGR or ACKNONLOCALMGR. An escalation rule names exactly one target without
 * attributes (docs/language.md#escalation). Checked only when the file is known to be an escmgr file.
 */
export default defineRule({
  code: "HP2035",
  name: "escmgr-single-target",
  severity: "error",
  description: "An escmgr rule names more than one target manager, or uses MSGCONTROLLINGMGR, NOTIFYMGR or ACKNONLOCALMGR.",
  docs: "docs/rules/HP2035.md",
  fixable: false,
  create(context) {
    if (context.kind !== "escmgr") return {};
    return {
      TargetRule(node) {
        if (node.outcome.type !== "TargetManagers") return;
        const { managers, ackNonLocal } = node.outcome;
        const first = managers[0];
        for (const target of managers) {
          if (first && target !== first) {
            const line = context.lines.position(first.range.start).line;
            context.report({
              range: { start: target.range.start, end: target.range.start + "MSGTARGETMANAGER".length },
              message: `an escalation rule names exactly one target manager, and ${ruleLabel(node, "this rule")} already names one at line ${line}; remove this target or move it to a rule with other conditions`,
            });
          }
          if (target.attribute) {
            context.report({
              node: target.attribute,
              message: `${target.attribute.keyword} has no place in escmgr: an escalation rule names exactly one target without attributes — remove it`,
            });
          }
        }
        if (ackNonLocal) {
          context.report({
            node: ackNonLocal,
            message: "ACKNONLOCALMGR has no place in escmgr: an escalation rule names exactly one target without attributes — remove it",
          });
        }
      },
    };
  },
});
