import { defineRule } from "../lint/rule.js";
import { forwardRules } from "./pooling/forwarding.js";
import { forwardingFileOwner } from "./pooling/scope.js";

/**
 * HP3011: a pool member's msgforw names the members themselves (hot
 * synchronisation), never the pool's own V: V is always one of the members, so
 * the member holding it would forward every message to itself, and the member
 * that also gets it by name would receive it twice (docs/language.md#server-pooling).
 */
export default defineRule({
  code: "HP3011",
  name: "sync-to-own-virtual",
  severity: "error",
  description: "A pool member's msgforw that forwards to a virtual interface of its own pool.",
  docs: "docs/rules/HP3011.md",
  fixable: false,
  create(context) {
    const found = forwardingFileOwner(context);
    const owner = found?.owner.kind === "pool" ? found.owner : undefined;
    if (!owner) return {};
    const own = new Set(owner.pool.virtual);
    return {
      ConfigFile() {
        for (const rule of forwardRules(context)) {
          for (const target of rule.targets) {
            if (target.fqdn === undefined || !own.has(target.fqdn)) continue;
            context.report({
              node: target.node.manager.node,
              message: `${target.fqdn} is the virtual interface of this server's own pool ${owner.pool.name}: the member holding it would forward every message to itself and the other members would get it twice; synchronise by forwarding to every member (${owner.pool.members.join(", ")}) instead`,
            });
          }
        }
      },
    };
  },
});
