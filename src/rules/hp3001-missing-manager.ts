import type { ConfigFile, RespMgrConfig } from "../ast/nodes.js";
import { nodeByName } from "../ast/build.js";
import { defineRule } from "../lint/rule.js";
import { printNodeSpec } from "../printer/print.js";
import { fileAnchor } from "./pooling/forwarding.js";
import { managerName } from "./managers.js";
import { agentFileOwner } from "./pooling/scope.js";
import { keywordRange } from "./util.js";
import { KW } from "../lexer/keywords.js";

/**
 * HP3001: in a pool's agent file every member and every virtual interface must
 * be both SECONDARYMANAGER and ACTIONALLOWMANAGER (server-pooling guide). The
 * lists of all RESPMGRCONFIGs count together, since the agent merges them.
 */
export default defineRule({
  code: "HP3001",
  name: "missing-manager",
  severity: "error",
  description: "A pool member or virtual interface missing from SECONDARYMANAGERS or ACTIONALLOWMANAGERS of the pool's agent file.",
  docs: "docs/rules/HP3001.md",
  fixable: false,
  create(context) {
    const found = agentFileOwner(context);
    const pool = found?.owner.kind === "pool" ? found.owner.pool : undefined;
    if (!pool) return {};
    return {
      ConfigFile(ast) {
        const configs = ast.respMgrConfigs?.configs ?? [];
        const secondary = new Set(configs.flatMap((c) => c.secondaryManagers?.managers ?? []).map((m) => managerName(m.node.node)));
        const actionAllowed = new Set(configs.flatMap((c) => c.actionAllowManagers?.managers ?? []).map((m) => managerName(m.node.node)));
        for (const fqdn of [...pool.members, ...pool.virtual]) {
          const lists = [secondary.has(fqdn) ? "" : "SECONDARYMANAGERS", actionAllowed.has(fqdn) ? "" : "ACTIONALLOWMANAGERS"].filter(
            Boolean,
          );
          if (lists.length === 0) continue;
          const role = pool.members.includes(fqdn) ? "member" : "virtual interface";
          context.report({
            range: anchor(ast, configs[0], lists[0]!),
            message: `${fqdn} (${role} of pool ${pool.name}) must be both a secondary and an action-allowed manager; add ${KW.node} ${printNodeSpec(nodeByName(fqdn))} to ${lists.join(" and ")}`,
          });
        }
      },
    };
  },
});

// The list keyword the entry is missing from, else the RESPMGRCONFIG, else the file.
function anchor(ast: ConfigFile, config: RespMgrConfig | undefined, list: string) {
  const clause = list === "SECONDARYMANAGERS" ? config?.secondaryManagers : config?.actionAllowManagers;
  return clause ? keywordRange(clause.range.start, list) : fileAnchor(ast);
}
