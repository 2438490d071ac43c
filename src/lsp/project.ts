/**
 * The configuration and pool model that apply to a document, found as the CLI
 * finds them: the nearest `.hpom-lint.json` (or package.json key) at or above
 * the file's folder, its `pool`, and the server the file belongs to from its
 * path. Read once and kept until `invalidate` (a watched file changed).
 */
import { dirname } from "node:path";
import { findConfig } from "../cli/config/load.js";
import { RunConfig } from "../cli/config/resolve.js";
import { CliError } from "../cli/context.js";
import type { CliIo } from "../cli/io.js";
import { PoolModels } from "../cli/load-pool.js";
import { serverOfPath } from "../cli/server-of-path.js";
import { topologyOf } from "../model/topology.js";
import type { LintOptions } from "../lint/lint.js";
import type { PoolModel } from "../model/schema.js";

/** What the server knows of the project a document belongs to. */
export interface DocumentSettings {
  /** The options to lint the document with. */
  options: LintOptions;
  /** The pool model, when the configuration names one and it is valid. */
  pool: PoolModel | undefined;
  /** Why the configuration or pool model could not be used; the document is then linted without them. */
  problem: string | undefined;
}

/** A `CliIo` for the readers shared with the CLI: the server reads files only, never its own stdio. */
function fileIo(cwd: string): CliIo {
  return {
    stdout: () => undefined,
    stderr: () => undefined,
    readStdin: () => Promise.resolve(new Uint8Array()),
    cwd,
    isTTY: false,
    isStderrTTY: false,
    env: {},
  };
}

/** Configurations by folder and pool models by path, for the documents of one workspace. */
export class Project {
  private configs = new Map<string, Promise<RunConfig>>();
  private pools: PoolModels;

  /** `root` is the workspace folder: file names in messages are relative to it. */
  constructor(private readonly root: string) {
    this.pools = new PoolModels(fileIo(root));
  }

  /** Forgets every configuration and pool model read, so the next request reads them again. */
  invalidate(): void {
    this.configs = new Map();
    this.pools = new PoolModels(fileIo(this.root));
  }

  /** The configuration that applies in `dir`; a `CliError` when it is invalid. */
  configIn(dir: string): Promise<RunConfig> {
    let config = this.configs.get(dir);
    if (!config) {
      config = findConfig(dir).then((file) => RunConfig.create(file, { rules: {} }, this.root));
      this.configs.set(dir, config);
    }
    return config;
  }

  /** The settings for the document at the absolute `path`; never throws. */
  async settingsOf(path: string, display: string): Promise<DocumentSettings> {
    const options: LintOptions = { filename: display };
    try {
      const settings = (await this.configIn(dirname(path))).forFile(path);
      options.rules = settings.rules;
      options.dialect = settings.dialect;
      if (settings.poolPath === undefined) return { options, pool: undefined, problem: undefined };
      const pool = await this.pools.get(settings.poolPath);
      options.pool = pool;
      const server = serverOfPath(path, topologyOf(pool));
      if (server !== undefined) options.server = server;
      return { options, pool, problem: undefined };
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      return { options, pool: undefined, problem: [error.message, ...error.details].join("; ") };
    }
  }

  /** The absolute path of the pool model the configuration in `dir` names, if any. */
  async poolPathIn(dir: string, path: string): Promise<string | undefined> {
    try {
      return (await this.configIn(dir)).forFile(path).poolPath;
    } catch (error) {
      if (error instanceof CliError) return undefined;
      throw error;
    }
  }
}
