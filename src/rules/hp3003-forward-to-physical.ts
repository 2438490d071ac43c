import { defineRule } from "../lint/rule.js";
import { forwardingFileOwner } from "./pooling/scope.js";
import { modeFor, targetsByPool } from "./pooling/targets.js";
import { nodeByName } from "../ast/build.js";
import { replaceNode } from "../lint/edits.js";

/**
 * HP3003: a server forwarding into a pool (a sender in `virtual` mode, or a
 * pool escalating upwards) names the pool's V, never its physical members, so
 * that adding a member changes nothing on the senders and the upper level gets
 * each message once. A file naming both V and members is HP3004's.
 */
export default defineRule({
  code: "HP3003",
  name: "forward-to-physical",
  severity: "error",
  description: "A msgforw that forwards into a pool through its physical members instead of its virtual interface.",
  docs: "docs/rules/HP3003.md",
  fixable: true,
  create(context) {
    const found = forwardingFileOwner(context);
    if (!found) return {};
    return {
      ConfigFile() {
        for (const { pool, virtual, members } of targetsByPool(context)) {
          if (virtual.length > 0 || modeFor(found.owner, pool, found.topology) === "members") continue;
          for (const target of members) {
            const node = target.node.manager.node;
            context.report({
              node,
              message: `forward to ${pool.primary}, the virtual interface of pool ${pool.name}, not to member ${target.fqdn}`,
              // With one member named, replacing it by V keeps the rule's shape; with several, which entry to keep is a choice.
              ...(members.length === 1 ? { fix: replaceNode(node.range, nodeByName(pool.primary)) } : {}),
            });
          }
        }
      },
    };
  },
});
