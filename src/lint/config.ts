/**
 * Rule configuration: `LintOptions.rules` maps a rule code or alias to
 * `"off" | "info" | "warning" | "error"`. Checked by hand rather than with
 * zod: every `lint` (and every CLI run) passes through here, and loading zod
 * would add a third to the CLI's start-up; `rulesSchema()` (its own module)
 * describes the same shape for the configuration file's schema.
 *
 * Policy for syntax diagnostics (HP1xxx): they can be re-levelled, but those
 * whose default severity is `error` (and HP1000 internal-error) cannot be turned
 * `off`, in the configuration or by inline directives: a file with a syntax
 * error is rejected by HPOM (opcmomchk fails), and every other check is only as
 * good as the tree it ran on. `off` is accepted for the non-error syntax codes
 * (HP1011 too-many-errors).
 */
import type { Severity } from "../diagnostics/diagnostic.js";
import { CODES, type CodeInfo } from "./codes.js";

/** A configured level: a severity, or `off`. */
export type RuleLevel = Severity | "off";

export const RULE_LEVELS = ["off", "info", "warning", "error"] as const;

/** Thrown by `lint` for an invalid `rules` option; `key` is the offending rule name. */
export class LintConfigError extends Error {
  /** The rule code or alias that is wrong (`"rules"` when the option itself is not an object). */
  readonly key: string;
  constructor(key: string, message: string) {
    super(message);
    this.name = "LintConfigError";
    this.key = key;
  }
}

/** Identity of every code the linter can report: syntax codes and rules (the registry's entries). */
export type KnownCode = CodeInfo;

const KNOWN: readonly KnownCode[] = CODES;

/** Every code the linter can report, syntax codes first, each in code order. */
export function knownCodes(): readonly KnownCode[] {
  return KNOWN;
}

const BY_KEY: ReadonlyMap<string, KnownCode> = new Map(KNOWN.flatMap((k) => [[k.code, k] as const, [k.name, k] as const]));

/** The code a rule code or alias stands for (codes are matched case-insensitively), or undefined. */
export function lookupCode(key: string): KnownCode | undefined {
  return BY_KEY.get(key) ?? BY_KEY.get(key.toUpperCase());
}

/** Whether diagnostics of `code` can never be turned off or suppressed. */
export function isMandatory(code: KnownCode): boolean {
  return code.mandatory;
}

/** Every accepted key of `LintOptions.rules`: each code and each alias. */
export function ruleKeys(): readonly string[] {
  return [...BY_KEY.keys()];
}

/**
 * The first key of `rules` that names a code an earlier key already named (`HP2001` and
 * `undefined-time-template`), with that earlier key: which level was meant cannot be told.
 */
export function repeatedRuleKey(rules: Readonly<Record<string, unknown>>): { key: string; earlier: string; code: string } | undefined {
  const keyOf = new Map<string, string>();
  for (const key of Object.keys(rules)) {
    const code = lookupCode(key)?.code;
    if (code === undefined) continue;
    const earlier = keyOf.get(code);
    if (earlier !== undefined) return { key, earlier, code };
    keyOf.set(code, key);
  }
  return undefined;
}

/** What is wrong when `rules` names a code twice. */
export function repeatedRuleMessage(repeated: { key: string; earlier: string; code: string }): string {
  return `${JSON.stringify(repeated.key)} names ${repeated.code} (${lookupCode(repeated.code)!.name}) again, after ${JSON.stringify(repeated.earlier)}; keep one`;
}

/** Validates `rules` and returns the configured level of each code; throws `LintConfigError`. */
export function resolveRuleLevels(rules: unknown): Map<string, RuleLevel> {
  const levels = new Map<string, RuleLevel>();
  if (rules === undefined) return levels;
  if (rules === null || typeof rules !== "object" || Array.isArray(rules)) {
    throw new LintConfigError(
      "rules",
      'lint option "rules" must be an object mapping rule codes or aliases to "off", "info", "warning" or "error"',
    );
  }
  // Accept lower-case codes (`hp2001`) as their upper-case spelling.
  const normalised: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rules)) normalised[/^hp\d{4}$/i.test(key) ? key.toUpperCase() : key] = value;
  const repeated = repeatedRuleKey(normalised);
  if (repeated) throw new LintConfigError(repeated.key, `lint option "rules": ${repeatedRuleMessage(repeated)}`);
  for (const [key, level] of Object.entries(normalised)) {
    const known = BY_KEY.get(key);
    if (!known) throw new LintConfigError(key, `unknown rule ${JSON.stringify(key)} in lint option "rules"`);
    if (level === undefined) continue;
    if (!(RULE_LEVELS as readonly unknown[]).includes(level)) {
      throw new LintConfigError(
        key,
        `rule ${JSON.stringify(key)}: level must be "off", "info", "warning" or "error", not ${JSON.stringify(level)}`,
      );
    }
    if (level === "off" && isMandatory(known)) {
      throw new LintConfigError(
        key,
        `rule ${JSON.stringify(key)} (${known.code} ${known.name}) is a syntax error and cannot be turned off; it can be re-levelled to "warning" or "info"`,
      );
    }
    levels.set(known.code, level as RuleLevel);
  }
  return levels;
}
