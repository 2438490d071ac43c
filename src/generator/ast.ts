/**
 * Builders for the AST nodes the generator needs, on top of the shared ones of
 * `ast/build.ts`. Generated nodes have no source, so every range is empty at
 * offset 0; the printer reads ranges only to put the comments of a clause
 * spread over several lines on the right line, and with empty ranges they all
 * go with the clause's first line.
 */
import type {
  Comment,
  ConfigFile,
  ManagerNode,
  RespMgrConfig,
  RespMgrConfigsSection,
  StringLiteral,
  TargetManager,
  TargetRule,
  TimeTemplatesSection,
} from "../ast/nodes.js";
import { description, nodeByName, noRange } from "../ast/build.js";
import { quoteString, stringLiteral } from "../ast/literals.js";

/** A string literal meaning `value`. */
export function str(value: string): StringLiteral {
  return stringLiteral(quoteString(value), noRange());
}

/** `# text` comments, one per line; an empty line gives a bare `#`. */
export function comments(lines: readonly string[]): Comment[] {
  return lines.map((line) => ({ type: "Comment", text: line === "" ? "#" : `# ${line}`, range: noRange(), blankLineBefore: false }));
}

/** `NODE IP 0.0.0.0 "<fqdn>"`: a manager resolved by name, as HP recommends for every manager. */
function managerNode(fqdn: string): ManagerNode {
  return { type: "ManagerNode", node: nodeByName(fqdn), range: noRange() };
}

/** A manager of the SECONDARYMANAGERS / ACTIONALLOWMANAGERS lists, with what it is. */
export interface ListedManager {
  fqdn: string;
  description: string;
}

/** `MSGTARGETMANAGER` at `$OPC_ALWAYS` to `fqdn`, optionally with `MSGCONTROLLINGMGR`. */
export function targetManager(fqdn: string, controlling: boolean): TargetManager {
  return {
    type: "TargetManager",
    timeTemplate: { type: "TimeTemplateRef", name: str("$OPC_ALWAYS"), range: noRange() },
    manager: { type: "OpcMgr", node: nodeByName(fqdn), range: noRange() },
    attribute: controlling ? { type: "TargetAttribute", keyword: "MSGCONTROLLINGMGR", range: noRange() } : null,
    range: noRange(),
  };
}

/** A `MSGTARGETRULE` with empty conditions (every message) and the given targets. */
export function allMessagesRule(text: string, targets: TargetManager[]): TargetRule {
  return {
    type: "TargetRule",
    description: description(text),
    conditions: { type: "RuleConditions", conditions: [], range: noRange() },
    outcome: { type: "TargetManagers", managers: targets, ackNonLocal: null, range: noRange() },
    range: noRange(),
  };
}

/** A `RESPMGRCONFIG`: manager lists when `managers` is given (agent files), then one rule. */
export function respMgrConfig(text: string, managers: readonly ListedManager[] | null, rule: TargetRule): RespMgrConfig {
  return {
    type: "RespMgrConfig",
    description: description(text),
    secondaryManagers: managers && {
      type: "SecondaryManagers",
      managers: managers.map((m) => ({
        type: "SecondaryManager",
        node: managerNode(m.fqdn),
        description: description(m.description),
        range: noRange(),
      })),
      range: noRange(),
    },
    actionAllowManagers: managers && {
      type: "ActionAllowManagers",
      managers: managers.map((m) => ({
        type: "ActionAllowManager",
        node: managerNode(m.fqdn),
        description: description(m.description),
        range: noRange(),
      })),
      range: noRange(),
    },
    targetRules: { type: "TargetRules", rules: [rule], range: noRange() },
    range: noRange(),
  };
}

/**
 * A whole file: the header comments, an empty `TIMETEMPLATES` section when
 * `timeTemplates` (as in HP's msgforw), then `RESPMGRCONFIGS` with one config.
 * A blank line separates the header from the first section.
 */
export function configFile(header: readonly string[], timeTemplates: boolean, config: RespMgrConfig): ConfigFile {
  const leading = { leadingComments: comments(header) };
  const tt: TimeTemplatesSection | null = timeTemplates
    ? { type: "TimeTemplates", templates: [], range: noRange(), ...leading, blankLineBefore: true }
    : null;
  const rmc: RespMgrConfigsSection = {
    type: "RespMgrConfigs",
    configs: [config],
    range: noRange(),
    ...(tt ? {} : { ...leading, blankLineBefore: true }),
  };
  return { type: "ConfigFile", timeTemplates: tt, condStatusVars: null, respMgrConfigs: rmc, danglingComments: [], range: noRange() };
}
