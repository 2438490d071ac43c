/**
 * `<pool>/allnodes`: the responsible-manager file for every managed node of a
 * pool (docs/language.md#server-pooling, HP's pooling guide). Every member and every virtual interface
 * is both a SECONDARYMANAGER (may deploy configuration, may become primary) and
 * an ACTIONALLOWMANAGER (may run actions), and one rule sends all messages to
 * the primary virtual interface at $OPC_ALWAYS — HP's "way 3", which keeps the
 * nodes on V even if someone runs `opcragt -primmgr` on a member.
 */
import type { ConfigFile } from "../ast/nodes.js";
import type { PoolView } from "../model/topology.js";
import { print } from "../printer/print.js";
import { allMessagesRule, configFile, respMgrConfig, targetManager, type ListedManager } from "./ast.js";
import type { GeneratedFile } from "./generated-file.js";
import { headerLines, prose } from "./header.js";

/** The managers every agent file of the pool lists: the members, then the virtual interfaces. */
function managers(pool: PoolView): ListedManager[] {
  return [
    ...pool.members.map((fqdn) => ({ fqdn, description: `physical server of pool ${pool.name}` })),
    ...pool.virtual.map((fqdn) => ({ fqdn, description: `virtual interface of pool ${pool.name}` })),
  ];
}

/** An agent file of the pool (allnodes or node-specific) whose one rule sends every message to `target`. */
export function agentFile(pool: PoolView, target: string, header: readonly string[]): ConfigFile {
  const rule = allMessagesRule(`all messages to virtual interface ${target}`, [targetManager(target, false)]);
  return configFile(header, false, respMgrConfig(`responsible managers of pool ${pool.name}`, managers(pool), rule));
}

/** What every agent file of the pool says about its managers. */
export function managersParagraph(pool: PoolView): string {
  return `Every member (${prose(pool.members)}) and every virtual interface (${prose(pool.virtual)}) is a secondary manager and an action-allowed manager.`;
}

/** `<pool>/allnodes`. */
export function allnodesFile(pool: PoolView, source: string | undefined): GeneratedFile {
  const { primary } = pool;
  const header = headerLines(source, [
    `Responsible managers of every managed node of pool "${pool.name}" (allnodes).`,
    managersParagraph(pool),
    `All messages go to the virtual interface ${primary} at all times, so the nodes follow it when it moves to another member.`,
    `Install it as respmgrs/allnodes on every member and distribute it from each member; see RUNBOOK.md.`,
  ]);
  return { path: `${pool.name}/allnodes`, content: print(agentFile(pool, primary, header)), kind: "allnodes", servers: [...pool.members] };
}
