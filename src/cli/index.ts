/**
 * The `hpom-lint` command line. `run(argv, io)` returns the exit code and is
 * what `bin/hpom-lint.js` and the tests call; nothing here calls `process.exit`.
 *
 * One commander program; each command lives in a module of its own under
 * `commands/` and registers itself on it. `lint` is the default command.
 *
 * Exit codes (contract): 0 clean, 1 problems found, 2 the run itself failed
 * (usage error, unreadable file, internal failure).
 */
import { Command, CommanderError } from "commander";
import { registerFmt } from "./commands/fmt.js";
import { registerGenerate } from "./commands/generate.js";
import { registerLint } from "./commands/lint.js";
import { EXIT, type CliContext } from "./context.js";
import { InputError } from "./files.js";
import { processIo, type CliIo } from "./io.js";
import { VERSION } from "./version.js";

export { processIo, type CliIo };

function program(ctx: CliContext): Command {
  const { io } = ctx;
  // Settings made here before the commands are added are inherited by them.
  const cmd = new Command("hpom-lint")
    .description("Check and format HP Operations Manager flexible-management files (allnodes, msgforw, escmgr, outage, node files).")
    .version(VERSION, "-v, --version")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .addHelpText(
      "after",
      "\nRun `hpom-lint <command> --help` for a command's options.\n" +
        "\nExamples:\n  hpom-lint respmgrs/\n  hpom-lint allnodes msgforw\n  cat allnodes | hpom-lint - --stdin-filename allnodes\n" +
        "  hpom-lint fmt --check respmgrs/\n  hpom-lint fmt --write respmgrs/\n" +
        "  hpom-lint generate pools.yaml --out pools/\n",
    );
  registerLint(cmd, ctx);
  registerFmt(cmd, ctx);
  registerGenerate(cmd, ctx);
  return cmd;
}

/** Runs the command line with `argv` (without `node` and the script) and returns the exit code. */
export async function run(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const ctx: CliContext = { io, exitCode: EXIT.ok };
  try {
    await program(ctx).parseAsync([...argv], { from: "user" });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.failure;
    }
    if (error instanceof InputError) {
      io.stderr(`hpom-lint: ${error.message}\n`);
      return EXIT.failure;
    }
    io.stderr(`hpom-lint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failure;
  }
}
