/**
 * The `hpom-lint` command line. `run(argv, io)` returns the exit code and is
 * what `bin/hpom-lint.js` and the tests call; nothing here calls `process.exit`.
 *
 * One commander program; each command lives in a module of its own under
 * `commands/` and registers itself on it. `lint` is the default command.
 *
 * Exit codes (contract): 0 clean, 1 problems found, 2 the run itself failed
 * (usage error, unreadable file, invalid configuration, internal failure). A
 * failure is reported in one line on stderr; its stack only with `--debug`.
 */
import { Command, CommanderError } from "commander";
import { registerCoverage } from "./commands/coverage.js";
import { registerFmt } from "./commands/fmt.js";
import { registerGenerate } from "./commands/generate.js";
import { registerImport } from "./commands/import.js";
import { registerGraph } from "./commands/graph.js";
import { registerLint } from "./commands/lint.js";
import { registerLsp } from "./commands/lsp.js";
import { registerRoute } from "./commands/route.js";
import { registerRules } from "./commands/rules.js";
import { CliError, EXIT, failureText, type CliContext } from "./context.js";
import { processIo, type CliIo } from "./io.js";
import { VERSION } from "./version.js";

export { processIo, type CliIo };

/** Characters of an internal error's message that are printed. */
const MAX_REASON = 200;

function program(ctx: CliContext): Command {
  const { io } = ctx;
  // Settings made here before the commands are added are inherited by them.
  const cmd = new Command("hpom-lint")
    .description("Check and format HP Operations Manager flexible-management files (allnodes, msgforw, escmgr, outage, node files).")
    .version(VERSION, "-v, --version")
    .option("--debug", "print the stack trace of an internal failure")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      // Help is wrapped to the run's terminal, not the process's (80 columns is commander's width for a pipe).
      getOutHelpWidth: () => io.columns ?? 80,
      // One prefix for every message about the run, commander's usage errors included; they quote the arguments.
      outputError: (s, write) => {
        const [reason = "", ...details] = s
          .replace(/^error: /, "")
          .trimEnd()
          .split("\n");
        write(failureText(reason, details));
      },
    })
    .addHelpText(
      "after",
      "\nRun `hpom-lint <command> --help` for a command's options, formats and exit codes.\n" +
        "\nExit codes: 0 clean, 1 problems found, 2 the run itself failed.\n" +
        "\nExamples:\n  hpom-lint respmgrs/\n  hpom-lint allnodes msgforw\n  cat allnodes | hpom-lint - --stdin-filename allnodes\n" +
        "  hpom-lint --format sarif --output-file hpom-lint.sarif respmgrs/\n" +
        "  hpom-lint fmt --check respmgrs/\n  hpom-lint fmt --write respmgrs/\n" +
        "  hpom-lint generate pools.yaml --out pools/\n  hpom-lint rules\n",
    );
  registerLint(cmd, ctx);
  registerFmt(cmd, ctx);
  registerGenerate(cmd, ctx);
  registerRules(cmd, ctx);
  registerRoute(cmd, ctx);
  registerCoverage(cmd, ctx);
  registerImport(cmd, ctx);
  registerGraph(cmd, ctx);
  registerLsp(cmd, ctx);
  return cmd;
}

/** Runs the command line with `argv` (without `node` and the script) and returns the exit code. */
export async function run(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const ctx: CliContext = { io, exitCode: EXIT.ok };
  const cmd = program(ctx);
  try {
    await cmd.parseAsync([...argv], { from: "user" });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.failure;
    }
    if (error instanceof CliError) {
      io.stderr(failureText(error.message, error.details));
      return EXIT.failure;
    }
    const message = (error instanceof Error ? error.message : String(error)).split("\n")[0]!;
    // A library's message may quote a whole input (a regular expression built from a glob): the start is enough.
    const reason = message.length > MAX_REASON ? `${message.slice(0, MAX_REASON)}…` : message;
    io.stderr(failureText(`internal error: ${reason}${cmd.opts().debug ? "" : " (run with --debug for details)"}`));
    if (cmd.opts().debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT.failure;
  }
}
