/**
 * Generic traversal of the tree: the direct children of any node, in source
 * order. Comment attachment, the linter and the tests walk the tree with it.
 */
import type { AstNode, Clause, ConfigFile } from "./nodes.js";

function compact(...nodes: (AstNode | null | undefined)[]): AstNode[] {
  return nodes.filter((n): n is AstNode => n != null);
}

/** The direct children of `node`, in source order. */
export function childNodes(node: AstNode): AstNode[] {
  switch (node.type) {
    case "ConfigFile":
      return compact(node.timeTemplates, node.condStatusVars, node.respMgrConfigs);
    case "TimeTemplates":
      return node.templates;
    case "TimeTemplate":
      return compact(node.name, node.description, node.timeZone, node.conditions);
    case "TimeZone":
      return [node.zoneType, node.zoneValue];
    case "TimeConditions":
      return node.conditions;
    case "TimeCondition":
      return node.parts;
    case "TimeCondType":
      return [node.value];
    case "TimeRange":
    case "WeekdayRange":
    case "DateRange":
      return [node.from, node.to];
    case "WeekdayOn":
      return [node.day];
    case "DateOn":
      return [node.date];
    case "CondStatusVars":
      return node.variables;
    case "CondStatusVarDecl":
      return [node.name, node.value];
    case "RespMgrConfigs":
      return node.configs;
    case "RespMgrConfig":
      return compact(node.description, node.secondaryManagers, node.actionAllowManagers, node.targetRules);
    case "SecondaryManagers":
    case "ActionAllowManagers":
      return node.managers;
    case "SecondaryManager":
    case "ActionAllowManager":
      return compact(node.node, node.description);
    case "ManagerNode":
    case "OpcMgr":
      return [node.node];
    case "TargetRules":
      return node.rules;
    case "TargetRule":
      return compact(node.description, node.conditions, node.outcome);
    case "RuleFragment":
      return [node.conditions, node.outcome];
    case "RuleConditions":
      return node.conditions;
    case "RuleCondition":
      return compact(node.description, ...node.attributes);
    case "SeverityAttribute":
    case "MsgCondTypeAttribute":
    case "StringAttribute":
      return [node.value];
    case "NodeAttribute":
      return node.nodes;
    case "PatternAttribute":
      return compact(node.pattern, node.separators);
    case "CondStatusVarAttribute":
      return [node.name];
    case "TargetManagers":
      return compact(...node.managers, node.ackNonLocal);
    case "TargetManager":
      return compact(node.timeTemplate, node.manager, node.attribute);
    case "TimeTemplateRef":
      return [node.name];
    case "MessageOperations":
      return node.operations;
    case "MessageOperation":
      return compact(node.timeTemplate, node.operation);
    case "SwitchOperation":
      return [node.value];
    case "Description":
      return [node.value];
    case "IpNode":
      return compact(node.address, node.name, node.id);
    case "OtherNode":
    case "NodeGroupNode":
    case "NameNode":
      return [node.name];
    case "VariableNode":
      return [node.variable];
    default:
      return [];
  }
}

const CLAUSE_TYPES: ReadonlySet<string> = new Set<Clause["type"]>([
  "TimeTemplates", "TimeTemplate", "Description", "TimeZone", "TimeConditions", "TimeCondition",
  "TimeCondType", "TimeRange", "WeekdayOn", "WeekdayRange", "DateOn", "DateRange",
  "CondStatusVars", "CondStatusVarDecl", "RespMgrConfigs", "RespMgrConfig",
  "SecondaryManagers", "SecondaryManager", "ActionAllowManagers", "ActionAllowManager", "ManagerNode",
  "TargetRules", "TargetRule", "RuleFragment", "RuleConditions", "RuleCondition",
  "SeverityAttribute", "NodeAttribute", "StringAttribute", "PatternAttribute", "MsgCondTypeAttribute", "CondStatusVarAttribute",
  "TargetManagers", "TargetManager", "TimeTemplateRef", "OpcMgr", "TargetAttribute", "AckNonLocalMgr",
  "MessageOperations", "MessageOperation",
]);

/** Whether `node` is a clause: a node that starts a line in the canonical layout and carries comments. */
export function isClause(node: AstNode): node is Clause {
  return CLAUSE_TYPES.has(node.type);
}

/** Every clause of `file` in pre-order (a clause before its children), which is source order. */
export function clausesOf(file: ConfigFile): Clause[] {
  const out: Clause[] = [];
  const visit = (node: AstNode): void => {
    if (isClause(node)) out.push(node);
    else if (node.type !== "ConfigFile") return;
    for (const child of childNodes(node)) visit(child);
  };
  visit(file);
  return out;
}
