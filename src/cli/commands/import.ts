/**
 * `hpom-lint import <estate-dir> [--out pool.yaml] [--plan]`: the pool model
 * existing files describe, and what moving to it takes. The work is in
 * `../import-estate.ts`, loaded only when the command runs.
 */
import type { Command } from "commander";
import type { CliContext } from "../context.js";
import type { ImportCommandOptions } from "../import-estate.js";

const HELP_AFTER = `
The estate folder holds one folder per management server, named by its FQDN,
with the server's files directly inside or in HP's tree below it, as for
\`hpom-lint route\`.

Members of a pool are servers that forward every message to each other with
MSGCONTROLLINGMGR; its virtual interfaces are the managers the members' agent
files and bbc_inst_defaults name that are no server of the estate; senders are
the other servers that forward every message; upward targets come from the
members' msgforw. Servers that synchronise but name no virtual interface are a
backup-server set-up: the pool HP's guide builds from it is proposed.

Output:
  The model as YAML, each value with a comment naming the file and line it
  comes from, and a # TODO line for each thing the files do not say. With
  --out it is written to that file instead (all or nothing).
  --plan prints the migration instead: HP's phases (what can be done while the
  old set-up runs, what changes for the agents) and, per server and file, the
  unified diff from today's file to what \`hpom-lint generate\` writes.

Exit codes:
  0  a model was imported
  2  bad input: an unreadable folder, a folder without servers, a file with a
     syntax error, no two servers that synchronise, an unwritable --out, or a
     usage error

Examples:
  hpom-lint import examples/estates/backup-servers --out pool.yaml
  hpom-lint import examples/estates/backup-servers --plan
`;

/** Adds `import` to `program`. */
export function registerImport(program: Command, ctx: CliContext): void {
  program
    .command("import")
    .description("infer the pool model of existing files, and plan the migration to it")
    .argument("<estate-dir>", "folder with one folder per management server")
    .option("--out <file>", "write the model to this file (YAML) instead of stdout")
    .option("--plan", "print the migration plan: phases and per-file diffs")
    .addHelpText("after", HELP_AFTER)
    .action(async (estate: string, options: ImportCommandOptions) => {
      const { importCommand } = await import("../import-estate.js");
      ctx.exitCode = await importCommand(estate, options, ctx);
    });
}
