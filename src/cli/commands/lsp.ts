/**
 * `hpom-lint lsp --stdio`: the language server for editors. Its code is a
 * bundle of its own (dist/lsp.cjs, from src/lsp/server.ts) loaded only here,
 * so the other commands start without the protocol library.
 */
import { createRequire } from "node:module";
import type { Command } from "commander";
import { CliError, type CliContext } from "../context.js";

type Server = typeof import("../../lsp/server.js");

const HELP_AFTER = `
The server speaks the Language Server Protocol over standard input and output.
An editor starts it as \`hpom-lint lsp --stdio\`; see the README's "Editors"
section. It checks each open file with the configuration and pool model the
lint command would use for it (found from the file's folder), and re-reads them
when they change.
`;

/** Adds `lsp` to `program`. */
export function registerLsp(program: Command, ctx: CliContext): void {
  program
    .command("lsp")
    .description("run the language server for editors (Language Server Protocol)")
    .option("--stdio", "talk to the editor over standard input and output")
    .addHelpText("after", HELP_AFTER)
    .action(async (options: { stdio?: boolean }) => {
      if (!options.stdio) throw new CliError("lsp: --stdio is required (the server talks to the editor over standard input and output)");
      // Beside this file in dist/: the CLI bundle's own directory.
      const server = createRequire(import.meta.url)("./lsp.cjs") as Server;
      ctx.exitCode = await server.startLanguageServer();
    });
}
