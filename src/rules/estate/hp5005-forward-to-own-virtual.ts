import type { EstateFile } from "../../estate/load.js";
import { defineEstateRule } from "./estate-rule.js";
import { targetsOf } from "./targets.js";

/**
 * HP5005: a pool member's msgforw forwards to a virtual interface of its own
 * pool, for the pools the members' `bbc_inst_defaults` show. A pool model's
 * pools are HP3011's, which `lint` checks in each file against the model
 * (`lint --estate --pool` included): judging them here too would report every
 * such target twice. V is always held by a member: the holder forwards to
 * itself and the member that also gets the message by name gets it twice.
 */
export default defineEstateRule({
  code: "HP5005",
  name: "forward-to-own-virtual",
  severity: "error",
  description: "A pool member's msgforw that forwards to a virtual interface of its own pool, for pools without a model (HP3011 with one).",
  docs: "docs/rules/HP5005.md",
  fixable: false,
  check(context) {
    const { estate } = context;
    const done = new Set<EstateFile>();
    for (const pool of estate.pools) {
      if (pool.source === "model") continue;
      for (const member of pool.members) {
        const file = estate.servers.get(member)?.msgforw;
        if (!file || done.has(file)) continue;
        done.add(file);
        for (const target of targetsOf(file)) {
          if (!pool.virtual.includes(target.name)) continue;
          context.report({
            file,
            range: target.manager.manager.node.range,
            message: `${target.name} is the virtual interface of this server's own pool ${pool.name}: the member holding it would forward every message to itself and the other members would get it twice; synchronise by forwarding to every member (${pool.members.join(", ")}) instead`,
          });
        }
      }
    }
  },
});
