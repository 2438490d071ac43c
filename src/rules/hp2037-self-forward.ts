import type { TargetManager } from "../ast/nodes.js";
import { defineRule } from "../lint/rule.js";
import { normaliseFqdn } from "../util/fqdn.js";
import { hostName, removalFix, sourceOf } from "./managers.js";

/**
 * HP2037: a msgforw target that is the server the file belongs to (the `server`
 * option), compared by host name. With a pool model, a self-target in a rule that also
 * targets another member of the server's pool is the pool's hot synchronisation — one
 * identical msgforw lists every member, the server itself included — and is not
 * reported. The fix deletes the target, but only when the rule keeps another target
 * (an emptied rule would still swallow its messages) and the entry has no comment.
 */
export default defineRule({
  code: "HP2037",
  name: "self-forward",
  severity: "warning",
  description: "A msgforw target manager is the management server the file belongs to (the server option).",
  docs: "docs/rules/HP2037.md",
  fixable: true,
  create(context) {
    const option = context.settings.server;
    if (context.kind !== "msgforw" || option === undefined || option === "") return {};
    const server = normaliseFqdn(option);
    const pools = context.settings.topology?.poolsWithMember(server) ?? [];
    const isSync = (targets: readonly TargetManager[]): boolean =>
      pools.some(({ members }) =>
        targets.some((t) => {
          const host = hostName(t.manager.node);
          return host !== undefined && host !== server && members.includes(host);
        }),
      );
    return {
      TargetManagers(node) {
        const self = node.managers.filter((t) => hostName(t.manager.node) === server);
        if (self.length === 0 || isSync(node.managers)) return;
        for (const target of self) {
          const fix = node.managers.length > self.length ? removalFix(context, target) : undefined;
          context.report({
            node: target.manager.node,
            message: `this server forwards messages to itself: ${sourceOf(context, target.manager.node)} is ${option}, the server this msgforw belongs to — remove this target`,
            ...(fix ? { fix } : {}),
          });
        }
      },
    };
  },
});
