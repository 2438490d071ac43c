/**
 * `hpom-lint graph <estate-dir | pool-model>`: the picture of who sends and
 * forwards messages to whom. The work is in `../graph-estate.ts`, loaded only
 * when the command runs; Graphviz only for `--format svg`.
 */
import { type Command, Option } from "commander";
import type { CliContext } from "../context.js";
import type { GraphCommandOptions } from "../graph-estate.js";

const HELP_AFTER = `
The argument is an estate folder (one folder per management server, named by
its FQDN, as for \`hpom-lint route\`) or a pool model, drawn from the files
\`hpom-lint generate\` writes for it.

The picture: each pool is a group holding its members and virtual interfaces;
servers forwarding into a pool are senders, servers a pool forwards to are the
upper level. Managed nodes are grouped by the file that governs them (allnodes
or their node-specific file), with edges to their target managers and their
primary manager. Every msgforw and escmgr target is an edge labelled with its
rule's description and its time template (none for $OPC_ALWAYS): thick for
MSGCONTROLLINGMGR, plain for NOTIFYMGR, dashed for escalation. Targets outside
the estate are dashed boxes; edges of a forwarding loop are red.

Output (stdout, the same for the same files):
  mermaid (default)  a Mermaid flowchart, for GitHub Markdown (\`\`\`mermaid)
  dot                Graphviz's DOT language
  svg                an SVG image, drawn by Graphviz (no network needed)
  Notes about files left out go to stderr.

Exit codes:
  0  the picture was printed
  2  bad input: no such file or folder, a folder without servers, a file with
     a syntax error, an invalid pool model, or a usage error

Examples:
  hpom-lint graph examples/estates/loop
  hpom-lint graph examples/pools/three-levels/pool.yaml --format svg > topology.svg
`;

/** Adds `graph` to `program`. */
export function registerGraph(program: Command, ctx: CliContext): void {
  program
    .command("graph")
    .description("draw who sends and forwards messages to whom, from an estate folder or a pool model")
    .argument("<estate-dir|pool-model>", "folder with one folder per management server, or a pool model file")
    .option("--pool <model>", "with an estate folder: pools, virtual interfaces, primaries and pool folders")
    .addOption(new Option("--format <format>", "output format").choices(["mermaid", "dot", "svg"]).default("mermaid"))
    .addHelpText("after", HELP_AFTER)
    .action(async (target: string, options: GraphCommandOptions) => {
      const { graphCommand } = await import("../graph-estate.js");
      ctx.exitCode = await graphCommand(target, options, ctx);
    });
}
