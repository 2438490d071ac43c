/**
 * Generic traversal of the tree: the direct children of any node, in source
 * order. Comment attachment, the linter and the tests walk the tree with it.
 */
import type { AstNode, Clause, ConfigFile } from "./nodes.js";

type Visit = (child: AstNode) => void;

function each(visit: Visit, nodes: readonly AstNode[]): void {
  for (let i = 0; i < nodes.length; i++) visit(nodes[i]!);
}

function maybe(visit: Visit, node: AstNode | null): void {
  if (node !== null) visit(node);
}

/** Calls `visit` on each direct child of `node`, in source order, without allocating. */
export function forEachChild(node: AstNode, visit: Visit): void {
  switch (node.type) {
    case "ConfigFile":
      maybe(visit, node.timeTemplates);
      maybe(visit, node.condStatusVars);
      maybe(visit, node.respMgrConfigs);
      return;
    case "TimeTemplates":
      return each(visit, node.templates);
    case "TimeTemplate":
      visit(node.name);
      maybe(visit, node.description);
      maybe(visit, node.timeZone);
      maybe(visit, node.conditions);
      return;
    case "TimeZone":
      visit(node.zoneType);
      visit(node.zoneValue);
      return;
    case "TimeConditions":
      return each(visit, node.conditions);
    case "TimeCondition":
      return each(visit, node.parts);
    case "TimeCondType":
      return visit(node.value);
    case "TimeRange":
    case "WeekdayRange":
    case "DateRange":
      visit(node.from);
      visit(node.to);
      return;
    case "WeekdayOn":
      return visit(node.day);
    case "DateOn":
      return visit(node.date);
    case "CondStatusVars":
      return each(visit, node.variables);
    case "CondStatusVarDecl":
      visit(node.name);
      visit(node.value);
      return;
    case "RespMgrConfigs":
      return each(visit, node.configs);
    case "RespMgrConfig":
      maybe(visit, node.description);
      maybe(visit, node.secondaryManagers);
      maybe(visit, node.actionAllowManagers);
      maybe(visit, node.targetRules);
      return;
    case "SecondaryManagers":
    case "ActionAllowManagers":
      return each(visit, node.managers);
    case "SecondaryManager":
    case "ActionAllowManager":
      visit(node.node);
      maybe(visit, node.description);
      return;
    case "ManagerNode":
    case "OpcMgr":
      return visit(node.node);
    case "TargetRules":
      return each(visit, node.rules);
    case "TargetRule":
      maybe(visit, node.description);
      visit(node.conditions);
      visit(node.outcome);
      return;
    case "RuleFragment":
      visit(node.conditions);
      visit(node.outcome);
      return;
    case "RuleConditions":
      return each(visit, node.conditions);
    case "RuleCondition":
      maybe(visit, node.description);
      return each(visit, node.attributes);
    case "SeverityAttribute":
    case "MsgCondTypeAttribute":
    case "StringAttribute":
      return visit(node.value);
    case "NodeAttribute":
      return each(visit, node.nodes);
    case "PatternAttribute":
      visit(node.pattern);
      maybe(visit, node.separators);
      return;
    case "CondStatusVarAttribute":
      return visit(node.name);
    case "TargetManagers":
      each(visit, node.managers);
      maybe(visit, node.ackNonLocal);
      return;
    case "TargetManager":
      visit(node.timeTemplate);
      visit(node.manager);
      maybe(visit, node.attribute);
      return;
    case "TimeTemplateRef":
      return visit(node.name);
    case "MessageOperations":
      return each(visit, node.operations);
    case "MessageOperation":
      maybe(visit, node.timeTemplate);
      visit(node.operation);
      return;
    case "SwitchOperation":
      return visit(node.value);
    case "Description":
      return visit(node.value);
    case "IpNode":
      visit(node.address);
      maybe(visit, node.name);
      maybe(visit, node.id);
      return;
    case "OtherNode":
    case "NodeGroupNode":
    case "NameNode":
      return visit(node.name);
    case "VariableNode":
      return visit(node.variable);
    default:
      return;
  }
}

/** The direct children of `node`, in source order. */
export function childNodes(node: AstNode): AstNode[] {
  const out: AstNode[] = [];
  forEachChild(node, (child) => out.push(child));
  return out;
}

const CLAUSE_TYPES: ReadonlySet<string> = new Set<Clause["type"]>([
  "TimeTemplates",
  "TimeTemplate",
  "Description",
  "TimeZone",
  "TimeConditions",
  "TimeCondition",
  "TimeCondType",
  "TimeRange",
  "WeekdayOn",
  "WeekdayRange",
  "DateOn",
  "DateRange",
  "CondStatusVars",
  "CondStatusVarDecl",
  "RespMgrConfigs",
  "RespMgrConfig",
  "SecondaryManagers",
  "SecondaryManager",
  "ActionAllowManagers",
  "ActionAllowManager",
  "ManagerNode",
  "TargetRules",
  "TargetRule",
  "RuleFragment",
  "RuleConditions",
  "RuleCondition",
  "SeverityAttribute",
  "NodeAttribute",
  "StringAttribute",
  "PatternAttribute",
  "MsgCondTypeAttribute",
  "CondStatusVarAttribute",
  "TargetManagers",
  "TargetManager",
  "TimeTemplateRef",
  "OpcMgr",
  "TargetAttribute",
  "AckNonLocalMgr",
  "MessageOperations",
  "MessageOperation",
]);

/** Whether `node` is a clause: a node that starts a line in the canonical layout and carries comments. */
export function isClause(node: AstNode): node is Clause {
  return CLAUSE_TYPES.has(node.type);
}

/** Every clause of `file` in pre-order (a clause before its children), which is source order. */
export function clausesOf(file: ConfigFile): Clause[] {
  const out: Clause[] = [];
  // Only clauses have clause children: literals, node specs and operations end the descent.
  const visit = (node: AstNode): void => {
    if (!isClause(node)) return;
    out.push(node);
    forEachChild(node, visit);
  };
  forEachChild(file, visit);
  return out;
}
