/**
 * The command-line options about configuration (`--config`, `--rule`, `--pool`,
 * `--server`) and the `RunConfig` they make together with the config file.
 */
import { resolve } from "node:path";
import { type Command, InvalidArgumentError, Option } from "commander";
import type { Dialect } from "../../files/dialect.js";
import { isMandatory, lookupCode, RULE_LEVELS, type RuleLevel } from "../../lint/config.js";
import { findConfig, loadConfigFile, unknownRule } from "./load.js";
import { RunConfig } from "./resolve.js";

/** The configuration options as commander parses them. */
export interface ConfigOptions {
  config?: string;
  rule?: Record<string, RuleLevel>;
  pool?: string;
  server?: string;
  dialect?: Dialect;
}

const RULE_FLAG = /^([^=]+)=(.*)$/;

/** Adds one `--rule <code>=<level>` to those before it (commander calls it per occurrence). */
function collectRule(value: string, previous: Record<string, RuleLevel> | undefined): Record<string, RuleLevel> {
  const m = RULE_FLAG.exec(value);
  if (!m) throw new InvalidArgumentError(`expected <code>=<${RULE_LEVELS.join("|")}>, e.g. HP2003=off`);
  const name = m[1]!.trim();
  const level = m[2]!.trim();
  const known = lookupCode(name);
  if (!known) throw new InvalidArgumentError(unknownRule(name));
  if (!(RULE_LEVELS as readonly string[]).includes(level))
    throw new InvalidArgumentError(`level must be ${RULE_LEVELS.join(", ")}, not "${level}"`);
  if (level === "off" && isMandatory(known))
    throw new InvalidArgumentError(`${known.code} (${known.name}) is a syntax error and cannot be turned off`);
  return { ...previous, [known.code]: level as RuleLevel };
}

/** Adds the configuration options to `command`. */
export function addConfigOptions(command: Command): Command {
  return command
    .option("-c, --config <file>", "configuration file to use instead of searching for .hpom-lint.json or package.json")
    .option("--rule <code=level>", "set a rule's level (off|info|warning|error), over the configuration file; repeatable", collectRule)
    .option("--pool <file>", "pool model (YAML or JSON): turns on the pooling rules; over the configuration's pool")
    .option("--server <fqdn>", "the management server whose files these are")
    .addOption(
      new Option("--dialect <product>", "HPOM product the files are for: omu (UNIX/Linux, the default) or omw (Windows policies)").choices([
        "omu",
        "omw",
      ]),
    );
}

/** The run's configuration: `--config` or the config file found from `cwd`, and the command line's settings. */
export async function loadRunConfig(options: ConfigOptions, cwd: string): Promise<RunConfig> {
  const file = options.config === undefined ? await findConfig(cwd) : await loadConfigFile(options.config, cwd);
  return RunConfig.create(
    file,
    {
      rules: options.rule ?? {},
      ...(options.pool === undefined ? {} : { pool: resolve(cwd, options.pool) }),
      ...(options.server === undefined ? {} : { server: options.server }),
      ...(options.dialect === undefined ? {} : { dialect: options.dialect }),
    },
    cwd,
  );
}
