/**
 * The effective configuration of one file: the config file's `rules`, then
 * every override whose `files` match it, in order, then `--rule` from the
 * command line; `--pool` before the config's `pool`. Levels are keyed by rule
 * code, so a code in one place and its alias in another cannot both apply.
 */
import { relative, resolve, sep } from "node:path";
import { lookupCode, type RuleLevel } from "../../lint/config.js";
import { compileGlobs, type PathTest } from "./glob.js";
import { displayPath } from "../files.js";
import { ConfigError, type LoadedConfig } from "./load.js";
import type { Dialect } from "../../files/dialect.js";

/** What the command line adds to (and puts before) the configuration file. */
export interface CliSettings {
  /** `--rule` levels by code, last one of a code winning. */
  rules: Record<string, RuleLevel>;
  /** `--pool`, absolute. */
  pool?: string;
  /** `--server`. */
  server?: string;
  /** `--dialect`. */
  dialect?: Dialect;
}

/** The settings that apply to one file. */
export interface FileConfig {
  /** Levels by rule code, for `LintOptions.rules`. */
  rules: Record<string, RuleLevel>;
  /**
   * Absolute path of the pool model (`--pool`, else the config's `pool`), read
   * by the lint command (`load-pool.ts`).
   */
  poolPath: string | undefined;
  /** `--server`: the management server whose file this is. */
  server: string | undefined;
  /** The HPOM product the files are written for: `--dialect`, else the config's `dialect`, else `omu`. */
  dialect: Dialect;
  /** Indexes of the config's `overrides` that apply, in order. */
  overrides: number[];
}

/** Levels keyed by rule code (keys were validated, so each names a known code). */
function byCode(rules: Readonly<Record<string, RuleLevel | undefined>> | undefined): Record<string, RuleLevel> {
  const out: Record<string, RuleLevel> = {};
  for (const [key, level] of Object.entries(rules ?? {})) {
    if (level !== undefined) out[lookupCode(key)!.code] = level;
  }
  return out;
}

async function compile(globs: readonly string[], where: string, loaded: LoadedConfig, cwd: string): Promise<PathTest> {
  try {
    return await compileGlobs(globs);
  } catch (error) {
    throw new ConfigError(`${displayPath(cwd, loaded.path)}: ${where}: ${(error as Error).message.split("\n")[0]!.slice(0, 200)}`);
  }
}

/** `path` relative to `dir`, `/`-separated (`..` first when outside it), as globs are matched. */
function relativePosix(dir: string, path: string): string {
  return relative(dir, path).split(sep).join("/");
}

/** The configuration of a run: the config file (if any) and the command line. */
export class RunConfig {
  private readonly baseRules: Record<string, RuleLevel>;

  private constructor(
    /** The configuration file in use, if any. */
    readonly file: LoadedConfig | undefined,
    private readonly cli: CliSettings,
    private readonly ignored: PathTest,
    private readonly overrides: readonly { test: PathTest; rules: Record<string, RuleLevel> }[],
  ) {
    this.baseRules = byCode(file?.config.rules);
  }

  /** The configuration of a run from the config file (if any) and the command line; invalid globs are a `ConfigError`. */
  static async create(file: LoadedConfig | undefined, cli: CliSettings, cwd: string): Promise<RunConfig> {
    if (!file) return new RunConfig(undefined, cli, () => false, []);
    const ignored = await compile(file.config.ignore ?? [], "ignore", file, cwd);
    const overrides = await Promise.all(
      (file.config.overrides ?? []).map(async (o, i) => ({
        test: await compile(o.files, `overrides[${i}].files`, file, cwd),
        rules: byCode(o.rules),
      })),
    );
    return new RunConfig(file, cli, ignored, overrides);
  }

  /** Whether the config's `ignore` covers the file at the absolute `path`. */
  ignores(path: string): boolean {
    return this.file !== undefined && this.ignored(relativePosix(this.file.dir, path));
  }

  /** The settings for the file at the absolute `path` (undefined: standard input without a name). */
  forFile(path: string | undefined): FileConfig {
    const rules = { ...this.baseRules };
    const applied: number[] = [];
    if (path !== undefined && this.file) {
      const rel = relativePosix(this.file.dir, path);
      this.overrides.forEach((o, i) => {
        if (!o.test(rel)) return;
        applied.push(i);
        Object.assign(rules, o.rules);
      });
    }
    Object.assign(rules, this.cli.rules);
    const pool = this.cli.pool ?? (this.file?.config.pool === undefined ? undefined : resolve(this.file.dir, this.file.config.pool));
    return {
      rules,
      poolPath: pool,
      server: this.cli.server,
      dialect: this.cli.dialect ?? this.file?.config.dialect ?? "omu",
      overrides: applied,
    };
  }
}
