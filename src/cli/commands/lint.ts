/**
 * `hpom-lint [lint] <paths...>`: check files and report their diagnostics. The
 * default command, so `hpom-lint <paths>` runs it too.
 */
import { resolve } from "node:path";
import { type Command, InvalidArgumentError, Option } from "commander";
import { lint as lintText } from "../../lint/lint.js";
import { CliError, EXIT, useColor, type CliContext } from "../context.js";
import { collectInputs, readInputText } from "../files.js";
import { writeFileAtomically } from "../replace-file.js";
import { countBySeverity, FORMATS, type FileReport, type FormatName } from "../report/index.js";

interface LintOptions {
  format: FormatName;
  stdinFilename?: string;
  color?: boolean;
  quiet?: boolean;
  maxWarnings?: number;
  outputFile?: string;
}

function parseMaxWarnings(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("expected a whole number of warnings, 0 or more");
  return Number(value);
}

async function writeOutput(path: string, text: string, ctx: CliContext): Promise<void> {
  try {
    await writeFileAtomically(resolve(ctx.io.cwd, path), text);
  } catch (error) {
    throw new CliError(`${path}: cannot write the report (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

async function lint(paths: string[], options: LintOptions, ctx: CliContext): Promise<number> {
  const { io } = ctx;
  const inputs = await collectInputs(paths, io.cwd, options.stdinFilename);
  const reports: FileReport[] = [];
  for (const input of inputs) {
    const text = await readInputText(input, io);
    const diagnostics = lintText(text, { filename: input.display });
    reports.push({ filename: input.display, text, diagnostics });
  }
  // Warnings count against --max-warnings even when --quiet leaves them out of the report.
  const counts = countBySeverity(reports);
  const shown = options.quiet ? reports.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === "error") })) : reports;
  // A file is no terminal: colours go into it only on an explicit --color.
  const color = options.outputFile === undefined ? useColor(io, options.color) : options.color === true;
  const output = FORMATS[options.format](shown, { color, cwd: io.cwd });
  if (options.outputFile === undefined) io.stdout(output);
  else await writeOutput(options.outputFile, output, ctx);
  if (counts.error > 0) return EXIT.problems;
  if (options.maxWarnings !== undefined && counts.warning > options.maxWarnings) {
    io.stderr(`hpom-lint: ${counts.warning} warning${counts.warning === 1 ? "" : "s"} found, more than --max-warnings ${options.maxWarnings}\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}

const HELP_AFTER = `
Formats:
  stylish  file:line:col, severity, message, [code/alias], the source line with
           the range underlined, and a summary (the default)
  json     { "version": 1, "tool": {...}, "files": [{ "filename", "diagnostics" }] }
  sarif    one SARIF 2.1.0 log for GitHub code scanning (upload-sarif)
  github   ::error/::warning/::notice annotations for GitHub Actions, at most
           10 of each kind (GitHub's limit per step), then the stylish report of
           the rest

Exit codes:
  0  no errors, and no more warnings than --max-warnings
  1  errors (syntax errors too), or more warnings than --max-warnings
  2  a path does not exist, a file cannot be read, the report cannot be
     written, a usage error, or an internal failure (--debug shows its stack)

Examples:
  hpom-lint respmgrs/
  hpom-lint allnodes msgforw
  hpom-lint 'respmgrs/**/msgforw'
  cat allnodes | hpom-lint - --stdin-filename allnodes
  hpom-lint --max-warnings 0 respmgrs/
  hpom-lint --format sarif --output-file hpom-lint.sarif respmgrs/
  hpom-lint --format github respmgrs/
`;

/** Adds `lint` to `program` as its default command. */
export function registerLint(program: Command, ctx: CliContext): void {
  program
    .command("lint", { isDefault: true })
    .description("check files and report their problems (the default command)")
    .argument("<paths...>", "files, folders (searched for allnodes, msgforw, escmgr, mgrconf, outage and node files), globs or - for stdin")
    .addOption(new Option("-f, --format <format>", "output format").choices(Object.keys(FORMATS)).default("stylish"))
    .option("--quiet", "report errors only (warnings still count for --max-warnings)")
    .option("--max-warnings <n>", "exit 1 when there are more than n warnings", parseMaxWarnings)
    .option("-o, --output-file <path>", "write the report to this file (atomically) instead of stdout")
    .option("--stdin-filename <name>", "file name to report for input read from stdin")
    .option("--color", "force colours on")
    .option("--no-color", "turn colours off")
    .addHelpText("after", HELP_AFTER)
    .action(async (paths: string[], options: LintOptions) => {
      ctx.exitCode = await lint(paths, options, ctx);
    });
}
