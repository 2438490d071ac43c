/** The rule engine: `lint`, its options, configuration and rule metadata. */
export { lint, type LintOptions } from "./lint.js";
export { applyFixes, fixText, MAX_FIX_PASSES, type FixResult } from "./fix.js";
export { LintConfigError, RULE_LEVELS, type RuleLevel } from "./config.js";
export { rulesSchema } from "./rules-schema.js";
export type { RuleMeta } from "./rule.js";
export { rules } from "./rules-meta.js";
export { lintEstate, type LintEstateOptions } from "./lint-estate.js";
