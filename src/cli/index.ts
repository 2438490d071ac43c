/**
 * The `hpom-lint` command line. `run(argv, io)` returns the exit code and is
 * what `bin/hpom-lint.js` and the tests call; nothing here calls `process.exit`.
 *
 * Exit codes (contract): 0 clean, 1 problems found, 2 the run itself failed
 * (usage error, unreadable file, internal failure).
 */
import { readFile } from "node:fs/promises";
import { Command, CommanderError, Option } from "commander";
import { parse } from "../parser/parse.js";
import { collectInputs, InputError, type Input } from "./files.js";
import { processIo, type CliIo } from "./io.js";
import { formatJson } from "./report/json.js";
import { formatStylish, type FileReport } from "./report/stylish.js";
import { VERSION } from "./version.js";

export { processIo, type CliIo };

interface LintOptions {
  format: "stylish" | "json";
  stdinFilename?: string;
  color?: boolean;
}

function useColor(io: CliIo, option: boolean | undefined): boolean {
  if (option !== undefined) return option;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== "0") return true;
  return io.isTTY;
}

async function readInput(input: Input, io: CliIo): Promise<string> {
  if (input.kind === "stdin") return io.readStdin();
  try {
    return await readFile(input.path, "utf8");
  } catch (error) {
    throw new InputError(`${input.display}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

async function lint(paths: string[], options: LintOptions, io: CliIo): Promise<number> {
  const inputs = await collectInputs(paths, io.cwd, options.stdinFilename);
  const reports: FileReport[] = [];
  for (const input of inputs) {
    const text = await readInput(input, io);
    const { diagnostics } = parse(text, { filename: input.display });
    reports.push({ filename: input.display, text, diagnostics });
  }
  io.stdout(options.format === "json" ? formatJson(reports) : formatStylish(reports, useColor(io, options.color)));
  return reports.some((r) => r.diagnostics.some((d) => d.severity === "error")) ? 1 : 0;
}

function program(io: CliIo, exit: { code: number }): Command {
  const cmd = new Command("hpom-lint")
    .description("Check HP Operations Manager flexible-management files (allnodes, msgforw, escmgr, outage, node files).")
    .version(VERSION, "-v, --version")
    .argument("<paths...>", "files, folders (searched for allnodes, msgforw, escmgr, mgrconf, outage and node files) or - for stdin")
    .addOption(new Option("-f, --format <format>", "output format").choices(["stylish", "json"]).default("stylish"))
    .option("--stdin-filename <name>", "file name to report for input read from stdin")
    .option("--color", "force colours on")
    .option("--no-color", "turn colours off")
    .addHelpText(
      "after",
      "\nExamples:\n  hpom-lint respmgrs/\n  hpom-lint allnodes msgforw\n  cat allnodes | hpom-lint - --stdin-filename allnodes\n",
    )
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .action(async (paths: string[], options: LintOptions) => {
      exit.code = await lint(paths, options, io);
    });
  return cmd;
}

/** Runs the command line with `argv` (without `node` and the script) and returns the exit code. */
export async function run(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const exit = { code: 0 };
  const args = argv[0] === "lint" ? argv.slice(1) : argv;
  try {
    await program(io, exit).parseAsync([...args], { from: "user" });
    return exit.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof InputError) {
      io.stderr(`hpom-lint: ${error.message}\n`);
      return 2;
    }
    io.stderr(`hpom-lint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (args.includes("--debug") && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return 2;
  }
}
