import type { TargetManager } from "../ast/nodes.js";
import { defineRule } from "../lint/rule.js";
import { nodeIdentity, removalFix, sourceOf } from "./managers.js";
import { quoteString, referencedName } from "./util.js";

/**
 * HP2028: the same OPCMGR node with the same time template twice in one rule. The
 * later entry adds nothing (an agent uses the first active target; a server would
 * forward twice). The fix deletes it only when it is an exact repeat, attribute
 * included: with MSGCONTROLLINGMGR on one and NOTIFYMGR on the other, which one to
 * keep is the administrator's choice.
 */
export default defineRule({
  code: "HP2028",
  name: "duplicate-target",
  severity: "warning",
  description: "A message target rule lists the same target manager with the same time template twice.",
  docs: "docs/rules/HP2028.md",
  fixable: true,
  create(context) {
    return {
      TargetManagers(node) {
        const first = new Map<string, TargetManager>();
        for (const target of node.managers) {
          const identity = nodeIdentity(target.manager.node);
          const ref = target.timeTemplate.name;
          if (identity === undefined || (ref.type === "String" && !ref.terminated)) continue;
          const template = referencedName(target.timeTemplate);
          const key = `${identity}\u0000${template}`;
          const previous = first.get(key);
          if (!previous) {
            first.set(key, target);
            continue;
          }
          const line = context.lines.position(previous.range.start).line;
          const same = (previous.attribute?.keyword ?? null) === (target.attribute?.keyword ?? null);
          const fix = same ? removalFix(context, target) : undefined;
          context.report({
            node: target.manager.node,
            message: `target ${sourceOf(context, target.manager.node)} is listed twice for time template ${quoteString(template)} (first at line ${line}); ${
              same ? "remove this entry" : "keep the entry with the attribute you mean and remove the other"
            }`,
            ...(fix ? { fix } : {}),
          });
        }
      },
    };
  },
});
