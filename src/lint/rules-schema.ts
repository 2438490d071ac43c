/** The zod schema of `LintOptions.rules`, for configuration files and editors (the JSON Schema is made from it). */
import { z } from "zod";
import { isMandatory, knownCodes, RULE_LEVELS, type KnownCode, type RuleLevel } from "./config.js";

const LEVEL_WORDS = '"off", "info", "warning" or "error"';

/** The levels a code accepts: every level, or not `off` for a code that cannot be turned off (as `lint` decides). */
function levelOf(code: KnownCode): z.ZodType<RuleLevel> {
  if (isMandatory(code)) {
    return z.enum(["info", "warning", "error"], {
      error: (issue) =>
        issue.input === "off"
          ? `${code.code} (${code.name}) is a syntax error and cannot be turned off; it can be re-levelled to "warning" or "info"`
          : `level must be "info", "warning" or "error", not ${JSON.stringify(issue.input)}`,
    });
  }
  return z.enum(RULE_LEVELS, { error: (issue) => `level must be ${LEVEL_WORDS}, not ${JSON.stringify(issue.input)}` });
}

let schema: z.ZodType<Record<string, RuleLevel | undefined>> | undefined;

/**
 * The zod schema of `LintOptions.rules`: a strict object whose keys are codes and aliases, each
 * property described for editors' hover help. It accepts exactly what `lint` accepts.
 */
export function rulesSchema(): z.ZodType<Record<string, RuleLevel | undefined>> {
  if (schema) return schema;
  const shape: Record<string, z.ZodOptional<z.ZodType<RuleLevel>>> = {};
  for (const known of knownCodes()) {
    const level = levelOf(known);
    const what = `${known.description} Default: ${known.severity}.`;
    shape[known.code] = level.optional().describe(`${known.code} ${known.name}: ${what}`);
    shape[known.name] = level.optional().describe(`${known.name} (${known.code}): ${what}`);
  }
  schema = z.strictObject(shape);
  return schema;
}
