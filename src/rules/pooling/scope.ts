/** Which files the pooling rules look at: they stay silent when the file kind is unknown. */
import { isAgentKind } from "../../files/file-kind.js";
import type { RuleContext } from "../../lint/rule.js";

/** An agent's responsible-manager file: `allnodes`, a node-specific file, or `mgrconf` as installed on the node. */
export function isAgentFile(context: RuleContext): boolean {
  return isAgentKind(context.kind);
}

/** A management server's forwarding file. */
export function isForwardingFile(context: RuleContext): boolean {
  return context.kind === "msgforw";
}
