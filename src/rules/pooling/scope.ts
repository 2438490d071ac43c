/** Which files the pooling rules look at, and whose they are: they stay silent when the file kind or the owner is unknown. */
import { isAgentKind } from "../../files/file-kind.js";
import type { RuleContext } from "../../lint/rule.js";
import type { FileOwner, Topology } from "../../model/topology.js";

/** An agent's responsible-manager file: `allnodes`, a node-specific file, or `mgrconf` as installed on the node. */
export function isAgentFile(context: RuleContext): boolean {
  return isAgentKind(context.kind);
}

/** A management server's forwarding file. */
export function isForwardingFile(context: RuleContext): boolean {
  return context.kind === "msgforw";
}

/** The owner of the linted file in the pool model, or undefined (no model, or the file is not the model's). */
export function fileOwner(context: RuleContext): { topology: Topology; owner: FileOwner } | undefined {
  const { topology, server } = context.settings;
  const owner = topology?.owner(server);
  return topology && owner ? { topology, owner } : undefined;
}

/** The owner of a forwarding file in the pool model, or undefined when the file is no msgforw or not the model's. */
export function forwardingFileOwner(context: RuleContext): { topology: Topology; owner: FileOwner } | undefined {
  return isForwardingFile(context) ? fileOwner(context) : undefined;
}

/** The owner of an agent file in the pool model, or undefined when the file is no agent file or not the model's. */
export function agentFileOwner(context: RuleContext): { topology: Topology; owner: FileOwner } | undefined {
  return isAgentFile(context) ? fileOwner(context) : undefined;
}
