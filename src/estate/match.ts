/**
 * Does a message match a rule (docs/language.md#choosing-a-message-target-rule):
 * rules in file order across every RESPMGRCONFIG, the first that matches is
 * used; a rule's conditions in order, the first the message satisfies decides;
 * a condition's attributes AND-ed.
 */
import type { ConditionAttribute, ConfigFile, NodeSpec, PatternAttribute, RuleCondition, TargetRule } from "../ast/nodes.js";
import { normaliseFqdn } from "../util/fqdn.js";
import type { Assumptions } from "./assumptions.js";
import type { EstateFileKind } from "./load.js";
import type { Message } from "./message.js";
import { compilePattern, type CompiledPattern } from "./pattern.js";

/** The rule a message matched and the condition that decided (null: the rule has no conditions). */
export interface RuleMatch {
  rule: TargetRule;
  condition: RuleCondition | null;
}

/** What matching needs besides the message. */
export interface MatchContext {
  kind: EstateFileKind;
  /** The condition status variables of an outage file and their values. */
  condStatusVars: ReadonlyMap<string, boolean>;
  assumptions: Assumptions;
}

/** The rules of `ast` in file order, all RESPMGRCONFIG blocks together (docs/language.md#several-respmgrconfig-blocks-are-one-list). */
export function rulesOf(ast: ConfigFile): TargetRule[] {
  const rules: TargetRule[] = [];
  for (const config of ast.respMgrConfigs?.configs ?? []) {
    const list = config.targetRules;
    if (list?.type !== "TargetRules") continue;
    for (const rule of list.rules) if (rule.type === "TargetRule") rules.push(rule);
  }
  return rules;
}

/** The condition status variables an outage file declares, by name. */
export function condStatusVarsOf(ast: ConfigFile): Map<string, boolean> {
  const vars = new Map<string, boolean>();
  for (const decl of ast.condStatusVars?.variables ?? [])
    if (!vars.has(decl.name.value)) vars.set(decl.name.value, decl.value.value === "True");
  return vars;
}

/** The first rule of `rules` that `message` matches, or undefined. */
export function firstMatchingRule(rules: readonly TargetRule[], message: Message, context: MatchContext): RuleMatch | undefined {
  for (const rule of rules) {
    const conditions = rule.conditions.conditions;
    if (conditions.length === 0) return { rule, condition: null };
    for (const condition of conditions) {
      const type = conditionType(condition);
      // An unreadable MSGCONDTYPE is never taken to mean Match (docs/language.md#first-matching-condition-decides).
      if (type === undefined || !satisfies(condition, message, context)) continue;
      if (type) return { rule, condition };
      break;
    }
  }
  return undefined;
}

/** True for Match (the default), false for Suppress/Unmatch, undefined for an unreadable word. */
function conditionType(condition: RuleCondition): boolean | undefined {
  let match = true;
  for (const a of condition.attributes) {
    if (a.type !== "MsgCondTypeAttribute") continue;
    if (a.value.value === null) return undefined;
    match = a.value.value === "Match";
  }
  return match;
}

function satisfies(condition: RuleCondition, message: Message, context: MatchContext): boolean {
  return condition.attributes.every((a) => attributeHolds(a, message, context));
}

function attributeHolds(attribute: ConditionAttribute, message: Message, context: MatchContext): boolean {
  switch (attribute.type) {
    case "MsgCondTypeAttribute":
      return true;
    case "SeverityAttribute":
      return attribute.value.value !== null && attribute.value.value === message.severity;
    case "NodeAttribute":
      return attribute.nodes.some((node) => nodeMatches(node, message, context));
    case "StringAttribute": {
      const field = { APPLICATION: message.application, MSGGRP: message.msggrp, OBJECT: message.object, MSGTYPE: message.msgtype }[
        attribute.keyword
      ];
      return field !== undefined && field === attribute.value.value;
    }
    case "PatternAttribute":
      return patternHolds(attribute, message, context);
    case "CondStatusVarAttribute":
      return context.condStatusVars.get(attribute.name.value) === true;
  }
}

/** Whether a NODE entry names the message's node, by name or by fixed address (docs/language.md#nodes-in-a-route). */
function nodeMatches(node: NodeSpec, message: Message, context: MatchContext): boolean {
  const name = normaliseFqdn(message.node);
  switch (node.type) {
    case "IpNode": {
      const address = node.address.octets.join(".");
      if (address !== "0.0.0.0" && (address === message.nodeIp || address === message.node)) return true;
      return node.name?.type === "String" && !node.name.value.startsWith("$") && normaliseFqdn(node.name.value) === name;
    }
    case "NameNode":
      return !node.name.value.startsWith("$") && normaliseFqdn(node.name.value) === name;
    case "OtherNode":
      return node.name.value === message.node;
    case "NodeGroupNode":
      context.assumptions.apply("nodegroup");
      return false;
    case "VariableNode":
      return false;
  }
}

const compiled = new WeakMap<PatternAttribute, CompiledPattern>();

function patternHolds(attribute: PatternAttribute, message: Message, context: MatchContext): boolean {
  // Documented for the outage file only (docs/language.md#text-and-service-outside-the-outage-file).
  if (context.kind !== "outage") {
    context.assumptions.apply("pattern-outside-outage");
    return true;
  }
  const value = attribute.keyword === "TEXT" ? message.text : message.service;
  if (value === undefined) return false;
  let pattern = compiled.get(attribute);
  if (!pattern) {
    pattern = compilePattern(attribute.pattern.value, attribute.separators?.value, attribute.icase);
    compiled.set(attribute, pattern);
  }
  if (pattern.type === "unsupported") {
    context.assumptions.apply("pattern-unsupported");
    return false;
  }
  return pattern.regexp.test(value);
}
