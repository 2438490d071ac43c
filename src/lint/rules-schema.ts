/** The zod schema of `LintOptions.rules`, for configuration files and editors (the JSON Schema is made from it). */
import { z } from "zod";
import { RULE_LEVELS, ruleKeys, type RuleLevel } from "./config.js";

let schema: z.ZodType<Record<string, RuleLevel | undefined>> | undefined;

/** The zod schema of `LintOptions.rules`: a strict object whose keys are codes and aliases. */
export function rulesSchema(): z.ZodType<Record<string, RuleLevel | undefined>> {
  schema ??= z.strictObject(Object.fromEntries(ruleKeys().map((k) => [k, z.enum(RULE_LEVELS).optional()])));
  return schema;
}
