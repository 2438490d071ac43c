/**
 * `hpom-lint generate <pool-model> --out <dir> [--check]`: the files of the
 * server pools of a model, written below `--out` or checked against it. The
 * work is in `../generate-files.ts`, loaded only when the command runs, so
 * other commands do not pay for the YAML reader and the generator at start-up.
 */
import type { Command } from "commander";
import type { CliContext } from "../context.js";
import type { GenerateOptions } from "../generate-files.js";

const HELP_AFTER = `
Writes, below --out, one folder per pool (allnodes, msgforw, bbc_inst_defaults,
a node-specific file per assigned node, RUNBOOK.md, and TOPOLOGY.md with the
model's picture as a Mermaid flowchart) and one per sender (msgforw). Only files that change are written, all or nothing: each is written
beside its target first and renamed into place once all are written, so a
failure leaves the previous output as it was. A file that an earlier run
generated and the model no longer produces is removed (in a folder the model no
longer writes to, such as a removed sender's, only if generated from this same
model file), and so is a folder that leaves empty. Nothing else below --out is
touched, and nothing outside it.

Output:
  One line per file created, updated or removed. With --check nothing is
  written: one line per file that is missing, differs or is obsolete.
  An invalid model prints one line per problem on stderr:
  <file>:<line>:<column>: <path in the model>: <message>
  A valid model may get hints on stderr, which change nothing else
  (e.g. a sender left on mode virtual in a two-level hierarchy):
  <file>:<line>:<column>: <path in the model>: info: <message>

Exit codes:
  0  the files were written, or --check found them all current
  1  --check found a file that is missing, differs or is obsolete
  2  the model is invalid or unreadable, a file cannot be written, or a usage error

Examples:
  hpom-lint generate pools.yaml --out respmgrs-pools/
  hpom-lint generate pools.yaml --out respmgrs-pools/ --check
`;

/** Adds `generate` to `program`. */
export function registerGenerate(program: Command, ctx: CliContext): void {
  program
    .command("generate")
    .description("generate the files of server pools from a pool model (YAML or JSON)")
    .argument("<pool-model>", "the pool model file")
    // Required, but checked in the action: commander checks required options before unknown ones, so a typo was never named.
    .option("--out <dir>", "folder to write the generated files to (required)")
    .option("--check", "write nothing; list the files that are missing, differ or are obsolete, exit 1 if any")
    .addHelpText("after", HELP_AFTER)
    .action(async (model: string, options: Partial<GenerateOptions>, command: Command) => {
      if (options.out === undefined) command.error("error: required option '--out <dir>' not specified");
      const { generateCommand } = await import("../generate-files.js");
      ctx.exitCode = await generateCommand(model, { ...options, out: options.out }, ctx);
    });
}
