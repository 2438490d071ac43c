/**
 * `hpom-lint fmt [--check | --write] <paths...>`: the canonical layout of each
 * file (the library's `format`), printed, checked or written back in place.
 * A file with syntax errors is never changed: its errors are reported instead.
 */
import { type Command, Option } from "commander";
import { FLEXIBLE_FILE_NAMES } from "../../files/file-kind.js";
import { loadRunConfig } from "../config/options.js";
import { printableName } from "../../util/printable.js";
import { EXIT, failureText, useColor, type CliContext } from "../context.js";
import { collectInputs, InputError, readInputText, type Input } from "../files.js";
import { inStyleOf } from "../keep-style.js";
import { replaceFile } from "../replace-file.js";
import { StaleTemporaries } from "../stale-temporaries.js";
import type { FileReport } from "../report/file-report.js";
import { formatStylish } from "../report/stylish.js";

interface FmtOptions {
  config?: string;
  check?: boolean;
  write?: boolean;
  stdinFilename?: string;
  color?: boolean;
}

/** What formatting one input gave. */
type Outcome =
  { kind: "formatted"; text: string; output: string } | { kind: "syntax-errors"; report: FileReport } | { kind: "failed"; reason: string };

async function formatInput(input: Input, ctx: CliContext): Promise<Outcome> {
  // Loaded here, not at start-up: `hpom-lint --version` and `--help` need no parser.
  const { format, HpomSyntaxError } = await import("../../format/format.js");
  let text: string;
  try {
    // Strict: text that is not UTF-8 would come back with U+FFFD in place of its bytes.
    text = await readInputText(input, ctx.io);
  } catch (error) {
    if (error instanceof InputError) return { kind: "failed", reason: error.message };
    throw error;
  }
  try {
    return { kind: "formatted", text, output: inStyleOf(format(text, { filename: input.display }), text) };
  } catch (error) {
    if (error instanceof HpomSyntaxError) {
      return { kind: "syntax-errors", report: { filename: input.display, text, diagnostics: error.diagnostics } };
    }
    return { kind: "failed", reason: `${input.display}: internal error: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code ?? (error instanceof Error ? error.message : String(error));
}

async function fmt(paths: string[], options: FmtOptions, ctx: CliContext): Promise<number> {
  const { io } = ctx;
  // Every path is resolved before any file is touched: a typo in one stops the whole run.
  const config = await loadRunConfig(options, io.cwd);
  const inputs = (await collectInputs(paths, io.cwd, options.stdinFilename)).filter((i) => i.kind === "stdin" || !config.ignores(i.path));
  let code: number = EXIT.ok;
  const raise = (to: number) => {
    code = Math.max(code, to);
  };
  const withErrors: FileReport[] = [];
  const stale = new StaleTemporaries();
  for (const input of inputs) {
    const outcome = await formatInput(input, ctx);
    if (outcome.kind === "failed") {
      io.stderr(failureText(outcome.reason));
      raise(EXIT.failure);
      continue;
    }
    if (outcome.kind === "syntax-errors") {
      withErrors.push(outcome.report);
      raise(EXIT.problems);
      continue;
    }
    const changed = outcome.output !== outcome.text;
    if (options.check) {
      if (changed) {
        io.stdout(`${printableName(input.display)}\n`);
        raise(EXIT.problems);
      }
    } else if (options.write && input.kind === "file") {
      await stale.besideFile(input.path);
      if (!changed) continue;
      try {
        await replaceFile(input.path, outcome.output);
      } catch (error) {
        io.stderr(failureText(`${input.display}: cannot write (${reasonOf(error)})`));
        raise(EXIT.failure);
      }
    } else {
      io.stdout(outcome.output);
    }
  }
  if (withErrors.length > 0) io.stderr(formatStylish(withErrors, { color: useColor(io, options.color, io.isStderrTTY), cwd: io.cwd }));
  return code;
}

const HELP_AFTER = `
Output:
  Without --check or --write, the formatted text of each file is printed to
  stdout, the files one after another in the order given, nothing between
  them (so one file gives exactly its formatted text).
  --check writes nothing and prints the path of each file that would change,
  one per line. --write rewrites in place, atomically, only the files that
  change; input read from - is printed instead.
  Line endings (LF or CRLF, as in the file's first line) and a leading
  byte-order mark are kept. A file with syntax errors is never changed: its
  errors are printed on stderr.

Folders are searched for files named ${FLEXIBLE_FILE_NAMES.join(", ")}
or by 8 hex digits (node files), skipping node_modules and .git; a glob
(quote it) selects the files with those names that it matches. Files matched by
the "ignore" globs of the configuration file (.hpom-lint.json or package.json,
found upward, or --config) are skipped.

Exit codes:
  0  every file is formatted (--check) or was formatted
  1  --check found a file that would change, or a file has syntax errors
  2  a path does not exist, a file cannot be read or written, or a usage error

Examples:
  hpom-lint fmt allnodes > allnodes.new
  hpom-lint fmt --check respmgrs/
  hpom-lint fmt --write 'respmgrs/**/msgforw'
  cat msgforw | hpom-lint fmt - --stdin-filename msgforw
`;

/** Adds `fmt` to `program`. */
export function registerFmt(program: Command, ctx: CliContext): void {
  program
    .command("fmt")
    .description("print, check or rewrite files in the canonical layout")
    .argument("<paths...>", "files, folders, globs or - for stdin")
    .addOption(new Option("--check", "write nothing; list the files that would change, exit 1 if any").conflicts("write"))
    .addOption(new Option("--write", "rewrite the files that change, in place").conflicts("check"))
    .option("--stdin-filename <name>", "file name to report for input read from stdin")
    .option("-c, --config <file>", "configuration file (for its ignore globs) instead of searching for one")
    .option("--color", "force colours on (for syntax errors, on stderr)")
    .option("--no-color", "turn colours off")
    .addHelpText("after", HELP_AFTER)
    .action(async (paths: string[], options: FmtOptions) => {
      ctx.exitCode = await fmt(paths, options, ctx);
    });
}
