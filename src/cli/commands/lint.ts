/**
 * `hpom-lint [lint] <paths...>`: check files and report their diagnostics. The
 * default command, so `hpom-lint <paths>` runs it too; `--fix` and
 * `--fix-dry-run` fix what can be fixed first, and `--init` and
 * `--print-config` are about the configuration instead of files.
 */
import { dirname, resolve } from "node:path";
import { type Command, InvalidArgumentError, Option } from "commander";
import { FILE_NAMES, SAMPLE_FOLDER_NAMES } from "../../files/file-kind.js";
import type { LintOptions as LintTextOptions } from "../../lint/lint.js";
import { addConfigOptions, loadRunConfig, type ConfigOptions } from "../config/options.js";
import type { RunConfig } from "../config/resolve.js";
import { CliError, EXIT, useColor, type CliContext } from "../context.js";
import { collectInputs, displayPath, repositoryRoot, type Input } from "../files.js";
import { lintInputs } from "../lint-inputs.js";
import { makeFolders } from "../make-folders.js";
import { PoolModels } from "../load-pool.js";
import { topologyOf } from "../../model/topology.js";
import { serverOfPath } from "../server-of-path.js";
import { writeFileAtomically } from "../replace-file.js";
import type { FileReport } from "../report/file-report.js";
import { FORMAT_NAMES, type FormatName } from "../report/format-names.js";

interface LintOptions extends ConfigOptions {
  format: FormatName;
  stdinFilename?: string;
  color?: boolean;
  quiet?: boolean;
  maxWarnings?: number;
  outputFile?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  init?: boolean;
  printConfig?: string;
  concurrency?: number;
  estate?: string;
}

function wholeNumber(what: string): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`expected a whole number of ${what}, 0 or more`);
    return Number(value);
  };
}

async function writeOutput(path: string, text: string, ctx: CliContext): Promise<void> {
  const target = resolve(ctx.io.cwd, path);
  try {
    // As ESLint does, so a CI step can write reports/hpom.sarif without a mkdir before it.
    await makeFolders(dirname(target));
    await writeFileAtomically(target, text);
  } catch (error) {
    const { code, path: blocking } = error as NodeJS.ErrnoException;
    if (code === "ENOTDIR" && blocking === dirname(target))
      throw new CliError(`${path}: cannot write the report (ENOTDIR: ${dirname(path)} is a file, not a folder)`);
    throw new CliError(`${path}: cannot write the report (${code ?? String(error)})`);
  }
}

/**
 * The input that the report at `path` would replace, if any. Compared with
 * links resolved: the report is written through a link to its target, so a
 * link to a linted file, or a linted file named through a linked folder, is
 * that file.
 */
async function inputAt(path: string, inputs: readonly Input[]): Promise<Input | undefined> {
  const { realpath } = await import("node:fs/promises");
  const real = async (p: string) => realpath(p).catch(() => resolve(p));
  const files = inputs.filter((i) => i.kind === "file");
  const [report, ...paths] = await Promise.all([real(path), ...files.map((i) => real(i.path))]);
  const index = paths.indexOf(report);
  return index < 0 ? undefined : files[index];
}

/**
 * The options of `lint()` for one input: its name, the configuration that
 * applies to it, and the pool model with the server the file belongs to —
 * `--server`, else the nearest folder of its path named like a pool or a
 * server of the model.
 */
async function lintOptionsOf(
  input: Input,
  config: RunConfig,
  options: LintOptions,
  ctx: CliContext,
  pools: PoolModels,
): Promise<LintTextOptions> {
  const { cwd } = ctx.io;
  const stdinPath = options.stdinFilename === undefined ? undefined : resolve(cwd, options.stdinFilename);
  const settings = config.forFile(input.kind === "file" ? input.path : stdinPath);
  const result: LintTextOptions = { filename: input.display, rules: settings.rules, dialect: settings.dialect };
  if (settings.poolPath !== undefined) {
    const pool = await pools.get(settings.poolPath);
    const topology = topologyOf(pool);
    // A misspelt --server would turn the pooling rules off without a word.
    if (settings.server !== undefined && !topology.mentions(settings.server)) {
      throw new CliError(
        `--server ${settings.server}: not a pool or server of the pool model ${displayPath(cwd, settings.poolPath)}, so the pooling rules could check nothing`,
      );
    }
    result.pool = pool;
    const server = settings.server ?? serverOfPath(input.kind === "file" ? input.path : (stdinPath ?? ""), topology);
    if (server !== undefined) result.server = server;
  } else if (settings.server !== undefined) {
    result.server = settings.server;
  }
  return result;
}

async function lint(paths: string[], options: LintOptions, ctx: CliContext): Promise<number> {
  const { io } = ctx;
  const config = await loadRunConfig(options, io.cwd);
  const inputs = (await collectInputs(paths, io.cwd, options.stdinFilename)).filter((i) => i.kind === "stdin" || !config.ignores(i.path));
  if (options.outputFile !== undefined) {
    const input = await inputAt(resolve(io.cwd, options.outputFile), inputs);
    if (input)
      throw new CliError(
        `${options.outputFile}: --output-file names ${input.display}, one of the files to lint; the report would replace it`,
      );
  }
  const pools = new PoolModels(io);
  // Options are worked out before linting so that an invalid pool model stops the run before any output.
  const resolved = new Map<Input, LintTextOptions>();
  for (const input of inputs) resolved.set(input, await lintOptionsOf(input, config, options, ctx, pools));
  const optionsOf = (input: Input) => resolved.get(input)!;
  let reports: FileReport[];
  let failed = false;
  const fixMode = options.fix ? "write" : options.fixDryRun ? "dry-run" : undefined;
  if (fixMode) {
    const { fixInputs } = await import("../fix.js");
    ({ reports, failed } = await fixInputs(inputs, fixMode, optionsOf, ctx));
  } else {
    reports = await lintInputs(inputs, optionsOf, io, options.concurrency);
  }
  if (options.estate !== undefined) {
    const { withEstateFindings } = await import("../lint-estate.js");
    reports = await withEstateFindings(reports, inputs, options.estate, config, ctx);
  }
  const { countBySeverity, FORMATS } = await import("../report/index.js");
  // Warnings count against --max-warnings even when --quiet leaves them out of the report.
  const counts = countBySeverity(reports);
  const shown = options.quiet ? reports.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === "error") })) : reports;
  // When stdout carries fixed text or a diff, the report goes to stderr so the two never mix.
  const toStderr = fixMode === "dry-run" || (fixMode === "write" && inputs.some((i) => i.kind === "stdin"));
  // A file is no terminal: colours go into it only on an explicit --color.
  const color =
    options.outputFile !== undefined ? options.color === true : useColor(io, options.color, toStderr ? io.isStderrTTY : io.isTTY);
  // GitHub resolves the paths of annotations and code-scanning results from the repository's root, not the working directory.
  const root = ROOT_RELATIVE_FORMATS.has(options.format) ? await repositoryRoot(io.cwd) : io.cwd;
  const formatter = await FORMATS[options.format]();
  const output = formatter(shown, { color, cwd: io.cwd, root });
  if (options.outputFile !== undefined) await writeOutput(options.outputFile, output, ctx);
  else (toStderr ? io.stderr : io.stdout)(output);
  if (failed) return EXIT.failure;
  if (counts.error > 0) return EXIT.problems;
  if (options.maxWarnings !== undefined && counts.warning > options.maxWarnings) {
    io.stderr(
      `hpom-lint: ${counts.warning} warning${counts.warning === 1 ? "" : "s"} found, more than --max-warnings ${options.maxWarnings}\n`,
    );
    return EXIT.problems;
  }
  return EXIT.ok;
}

/** The formats whose readers (GitHub, GitLab, Jenkins) resolve paths from the repository's root. */
const ROOT_RELATIVE_FORMATS: ReadonlySet<FormatName> = new Set(["sarif", "github", "gitlab", "junit"]);

const HELP_AFTER = `
Formats:
  stylish  file:line:col, severity, message, [code/alias], the source line with
           the range underlined, and a summary (the default)
  json     { "version": 1, "tool": {...}, "files": [{ "filename", "diagnostics" }] }
  sarif    one SARIF 2.1.0 log for GitHub code scanning (upload-sarif)
  github   ::error/::warning/::notice annotations for GitHub Actions, at most
           10 of each kind (GitHub's limit per step), then the stylish report of
           the rest
  gitlab   GitLab Code Quality JSON for the merge-request widget; fingerprints
           survive edits elsewhere in the file
  junit    JUnit XML for Jenkins and GitLab test reports: a test suite per
           file, a failing test case per problem
  sarif, github, gitlab and junit name files from the repository's root (the
  nearest folder with .git, else the working directory), as GitHub, GitLab and
  Jenkins resolve them.

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

Estates:
  --estate <dir> lints every file of an estate folder (a folder per server,
  named by its FQDN) and adds the cross-server rules (HP5xxx): forwarding loops
  through the servers' files, targets outside the estate, pool members whose
  agent files differ or that synchronise one way or to their own virtual
  interface, and messages that reach no server during some hours of the week.
  Pools come from --pool or, without one, from the files.

Exit codes:
  0  no errors, and no more warnings than --max-warnings
  1  errors (syntax errors too), or more warnings than --max-warnings
  2  a path does not exist, a file cannot be read, the report cannot be
     written, an invalid configuration or pool model, a usage error, or an
     internal failure (--debug shows its stack)

Examples:
  hpom-lint respmgrs/
  hpom-lint allnodes msgforw
  hpom-lint 'respmgrs/**/msgforw'
  cat allnodes | hpom-lint - --stdin-filename allnodes
  hpom-lint --max-warnings 0 respmgrs/
  hpom-lint --format sarif --output-file hpom-lint.sarif respmgrs/
  hpom-lint --format github respmgrs/
  hpom-lint --fix respmgrs/
  hpom-lint --rule unused-time-template=off respmgrs/
  hpom-lint --print-config respmgrs/allnodes
  hpom-lint lint --estate estate/ --pool pools.yaml
`;

/** Adds `lint` to `program` as its default command. */
export function registerLint(program: Command, ctx: CliContext): void {
  const command = program
    .command("lint", { isDefault: true })
    .description("check files and report their problems (the default command)")
    .argument(
      "[paths...]",
      `files, folders (searched for ${FILE_NAMES.join(", ")} and node files, and HP's samples in ${SAMPLE_FOLDER_NAMES.join(" and ")}), globs or - for stdin`,
    )
    .addOption(new Option("-f, --format <format>", "output format").choices(FORMAT_NAMES).default("stylish"))
    .option("--quiet", "report errors only (warnings still count for --max-warnings)")
    .option("--max-warnings <n>", "exit 1 when there are more than n warnings", wholeNumber("warnings"))
    .option("-o, --output-file <path>", "write the report to this file (atomically, creating its folder) instead of stdout")
    .option("--stdin-filename <name>", "file name to report for input read from stdin")
    .option("--color", "force colours on")
    .option("--no-color", "turn colours off")
    .option("--concurrency <n>", "worker threads for linting (0: none; default: one per core from 200 files on)", wholeNumber("threads"));
  addConfigOptions(command)
    .addOption(new Option("--fix", "apply the safe fixes and the canonical format, in place; report what is left").conflicts("fixDryRun"))
    .addOption(new Option("--fix-dry-run", "print a unified diff of what --fix would change; write nothing"))
    .addOption(
      new Option(
        "--estate <dir>",
        "lint an estate folder (one folder per server): its files, and the cross-server rules (HP5xxx)",
      ).conflicts(["fix", "fixDryRun", "stdinFilename", "init", "printConfig"]),
    )
    .addOption(
      new Option("--init", `write a starter .hpom-lint.json in the working directory`).conflicts(["fix", "fixDryRun", "printConfig"]),
    )
    .addOption(
      new Option("--print-config <file>", "print the configuration that applies to <file>, as JSON").conflicts(["fix", "fixDryRun"]),
    )
    .addHelpText("after", HELP_AFTER)
    .action(async (paths: string[], options: LintOptions) => {
      if (options.init || options.printConfig !== undefined) {
        if (paths.length > 0) command.error(`error: ${options.init ? "--init" : "--print-config"} takes no paths`);
        if (options.init) {
          const { init } = await import("./init.js");
          ctx.exitCode = await init(ctx);
        } else {
          const { printConfig } = await import("./print-config.js");
          ctx.exitCode = printConfig(options.printConfig!, await loadRunConfig(options, ctx.io.cwd), ctx);
        }
        return;
      }
      if (options.estate !== undefined) {
        if (paths.length > 0) command.error("error: --estate takes no paths: it lints the estate folder");
        paths = [options.estate];
      }
      if (paths.length === 0) command.error("error: missing required argument 'paths'");
      ctx.exitCode = await lint(paths, options, ctx);
    });
}
