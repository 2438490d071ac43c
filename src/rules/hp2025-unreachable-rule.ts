import type { RuleConditions, RuleOutcome, TargetRule } from "../ast/nodes.js";
import { defineRule } from "../lint/rule.js";
import { isAgentKind } from "../files/file-kind.js";
import { ruleLabel } from "./managers.js";
import { OPC_ALWAYS, referencedName } from "./util.js";

const KEYWORD = "MSGTARGETRULE";

/**
 * Whether every message satisfies the conditions (docs/language.md#first-matching-condition-decides): the list is empty, or
 * a Match condition without attributes comes before any Suppress/Unmatch condition
 * (a condition before it that the message satisfies also decides "match" only when
 * it is Match; an exclusion before it takes messages out).
 */
function matchesEveryMessage(conditions: RuleConditions): boolean {
  if (conditions.conditions.length === 0) return true;
  for (const condition of conditions.conditions) {
    let match = true;
    let restricts = false;
    for (const a of condition.attributes) {
      // An invalid MSGCONDTYPE word is not assumed to mean Match.
      if (a.type === "MsgCondTypeAttribute") match &&= a.value.value === "Match";
      else restricts = true;
    }
    if (!match) return false;
    if (!restricts) return true;
  }
  return false;
}

/** Whether a matched message is always delivered: some target is active at every time. */
function deliversAlways(outcome: RuleOutcome): boolean {
  // Message operations exist only in the outage file, where matching does not depend on time.
  if (outcome.type === "MessageOperations") return true;
  return outcome.managers.some((m) => referencedName(m.timeTemplate) === OPC_ALWAYS);
}

/**
 * HP2025: a message target rule after a rule that matches every message. Rules are
 * evaluated in file order across all RESPMGRCONFIG blocks and only the first match is
 * used. On an agent, a rule whose targets' time templates are all inactive is
 * undocumented (the message may fall through), so there a catch-all only shadows when
 * it has a `$OPC_ALWAYS` target; server files decide by conditions alone. With the
 * file kind unknown the agent reading applies, so only rules unreachable in every
 * kind are reported.
 */
export default defineRule({
  code: "HP2025",
  name: "unreachable-rule",
  severity: "warning",
  description: "A message target rule comes after a rule that already matches every message, so it is never used.",
  docs: "docs/rules/HP2025.md",
  fixable: false,
  create(context) {
    const needsAlwaysTarget = context.kind === undefined || isAgentKind(context.kind);
    let catchAll: TargetRule | undefined;
    return {
      TargetRule(node) {
        if (catchAll) {
          const line = context.lines.position(catchAll.range.start).line;
          context.report({
            range: { start: node.range.start, end: node.range.start + KEYWORD.length },
            message: `this rule is never reached: ${ruleLabel(catchAll, "the rule")} at line ${line} already matches every message — move this rule above it, or narrow that rule's conditions`,
          });
          return;
        }
        if (matchesEveryMessage(node.conditions) && (!needsAlwaysTarget || deliversAlways(node.outcome))) catchAll = node;
      },
    };
  },
});
