import { defineRule } from "../lint/rule.js";
import { forwardingFileOwner } from "./pooling/scope.js";
import { modeFor, targetsByPool } from "./pooling/targets.js";

/**
 * HP3008: a sender in `members` mode (HP's backup-server style for two-level
 * hierarchies) forwards to every member of the pool so every database has every
 * message; naming V instead reaches only the member holding V.
 */
export default defineRule({
  code: "HP3008",
  name: "forward-to-virtual",
  severity: "error",
  description: "A msgforw of a sender in members mode that forwards to the pool's virtual interface.",
  docs: "docs/rules/HP3008.md",
  fixable: false,
  create(context) {
    const found = forwardingFileOwner(context);
    if (!found) return {};
    return {
      ConfigFile() {
        for (const { pool, virtual, members } of targetsByPool(context)) {
          if (members.length > 0 || modeFor(found.owner, pool, found.topology) !== "members") continue;
          for (const target of virtual) {
            context.report({
              node: target.node.manager.node,
              message: `in members mode, forward to every member of pool ${pool.name} (${pool.members.join(", ")}), not to its virtual interface ${target.fqdn}`,
            });
          }
        }
      },
    };
  },
});
