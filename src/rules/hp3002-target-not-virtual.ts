import { defineRule } from "../lint/rule.js";
import { agentFileOwner } from "./pooling/scope.js";
import { managerName } from "./managers.js";
import { nodeByName } from "../ast/build.js";
import { replaceNode } from "../lint/edits.js";

/**
 * HP3002: a pool's agents must send their messages to a virtual interface.
 * A target naming a physical member pins the nodes to that server, so moving V
 * no longer moves them. Any V of the pool is accepted: node assignments send
 * groups of nodes to a V other than the primary one.
 */
export default defineRule({
  code: "HP3002",
  name: "target-not-virtual",
  severity: "error",
  description: "A message target rule in a pool's agent file that sends to a physical member instead of a virtual interface.",
  docs: "docs/rules/HP3002.md",
  fixable: true,
  create(context) {
    const found = agentFileOwner(context);
    const pool = found?.owner.kind === "pool" ? found.owner.pool : undefined;
    if (!pool) return {};
    return {
      OpcMgr(node) {
        const fqdn = managerName(node.node);
        if (fqdn === undefined || !pool.members.includes(fqdn)) return;
        context.report({
          node: node.node,
          message: `agents of pool ${pool.name} must send to the virtual interface ${pool.primary}, not to member ${fqdn}; otherwise moving ${pool.primary} does not move their messages`,
          // Only a pool with one V leaves no choice of which V was meant.
          ...(pool.virtual.length === 1 ? { fix: replaceNode(node.node.range, nodeByName(pool.primary)) } : {}),
        });
      },
    };
  },
});
