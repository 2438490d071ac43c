import { defineRule } from "../lint/rule.js";
import { ruleLabel } from "./managers.js";
import { KW } from "../lexer/keywords.js";

/**
 * HP2026: a rule whose MSGTARGETMANAGERS or MSGOPERATIONS list is empty. The rule
 * still matches (and, first match winning, keeps later rules from the messages), so
 * it silently swallows them; that holds in every file kind.
 */
export default defineRule({
  code: "HP2026",
  name: "empty-rule-outcome",
  severity: "warning",
  description: "A message target rule whose MSGTARGETMANAGERS or MSGOPERATIONS list has no entries.",
  docs: "docs/rules/HP2026.md",
  fixable: false,
  create(context) {
    return {
      TargetRule(node) {
        const { outcome } = node;
        const rule = ruleLabel(node, "this rule");
        if (outcome.type === "TargetManagers") {
          if (outcome.managers.length > 0) return;
          context.report({
            range: { start: outcome.range.start, end: outcome.range.start + "MSGTARGETMANAGERS".length },
            message: `${rule} has no target managers, so the messages it matches are sent nowhere and no later rule sees them; add a ${KW.msgtargetmanager} or remove the rule`,
          });
          return;
        }
        if (outcome.operations.length > 0) return;
        context.report({
          range: { start: outcome.range.start, end: outcome.range.start + "MSGOPERATIONS".length },
          message: `${rule} has no message operations, so it does nothing with the messages it matches and no later rule sees them; add a ${KW.msgoperation} or remove the rule`,
        });
      },
    };
  },
});
