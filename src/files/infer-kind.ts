/**
 * The file kind a file's content reveals, for files whose kind neither the
 * options nor the file name give (stdin, a sample or a renamed file). The
 * signals are those of docs/language.md#determining-the-kind, strongest first:
 *
 * 1. `CONDSTATUSVARS`, a `CONDSTATUSVAR` condition or `MSGOPERATIONS` → `outage`
 *    (they exist nowhere else);
 * 2. `MSGCONTROLLINGMGR`, `NOTIFYMGR` or `ACKNONLOCALMGR` → `msgforw`;
 * 3. an entry under `SECONDARYMANAGERS` or `ACTIONALLOWMANAGERS`, or a target
 *    `OPCMGR` that is `$OPC_PRIMARY_MGR` → an agent file, reported as `allnodes`
 *    (the agent kinds share every verdict).
 *
 * A file with none of them stays of unknown kind, so the rules that depend on
 * the kind stay silent (docs/language.md#unknown-kind-stays-unknown): a fallback "otherwise agent" would call a
 * short `msgforw` or `escmgr` read from stdin wrong for lacking manager lists.
 */
import type { ConfigFile, NodeSpec } from "../ast/nodes.js";
import type { FlexibleKind } from "./file-kind.js";

/** The kind the content of `ast` points to, or undefined when it does not tell. */
export function inferFileKind(ast: ConfigFile): FlexibleKind | undefined {
  if (ast.condStatusVars) return "outage";
  let forwarding = false;
  let agent = false;
  for (const config of ast.respMgrConfigs?.configs ?? []) {
    if ((config.secondaryManagers?.managers.length ?? 0) > 0 || (config.actionAllowManagers?.managers.length ?? 0) > 0) agent = true;
    const rules = config.targetRules;
    if (!rules) continue;
    for (const rule of rules.type === "TargetRules" ? rules.rules : [rules]) {
      if (rule.outcome.type === "MessageOperations") return "outage";
      for (const condition of rule.conditions.conditions) {
        if (condition.attributes.some((a) => a.type === "CondStatusVarAttribute")) return "outage";
      }
      if (rule.outcome.ackNonLocal) forwarding = true;
      for (const target of rule.outcome.managers) {
        if (target.attribute) forwarding = true;
        if (isPrimaryManager(target.manager.node)) agent = true;
      }
    }
  }
  if (forwarding) return "msgforw";
  return agent ? "allnodes" : undefined;
}

// rules/managers.ts has the same test (isPrimaryMgr); the rules layer builds on this one, not the reverse.
/** Whether a manager node is the variable `$OPC_PRIMARY_MGR`, quoted or bare. */
function isPrimaryManager(node: NodeSpec): boolean {
  if (node.type === "VariableNode") return node.variable.name === "OPC_PRIMARY_MGR";
  if (node.type !== "IpNode" || !node.name) return false;
  return node.name.type === "Variable" ? node.name.name === "OPC_PRIMARY_MGR" : node.name.value === "$OPC_PRIMARY_MGR";
}
