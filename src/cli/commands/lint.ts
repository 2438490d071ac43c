/**
 * `hpom-lint [lint] <paths...>`: check files and report their diagnostics. The
 * default command, so `hpom-lint <paths>` runs it too; `--fix` and
 * `--fix-dry-run` fix what can be fixed first, and `--init` and
 * `--print-config` are about the configuration instead of files.
 */
import { resolve } from "node:path";
import { type Command, Option } from "commander";
import { lint as lintText, type LintOptions as LintTextOptions } from "../../lint/lint.js";
import { addConfigOptions, loadRunConfig, type ConfigOptions } from "../config/options.js";
import type { RunConfig } from "../config/resolve.js";
import { EXIT, useColor, type CliContext } from "../context.js";
import { collectInputs, readInputText, type Input } from "../files.js";
import { fixInputs } from "../fix.js";
import { formatJson } from "../report/json.js";
import { formatStylish, type FileReport } from "../report/stylish.js";
import { init } from "./init.js";
import { printConfig } from "./print-config.js";

interface LintOptions extends ConfigOptions {
  format: "stylish" | "json";
  stdinFilename?: string;
  color?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
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
  let reports: FileReport[] = [];
  let failed = false;
  const fixMode = options.fix ? "write" : options.fixDryRun ? "dry-run" : undefined;
  if (fixMode) {
    ({ reports, failed } = await fixInputs(inputs, fixMode, optionsOf, ctx));
  } else {
    for (const input of inputs) {
      const text = await readInputText(input, io);
      reports.push({ filename: input.display, text, diagnostics: lintText(text, optionsOf(input)) });
    }
  }
  // When stdout carries fixed text or a diff, the report goes to stderr so the two never mix.
  const toStderr = fixMode === "dry-run" || (fixMode === "write" && inputs.some((i) => i.kind === "stdin"));
  const color = useColor(io, options.color, toStderr ? io.isStderrTTY : io.isTTY);
  (toStderr ? io.stderr : io.stdout)(options.format === "json" ? formatJson(reports) : formatStylish(reports, color));
  if (failed) return EXIT.failure;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === "error")) ? EXIT.problems : EXIT.ok;
}

const HELP_AFTER = `
Configuration:
  .hpom-lint.json (or the "hpom-lint" key of package.json) in the working
  directory or the nearest folder above it, or the file given with --config:
  "rules", "ignore" globs, "overrides" per glob and "pool". --rule goes over it.
  --print-config <file> shows what applies to a file; --init writes a starter.

Fixing:
  --fix applies the safe fixes and the canonical format and rewrites, atomically,
  the files that change (line endings and byte-order mark kept), then reports
  what is left; input read from - is printed fixed on stdout, and the report
  goes to stderr. A file is never rewritten while it still has syntax errors.
  --fix-dry-run writes nothing: it prints a unified diff of what --fix would
  change on stdout (apply it with git apply or patch -p1) and the report on
  stderr.

Examples:
  hpom-lint respmgrs/
  hpom-lint allnodes msgforw
  hpom-lint 'respmgrs/**/msgforw'
  cat allnodes | hpom-lint - --stdin-filename allnodes
  hpom-lint --fix respmgrs/
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
    .addOption(new Option("--fix", "apply the safe fixes and the canonical format, in place; report what is left").conflicts("fixDryRun"))
    .addOption(new Option("--fix-dry-run", "print a unified diff of what --fix would change; write nothing"))
    .addOption(new Option("--init", `write a starter .hpom-lint.json in the working directory`).conflicts(["fix", "fixDryRun", "printConfig"]))
    .addOption(new Option("--print-config <file>", "print the configuration that applies to <file>, as JSON").conflicts(["fix", "fixDryRun"]))
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
