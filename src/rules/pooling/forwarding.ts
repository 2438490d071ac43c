/**
 * The message target rules of a file in evaluation order, reduced to what the
 * pooling rules check: which servers each rule sends to, at which times, with
 * which attribute, and whether the rule matches every message.
 */
import type { ConfigFile, OffsetRange, RuleConditions, TargetManager, TargetRule, RuleFragment } from "../../ast/nodes.js";
import type { RuleContext } from "../../lint/rule.js";
import { managerName } from "../managers.js";
import { keywordRange, OPC_ALWAYS, referencedName } from "../util.js";

/** One MSGTARGETMANAGER of a rule. */
export interface Target {
  /** The server's FQDN, normalised; undefined when the node names none (address, variable). */
  readonly fqdn: string | undefined;
  readonly node: TargetManager;
  /** Active at all times (`$OPC_ALWAYS`). */
  readonly always: boolean;
}

/** One message target rule with its targets. */
export interface ForwardRule {
  readonly rule: TargetRule | RuleFragment;
  /** Matches every message: no conditions, or a condition with no attribute that could fail. */
  readonly catchAll: boolean;
  readonly targets: readonly Target[];
}

/** Every message target rule of every RESPMGRCONFIG, in the order HPOM tries them; computed once per `lint`. */
export function forwardRules(context: RuleContext): readonly ForwardRule[] {
  // Six pooling rules ask for the same list in one lint; each building it again was a quarter of lint's time on a large msgforw.
  return context.shared(({ ast }) => forwardRulesOf(ast));
}

/** `forwardRules` of a file outside a lint (the cross-server rules read every server's files). */
export function forwardRulesOf(ast: ConfigFile): readonly ForwardRule[] {
  const out: ForwardRule[] = [];
  for (const config of ast.respMgrConfigs?.configs ?? []) {
    const rules = config.targetRules;
    if (!rules) continue;
    for (const rule of rules.type === "TargetRules" ? rules.rules : [rules]) {
      const targets: Target[] = [];
      if (rule.outcome.type === "TargetManagers") {
        for (const node of rule.outcome.managers) {
          targets.push({ fqdn: managerName(node.manager.node), node, always: referencedName(node.timeTemplate) === OPC_ALWAYS });
        }
      }
      out.push({ rule, catchAll: matchesEverything(rule.conditions), targets });
    }
  }
  return out;
}

// The first condition a message satisfies decides (docs/language.md#first-matching-condition-decides), as in HP2025: a Match
// condition without attributes matches every message only when no Suppress/Unmatch
// condition comes before it, since that one takes the messages it covers out of the rule.
function matchesEverything(conditions: RuleConditions): boolean {
  if (conditions.conditions.length === 0) return true;
  for (const c of conditions.conditions) {
    if (c.attributes.some((a) => a.type === "MsgCondTypeAttribute" && a.value.value !== "Match")) return false;
    if (c.attributes.every((a) => a.type === "MsgCondTypeAttribute")) return true;
  }
  return false;
}

/** Where to report something missing from the whole file: the first RESPMGRCONFIG's DESCRIPTION, else the section, else the file start. */
export function fileAnchor(ast: ConfigFile): OffsetRange {
  const first = ast.respMgrConfigs?.configs[0];
  if (first?.description) return first.description.range;
  if (first) return keywordRange(first.range.start, "RESPMGRCONFIG");
  if (ast.respMgrConfigs) return keywordRange(ast.respMgrConfigs.range.start, "RESPMGRCONFIGS");
  return { start: 0, end: 0 };
}
