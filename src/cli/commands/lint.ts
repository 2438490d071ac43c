/**
 * `hpom-lint [lint] <paths...>`: check files and report their diagnostics. The
 * default command, so `hpom-lint <paths>` runs it too; `--init` and
 * `--print-config` are about the configuration instead of files.
 */
import { resolve } from "node:path";
import { type Command, Option } from "commander";
import { lint as lintText, type LintOptions as LintTextOptions } from "../../lint/lint.js";
import { addConfigOptions, loadRunConfig, type ConfigOptions } from "../config/options.js";
import type { RunConfig } from "../config/resolve.js";
import { EXIT, useColor, type CliContext } from "../context.js";
import { collectInputs, readInputText, type Input } from "../files.js";
import { formatJson } from "../report/json.js";
import { formatStylish, type FileReport } from "../report/stylish.js";
import { init } from "./init.js";
import { printConfig } from "./print-config.js";

interface LintOptions extends ConfigOptions {
  format: "stylish" | "json";
  stdinFilename?: string;
  color?: boolean;
  init?: boolean;
  printConfig?: string;
}

/** The options of `lint()` for one input: its name and the configuration that applies to it. */
function lintOptionsOf(input: Input, config: RunConfig, options: LintOptions, cwd: string): LintTextOptions {
  const stdinPath = options.stdinFilename === undefined ? undefined : resolve(cwd, options.stdinFilename);
  const settings = config.forFile(input.kind === "file" ? input.path : stdinPath);
  // Seam for the pool model: settings.poolPath (--pool, else the config's pool) is to be read with
  // parsePoolModel and passed as `pool`; that loading belongs to the pool-model work.
  return { filename: input.display, rules: settings.rules, ...(settings.server === undefined ? {} : { server: settings.server }) };
}

async function lint(paths: string[], options: LintOptions, ctx: CliContext): Promise<number> {
  const { io } = ctx;
  const config = await loadRunConfig(options, io.cwd);
  const inputs = (await collectInputs(paths, io.cwd, options.stdinFilename)).filter((i) => i.kind === "stdin" || !config.ignores(i.path));
  const optionsOf = (input: Input) => lintOptionsOf(input, config, options, io.cwd);
  const reports: FileReport[] = [];
  for (const input of inputs) {
    const text = await readInputText(input, io);
    reports.push({ filename: input.display, text, diagnostics: lintText(text, optionsOf(input)) });
  }
  io.stdout(options.format === "json" ? formatJson(reports) : formatStylish(reports, useColor(io, options.color)));
  return reports.some((r) => r.diagnostics.some((d) => d.severity === "error")) ? EXIT.problems : EXIT.ok;
}

const HELP_AFTER = `
Configuration:
  .hpom-lint.json (or the "hpom-lint" key of package.json) in the working
  directory or the nearest folder above it, or the file given with --config:
  "rules", "ignore" globs, "overrides" per glob and "pool". --rule goes over it.
  --print-config <file> shows what applies to a file; --init writes a starter.

Examples:
  hpom-lint respmgrs/
  hpom-lint allnodes msgforw
  hpom-lint 'respmgrs/**/msgforw'
  cat allnodes | hpom-lint - --stdin-filename allnodes
  hpom-lint --rule unused-time-template=off respmgrs/
  hpom-lint --print-config respmgrs/allnodes
`;

/** Adds `lint` to `program` as its default command. */
export function registerLint(program: Command, ctx: CliContext): void {
  const command = program
    .command("lint", { isDefault: true })
    .description("check files and report their problems (the default command)")
    .argument("[paths...]", "files, folders (searched for allnodes, msgforw, escmgr, mgrconf, outage and node files), globs or - for stdin")
    .addOption(new Option("-f, --format <format>", "output format").choices(["stylish", "json"]).default("stylish"))
    .option("--stdin-filename <name>", "file name to report for input read from stdin")
    .option("--color", "force colours on")
    .option("--no-color", "turn colours off");
  addConfigOptions(command)
    .addOption(new Option("--init", "write a starter .hpom-lint.json in the working directory").conflicts("printConfig"))
    .option("--print-config <file>", "print the configuration that applies to <file>, as JSON")
    .addHelpText("after", HELP_AFTER)
    .action(async (paths: string[], options: LintOptions) => {
      if (options.init || options.printConfig !== undefined) {
        if (paths.length > 0) command.error(`error: ${options.init ? "--init" : "--print-config"} takes no paths`);
        ctx.exitCode = options.init ? await init(ctx) : printConfig(options.printConfig!, await loadRunConfig(options, ctx.io.cwd), ctx);
        return;
      }
      if (paths.length === 0) command.error("error: missing required argument 'paths'");
      ctx.exitCode = await lint(paths, options, ctx);
    });
}
