/** The rule engine: `lint`, its options, configuration and rule metadata. */
import { ALL_RULES } from "../rules/index.js";
import { metaOf, type RuleMeta } from "./rule.js";

export { lint, type LintOptions } from "./lint.js";
export { applyFixes, fixText, MAX_FIX_PASSES, type FixResult } from "./fix.js";
export { LintConfigError, RULE_LEVELS, type RuleLevel } from "./config.js";
export { rulesSchema } from "./rules-schema.js";
export { defineRule, type Rule, type RuleContext, type RuleMeta, type Visitor, type ReportDescriptor, type OffsetFix } from "./rule.js";

/** Metadata of every rule (HP2xxx and up; syntax codes are in `SYNTAX`), in code order. */
export const rules: readonly RuleMeta[] = Object.freeze(ALL_RULES.map(metaOf));
