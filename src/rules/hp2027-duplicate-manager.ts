import type { ActionAllowManager, ActionAllowManagers, SecondaryManager, SecondaryManagers } from "../ast/nodes.js";
import { defineRule, type RuleContext } from "../lint/rule.js";
import { nodeIdentity, removalFix, sourceOf } from "./managers.js";

/** Reports every entry of one list whose node an earlier entry of the same list already names. */
function checkList(context: RuleContext, list: SecondaryManagers | ActionAllowManagers, keyword: string): void {
  const first = new Map<string, SecondaryManager | ActionAllowManager>();
  for (const entry of list.managers) {
    const identity = nodeIdentity(entry.node.node);
    if (identity === undefined) continue;
    const previous = first.get(identity);
    if (!previous) {
      first.set(identity, entry);
      continue;
    }
    const line = context.lines.position(previous.range.start).line;
    const fix = removalFix(context, entry);
    context.report({
      node: entry.node.node,
      message: `${sourceOf(context, entry.node.node)} is listed twice in ${keyword} (first at line ${line}); was another server meant? Otherwise remove this entry`,
      ...(fix ? { fix } : {}),
    });
  }
}

/**
 * HP2027: the same node twice in one SECONDARYMANAGERS or one ACTIONALLOWMANAGERS
 * list. Nodes are compared by normalised identity (host names ignore case, octets
 * as numbers); `IP a.b.c.d "n"` and `IP 0.0.0.0 "n"` are not taken as equal, since
 * which of address and name wins is undocumented. The fix deletes the later entry
 * (never one that carries a comment).
 */
export default defineRule({
  code: "HP2027",
  name: "duplicate-manager",
  severity: "warning",
  description: "The same node is listed twice in one SECONDARYMANAGERS or one ACTIONALLOWMANAGERS list.",
  docs: "docs/rules/HP2027.md",
  fixable: true,
  create(context) {
    return {
      SecondaryManagers(node) {
        checkList(context, node, "SECONDARYMANAGERS");
      },
      ActionAllowManagers(node) {
        checkList(context, node, "ACTIONALLOWMANAGERS");
      },
    };
  },
});
