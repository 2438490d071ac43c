/**
 * The msgforw files (server-based flexible management), in the shape of HP's
 * pooling guide: an empty TIMETEMPLATES section, one RESPMGRCONFIG without
 * manager lists, and one rule "all messages" with empty conditions — only the
 * first matching rule is used, so every target has to be in that one rule.
 *
 * Every target is a MSGCONTROLLINGMGR: between members that is HP's hot
 * synchronisation (any member may own, annotate and acknowledge a message), and
 * in a hierarchy it lets the level above take a message over rather than only
 * see a copy.
 */
import type { PoolView, SenderView, Topology } from "../model/topology.js";
import { print } from "../printer/print.js";
import { allMessagesRule, configFile, respMgrConfig, targetManager } from "./ast.js";
import { describeTarget } from "./forwarding.js";
import type { GeneratedFile } from "./generated-file.js";
import { headerLines, prose } from "./header.js";

/** HP's description of the forwarding configuration, kept as in the guide. */
const CONFIG_DESCRIPTION = "msg-forwarding specification";

function msgforwText(header: readonly string[], targets: readonly string[]): string {
  const rule = allMessagesRule(
    "all messages",
    targets.map((fqdn) => targetManager(fqdn, true)),
  );
  return print(configFile(header, true, respMgrConfig(CONFIG_DESCRIPTION, null, rule)));
}

/** `<pool>/msgforw`: the same file on every member. */
export function poolMsgforwFile(topology: Topology, pool: PoolView, source: string | undefined): GeneratedFile {
  const upward = topology.forwardTargets(pool.forwardTo, "virtual");
  const header = headerLines(source, [
    `Message forwarding of pool "${pool.name}" (msgforw), the same file on every member.`,
    `Hot synchronisation: every member forwards every message to every member, itself included (${prose(pool.members)}), so every member's database holds every message.`,
    ...(upward.length > 0 ? [`Every message also goes up to ${prose(upward.map((t) => describeTarget(t)))}.`] : []),
    `Install it as respmgrs/msgforw on every member and activate it with ovconfchg; see RUNBOOK.md.`,
  ]);
  const targets = [...pool.members, ...upward.flatMap((t) => t.servers)];
  return { path: `${pool.name}/msgforw`, content: msgforwText(header, targets), kind: "msgforw", servers: [...pool.members] };
}

/** `<sender>/msgforw`: a server outside the pools forwarding into them. */
export function senderMsgforwFile(topology: Topology, sender: SenderView, source: string | undefined): GeneratedFile {
  const { mode } = sender;
  const targets = topology.forwardTargets(sender.forwardTo, mode);
  const style =
    mode === "virtual"
      ? "A pool is reached through its primary virtual interface only, never its members, so members can be added without changing this file (mode: virtual)."
      : "A pool is reached through all of its members, so every member always has every message (mode: members, HP's advice for two levels).";
  const header = headerLines(source, [
    `Message forwarding of ${sender.server} (msgforw), a management server outside the pools.`,
    `Every message goes to ${prose(targets.map((t) => describeTarget(t)))}.`,
    style,
    `Install it as respmgrs/msgforw on ${sender.server} and activate it with ovconfchg; see the RUNBOOK.md of the pools it forwards to.`,
  ]);
  return {
    path: `${sender.server}/msgforw`,
    content: msgforwText(
      header,
      targets.flatMap((t) => t.servers),
    ),
    kind: "msgforw",
    servers: [sender.server],
  };
}
