/**
 * Finding and reading the configuration: `.hpom-lint.json`, or the `hpom-lint`
 * key of a package.json, in the working directory or the nearest folder above
 * it that has one (the first found wins, `.hpom-lint.json` before package.json
 * in the same folder), or the file given with `--config`. Whatever is wrong
 * with it becomes one `ConfigError` line naming the file, and the line and
 * column for JSON syntax or the key or rule for content.
 */
import { basename, dirname, join, resolve } from "node:path";
import type { z } from "zod";
import { knownCodes, repeatedRuleKey, repeatedRuleMessage } from "../../lint/config.js";
import { closest, typoBudget } from "../../util/did-you-mean.js";
import { CliError } from "../context.js";
import { displayPath } from "../files.js";
import { readTextFile, UnreadableFile } from "../read-file.js";
import { JsonSyntaxError, parseJson } from "./json.js";
import type { HpomLintConfig } from "./schema.js";

/** The name of the configuration file. */
export const CONFIG_FILE = ".hpom-lint.json";
/** The key of package.json that may hold the configuration instead. */
export const PACKAGE_KEY = "hpom-lint";

/** An unreadable or invalid configuration; the message is one line that names the file. */
export class ConfigError extends CliError {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

/** A configuration file that was read and validated. */
export interface LoadedConfig {
  /** Absolute path of the file (a package.json when `inPackageJson`). */
  path: string;
  /** The folder that `pool`, `ignore` and `overrides` are relative to. */
  dir: string;
  /** Whether the configuration is the `hpom-lint` key of a package.json. */
  inPackageJson: boolean;
  config: HpomLintConfig;
}

/** The file's text, or undefined when there is no such file. */
async function readIfExists(path: string, cwd: string): Promise<string | undefined> {
  try {
    return await readTextFile(path);
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return undefined;
    throw new ConfigError(`${displayPath(cwd, path)}: ${error.message}`);
  }
}

function syntaxError(error: JsonSyntaxError, path: string, cwd: string): ConfigError {
  return new ConfigError(`${displayPath(cwd, path)}:${error.line}:${error.column}: invalid JSON: ${error.message}`);
}

/**
 * The JSON of `path`. A configuration file may have comments and trailing
 * commas (JSONC, as editors treat it); package.json may not, as npm reads it.
 */
async function parseJsonFile(text: string, path: string, cwd: string, jsonc = false): Promise<unknown> {
  try {
    return await parseJson(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    if (!jsonc) throw syntaxError(error, path, cwd);
  }
  // Loaded only for a file JSON.parse rejects, so plain JSON configurations do not pay for the scanner.
  const { blankJsoncExtras } = await import("./jsonc.js");
  try {
    return await parseJson(blankJsoncExtras(text));
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    throw syntaxError(error, path, cwd);
  }
}

/** `rules.HP2001`, `overrides[0].files[1]`; empty for the whole object. */
function pathText(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : `${out ? "." : ""}${String(key)}`;
  return out;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) value = value !== null && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  const type = typeof value;
  return type === "object" ? "an object" : `a ${type}`;
}

const RULE_KEYS: readonly string[] = knownCodes().flatMap((k) => [k.code, k.name]);
const OVERRIDE_KEYS: readonly string[] = ["files", "rules"];

function suggestion(key: string, candidates: readonly string[]): string {
  const near = closest(key, candidates, Math.max(1, typoBudget(key.length)));
  return near ? ` (did you mean "${near}"?)` : "";
}

/** `unknown rule "x"`, with the nearest rule code or alias when one is close. */
export function unknownRule(name: string): string {
  return `unknown rule "${name}"${suggestion(name, RULE_KEYS)}`;
}

/** One line saying what is wrong, for the most useful of zod's issues. */
function describeIssue(issues: readonly z.core.$ZodIssue[], data: unknown, inPackageJson: boolean, topKeys: readonly string[]): string {
  // Names that are not known at all say more than a bad value beside them.
  const unknown = issues.filter((i) => i.code === "unrecognized_keys").sort((a, b) => a.path.length - b.path.length);
  const issue = unknown[0] ?? issues[0]!;
  const where = pathText(inPackageJson ? [PACKAGE_KEY, ...issue.path] : issue.path);
  const at = where ? `${where}: ` : "";
  const value = valueAt(data, issue.path);
  switch (issue.code) {
    case "unrecognized_keys": {
      const inRules = issue.path[issue.path.length - 1] === "rules";
      const candidates = inRules ? RULE_KEYS : issue.path.length === 0 ? topKeys : OVERRIDE_KEYS;
      const names = issue.keys.map((k) => `"${k}"${suggestion(k, candidates)}`).join(", ");
      const what = inRules ? "rule" : "key";
      return `${at}unknown ${what}${issue.keys.length === 1 ? "" : "s"} ${names}`;
    }
    case "invalid_type": {
      const expected = issue.expected === "object" ? "an object" : issue.expected === "array" ? "an array" : `a ${issue.expected}`;
      // zod reports a required key that is absent as a value of the wrong type.
      return value === undefined ? `${at}missing: expected ${expected}` : `${at}expected ${expected}, found ${typeName(value)}`;
    }
    case "too_small":
      return `${at}must not be empty`;
    default:
      return `${at}${issue.message}`;
  }
}

async function validate(data: unknown, path: string, inPackageJson: boolean, cwd: string): Promise<LoadedConfig> {
  // zod is loaded only when there is a configuration to check: a run without one starts faster.
  const { configSchema } = await import("./schema.js");
  const result = configSchema.safeParse(data);
  if (!result.success) {
    throw new ConfigError(
      `${displayPath(cwd, path)}: ${describeIssue(result.error.issues, data, inPackageJson, Object.keys(configSchema.shape))}`,
    );
  }
  // From the text as read: the schema's output lists keys in its own order, not the author's.
  const { rules, overrides } = data as { rules?: Record<string, unknown>; overrides?: { rules: Record<string, unknown> }[] };
  for (const [where, set] of [["rules", rules] as const, ...(overrides ?? []).map((o, i) => [`overrides[${i}].rules`, o.rules] as const)]) {
    const repeated = set && repeatedRuleKey(set);
    if (repeated)
      throw new ConfigError(
        `${displayPath(cwd, path)}: ${inPackageJson ? `${PACKAGE_KEY}.` : ""}${where}: ${repeatedRuleMessage(repeated)}`,
      );
  }
  return { path, dir: dirname(path), inPackageJson, config: result.data };
}

function packageConfig(value: unknown): { found: boolean; data: unknown } {
  if (value === null || typeof value !== "object" || Array.isArray(value) || !Object.hasOwn(value, PACKAGE_KEY))
    return { found: false, data: undefined };
  return { found: true, data: (value as Record<string, unknown>)[PACKAGE_KEY] };
}

/** The configuration that applies in `cwd`: the nearest one at or above it, or undefined when there is none. */
export async function findConfig(cwd: string): Promise<LoadedConfig | undefined> {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const own = join(dir, CONFIG_FILE);
    const text = await readIfExists(own, cwd);
    if (text !== undefined) return await validate(await parseJsonFile(text, own, cwd, true), own, false, cwd);
    const manifest = join(dir, "package.json");
    const pkg = await readIfExists(manifest, cwd);
    if (pkg !== undefined) {
      const { found, data } = packageConfig(await parseJsonFile(pkg, manifest, cwd));
      if (found) return await validate(data, manifest, true, cwd);
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** The configuration in the file given with `--config` (a package.json is read for its `hpom-lint` key). */
export async function loadConfigFile(file: string, cwd: string): Promise<LoadedConfig> {
  const path = resolve(cwd, file);
  const text = await readIfExists(path, cwd);
  if (text === undefined) throw new ConfigError(`--config ${file}: no such file`);
  const data = await parseJsonFile(text, path, cwd, basename(path) !== "package.json");
  if (basename(path) !== "package.json") return await validate(data, path, false, cwd);
  const { found, data: config } = packageConfig(data);
  if (!found) throw new ConfigError(`${displayPath(cwd, path)}: has no "${PACKAGE_KEY}" key`);
  return await validate(config, path, true, cwd);
}
