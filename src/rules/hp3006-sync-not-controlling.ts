import { targetAttribute } from "../ast/build.js";
import { insertAfter } from "../lint/edits.js";
import { defineRule } from "../lint/rule.js";
import { printTargetAttribute } from "../printer/print.js";
import { managerName } from "./managers.js";
import { forwardingFileOwner } from "./pooling/scope.js";

/**
 * HP3006: messages synchronised between pool members must carry control with
 * them (MSGCONTROLLINGMGR), or operators on the other members cannot own,
 * annotate or acknowledge them and acknowledgements are not synchronised back.
 */
export default defineRule({
  code: "HP3006",
  name: "sync-not-controlling",
  severity: "error",
  description: "A pool member's msgforw that forwards to another member without MSGCONTROLLINGMGR.",
  docs: "docs/rules/HP3006.md",
  fixable: true,
  create(context) {
    const found = forwardingFileOwner(context);
    const owner = found?.owner.kind === "pool" ? found.owner : undefined;
    if (!owner) return {};
    const controlling = targetAttribute("MSGCONTROLLINGMGR");
    return {
      TargetManager(node) {
        const fqdn = managerName(node.manager.node);
        if (fqdn === undefined || !owner.pool.members.includes(fqdn) || fqdn === owner.member) return;
        if (node.attribute?.keyword === controlling.keyword) return;
        const at = node.attribute ?? node.manager.node;
        context.report({
          node: at,
          message: `synchronisation between members of pool ${owner.pool.name} needs ${printTargetAttribute(controlling)} on the target ${fqdn}${node.attribute ? `, not ${printTargetAttribute(node.attribute)}` : ""}`,
          // Adding the attribute changes nothing else; replacing NOTIFYMGR is a change of intent left to the user.
          ...(node.attribute ? {} : { fix: insertAfter(node.manager.range.end, printTargetAttribute(controlling)) }),
        });
      },
    };
  },
});
