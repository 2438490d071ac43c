/**
 * `hpom-lint route <estate-dir> --node … --at …`: which servers a message
 * reaches at an instant, and why. The work is in `../route-estate.ts`, loaded
 * only when the command runs.
 */
import { type Command, Option } from "commander";
import { addRoutingOptions } from "./routing-options.js";
import type { CliContext } from "../context.js";
import type { RouteCommandOptions } from "../route-estate.js";

const HELP_AFTER = `
The estate folder holds one folder per management server, named by its FQDN,
with the server's files directly inside or in HP's tree below it
(etc/opt/OV/share/conf/OpC/mgmt_sv/respmgrs/...). Files under tmpl_respmgrs
are HP's samples and are left out; files under work_respmgrs are drafts, left
out with a note. With --pool, a folder named like a pool of the model holds
files of every member (the output of \`hpom-lint generate\`).

The route follows docs/language.md#routing-a-message: the node's agent file
(its node-specific file, else allnodes) picks a target manager; a virtual
interface resolves to the member that holds it; on each server the outage file
may suppress, log only or hold the message back, and msgforw forwards it to
every target whose time template is true, and so on. Where HP's documents are
silent the output lists the assumption applied.

Output:
  text (default) a tree: each hop with the file, line, rule, the condition that
  selected the message and the time template that was true.
  json  { version, message, at, hops, receivers, assumptions, notes }.
  mermaid  a Mermaid sequence diagram of the hops.
  Notes about files left out go to stderr.

Exit codes:
  0  the message reaches at least one server that keeps it
  1  no server keeps it: no rule sends it anywhere, or it is suppressed wherever it arrives
  2  bad input: an unreadable folder, a folder without servers, a file with a
     syntax error, an --at without offset, an unknown zone, or a usage error

Examples:
  hpom-lint route examples/estates/follow-the-sun --node db1.example.com --at 2026-12-06T03:00Z
  hpom-lint route estate/ --node web1.example.com --severity Critical --at 2026-12-07T09:30+01:00 --tz Europe/Berlin --format json
`;

/** Adds `route` to `program`. */
export function registerRoute(program: Command, ctx: CliContext): void {
  const command = program
    .command("route")
    .description("show which servers a message reaches at an instant, hop by hop, and why")
    .argument("<estate-dir>", "folder with one folder per management server")
    .requiredOption("--node <name>", "the node the message comes from (its FQDN)")
    .option("--node-ip <a.b.c.d>", "the node's IPv4 address (finds its node-specific file)")
    .option("--severity <severity>", "Unknown, Normal, Warning, Minor, Major or Critical")
    .option("--application <name>", "the message's application")
    .option("--msggrp <name>", "the message group")
    .option("--object <name>", "the message's object")
    .option("--msgtype <name>", "the message type")
    .option("--text <text>", "the message text (outage TEXT patterns)")
    .option("--service <name>", "the service name (outage SERVICE patterns)")
    .requiredOption("--at <instant>", "when: ISO 8601 with an offset, e.g. 2026-12-06T03:00+01:00")
    .option("--tz <zone>", "IANA zone of the node's clock (default: the offset of --at)")
    .option("--server-tz <zone>", "IANA zone of the servers' clocks for msgforw and escmgr (default: the offset of --at)");
  addRoutingOptions(command)
    .addOption(new Option("--format <format>", "output format").choices(["text", "json", "mermaid"]).default("text"))
    .addHelpText("after", HELP_AFTER)
    .action(async (estate: string, options: RouteCommandOptions) => {
      const { routeCommand } = await import("../route-estate.js");
      ctx.exitCode = await routeCommand(estate, options, ctx);
    });
}
