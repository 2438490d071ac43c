import { defineRule } from "../lint/rule.js";
import { forwardingFileOwner } from "./pooling/scope.js";
import { targetsByPool } from "./pooling/targets.js";

/**
 * HP3004: one style per pool — its V or all its members, never both; a mix
 * sends each message twice to the server that currently holds V.
 * Reported at the first target of the later style in the file.
 */
export default defineRule({
  code: "HP3004",
  name: "mixed-forward-targets",
  severity: "error",
  description: "A msgforw that names both the virtual interface and physical members of the same pool.",
  docs: "docs/rules/HP3004.md",
  fixable: false,
  create(context) {
    const found = forwardingFileOwner(context);
    if (!found) return {};
    return {
      ConfigFile() {
        for (const { pool, virtual, members } of targetsByPool(context)) {
          if (virtual.length === 0 || members.length === 0) continue;
          const firstV = virtual[0]!;
          const firstM = members[0]!;
          const later = firstV.node.range.start > firstM.node.range.start ? firstV : firstM;
          context.report({
            node: later.node.manager.node,
            message: `this file forwards to pool ${pool.name} both through its virtual interface (${firstV.fqdn}) and its member ${firstM.fqdn}; forward to the virtual interface or to the members, never both`,
          });
        }
      },
    };
  },
});
