import { isAgentKind } from "../files/file-kind.js";
import type { ActionAllowManagers, NodeSpec, RespMgrConfig, SecondaryManager } from "../ast/nodes.js";
import { appendManagers } from "../lint/edits.js";
import { defineRule, type OffsetFix, type RuleContext } from "../lint/rule.js";
import { hostName, isPrimaryMgr, nodeIdentity, sourceOf } from "./managers.js";
import { quoteString } from "./util.js";
import { KW } from "../lexer/keywords.js";

/** How the message names a secondary manager: its host name as written, else the node as written. */
function label(context: RuleContext, node: NodeSpec): string {
  const name = node.type === "IpNode" || node.type === "NameNode" ? node.name : null;
  return name !== null && name.type === "String" && name.terminated ? quoteString(name.value) : sourceOf(context, node);
}

/**
 * HP2033: in an agent file, a SECONDARYMANAGER that may take over the node but is
 * neither an ACTIONALLOWMANAGER nor covered by an ACTIONALLOWMANAGER entry for
 * `$OPC_PRIMARY_MGR`: after a takeover it could not run actions there. The
 * action-allowed entries of all RESPMGRCONFIG blocks count, and a fixed-address entry
 * covers a name-only one of the same host name. Only agent files are checked (with the
 * kind unknown, nothing is reported: the lists mean nothing on a server). The fix adds
 * the server to its block's ACTIONALLOWMANAGERS; the first finding of a list carries
 * the fix for all of that list's, since their insertions would fall on one place.
 */
export default defineRule({
  code: "HP2033",
  name: "primary-not-action-allowed",
  severity: "info",
  description:
    'In an agent file, a SECONDARYMANAGER is not allowed to run actions: it is not an ACTIONALLOWMANAGER and "$OPC_PRIMARY_MGR" is not one either.',
  docs: "docs/rules/HP2033.md",
  fixable: true,
  create(context) {
    if (!isAgentKind(context.kind)) return {};
    const allowed = new Set<string>();
    const allowedHosts = new Set<string>();
    let primaryAllowed = false;
    const secondaries: { entry: SecondaryManager; list: ActionAllowManagers | null }[] = [];
    let block: RespMgrConfig | undefined;
    return {
      RespMgrConfig(node) {
        block = node;
      },
      "RespMgrConfig:exit"() {
        block = undefined;
      },
      SecondaryManager(node) {
        secondaries.push({ entry: node, list: block?.actionAllowManagers ?? null });
      },
      ActionAllowManager(node) {
        const spec = node.node.node;
        if (isPrimaryMgr(spec)) primaryAllowed = true;
        const identity = nodeIdentity(spec);
        if (identity !== undefined) allowed.add(identity);
        const host = hostName(spec);
        if (host !== undefined) allowedHosts.add(host);
      },
      "ConfigFile:exit"() {
        if (primaryAllowed) return;
        const reported = new Set<string>();
        const pending: { spec: NodeSpec; list: ActionAllowManagers | null }[] = [];
        for (const { entry, list } of secondaries) {
          const spec = entry.node.node;
          // OTHER and NODEGROUP are HP2030's; the primary itself needs no right of its own.
          if (spec.type === "OtherNode" || spec.type === "NodeGroupNode" || isPrimaryMgr(spec)) continue;
          const identity = nodeIdentity(spec);
          if (identity === undefined || reported.has(identity) || allowed.has(identity)) continue;
          const host = hostName(spec);
          // One report per server, however many entries (with or without a fixed address) name it.
          if (host !== undefined && (allowedHosts.has(host) || reported.has(host))) continue;
          reported.add(identity);
          if (host !== undefined) reported.add(host);
          pending.push({ spec, list });
        }
        const fixed = new Set<ActionAllowManagers>();
        for (const { spec, list } of pending) {
          let fix: OffsetFix | undefined;
          if (list && !fixed.has(list)) {
            fixed.add(list);
            fix = appendManagers(
              context.text,
              list,
              pending.filter((p) => p.list === list).map((p) => p.spec),
            );
          }
          context.report({
            node: spec,
            message: `${label(context, spec)} may become primary but would not be allowed to run actions; add it or "$OPC_PRIMARY_MGR" to ${KW.actionallowmanagers}`,
            ...(fix ? { fix } : {}),
          });
        }
      },
    };
  },
});
