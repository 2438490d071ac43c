/**
 * What a cross-server rule (HP5xxx) is: a rule of the one registry, so its
 * code, alias, level and docs work as every rule's do, whose per-file visitor
 * is empty (one file cannot show what lies between servers), and a `check`
 * that `lintEstate` runs once over every server's files.
 */
import type { OffsetRange } from "../../ast/nodes.js";
import type { Estate, EstateFile } from "../../estate/load.js";
import { defineRule, type Rule, type RuleMeta } from "../../lint/rule.js";

/** A cross-server finding: the file of the estate and the range in it that causes it. */
export interface EstateReport {
  file: EstateFile;
  range: OffsetRange;
  message: string;
}

/** What a cross-server rule sees: the whole estate, and where it reports. */
export interface EstateRuleContext {
  readonly estate: Estate;
  report(finding: EstateReport): void;
}

/** A cross-server rule: idle on a single file, checked once per estate. */
export interface EstateRule extends Rule {
  check(context: EstateRuleContext): void;
}

/** Declares a cross-server rule (its code checked as `defineRule` checks every rule's). */
export function defineEstateRule(rule: RuleMeta & { check(context: EstateRuleContext): void }): EstateRule {
  const { code, name, severity, description, docs, fixable } = rule;
  const base = defineRule({ code, name, severity, description, docs, fixable, create: () => ({}) });
  return Object.freeze({ ...base, check: (context: EstateRuleContext) => rule.check(context) });
}

/** Whether `rule` is a cross-server rule. */
export function isEstateRule(rule: Rule): rule is EstateRule {
  return "check" in rule;
}
