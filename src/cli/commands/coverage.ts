/**
 * `hpom-lint coverage <estate-dir>`: for each class of message the estate's
 * rules tell apart, which servers receive it when over a range of days, with
 * the gaps and overlaps. The work is in `../coverage-estate.ts`, loaded only
 * when the command runs.
 */
import { type Command, Option } from "commander";
import { addRoutingOptions } from "./routing-options.js";
import type { CliContext } from "../context.js";
import type { CoverageCommandOptions } from "../coverage-estate.js";

const HELP_AFTER = `
The estate folder is read as \`hpom-lint route\` reads it.

Classes of message: every node, severity, application, message group, object
and message type a condition of the estate names is a value, and "any other"
is one more; every combination is matched against each file it can meet, and
combinations that meet the same rules everywhere are one class. Classes that
then reach the same servers at the same times are shown as one. The message
options fix an attribute (only messages with that value are looked at). TEXT
and SERVICE patterns are not enumerated: give --text or --service to test them.

Time: a time template changes only at the start or end of a TIME range, at
midnight and when a clock jumps, so one route per stretch between such minutes
answers for each of its minutes: the result is exact to the minute. Days and
bands are on the node's clock (--tz, default UTC); msgforw and escmgr templates
are read on --server-tz (default: --tz). Holidays and other DATE conditions
count on the days they fall on. Without --from/--to: the current week, Monday
to Sunday; --from alone: seven days from it; --to alone: seven days up to it.

Gap: a stretch in which no server keeps the message (suppressed everywhere, or
sent nowhere). A server that only logs it or holds it back until service
hours keeps it, and is marked so. Overlap: a server that forwards the message
with control (MSGCONTROLLINGMGR) to two or more servers at once; members of one
pool count once, since they share the message by synchronisation.

Output:
  text (default) per class a table of days and time bands with the servers
  ("outside": a server the estate has no files of, not followed further),
  then the gaps, the overlaps and the assumptions.
  json  { version, range, filters, classes: [{ id, messages, example, bands,
  assumptions }], gaps, overlaps }.

Exit codes:
  0  no gap and no overlap
  1  a gap or an overlap
  2  bad input: an unreadable folder, a folder without servers, a file with a
     syntax error, a bad date or zone, or a usage error

Examples:
  hpom-lint coverage examples/estates/service-hours --from 2026-12-21 --to 2026-12-27
  hpom-lint coverage estate/ --severity Critical --tz Europe/Berlin --format json
`;

/** Adds `coverage` to `program`. */
export function registerCoverage(program: Command, ctx: CliContext): void {
  const command = program
    .command("coverage")
    .description("show which servers receive each class of message when, over a week or a range of days, with gaps and overlaps")
    .argument("<estate-dir>", "folder with one folder per management server")
    .option("--node <name>", "only messages from this node (its FQDN)")
    .option("--node-ip <a.b.c.d>", "the node's IPv4 address (finds its node-specific file)")
    .option("--severity <severity>", "only this severity: Unknown, Normal, Warning, Minor, Major or Critical")
    .option("--application <name>", "only this application")
    .option("--msggrp <name>", "only this message group")
    .option("--object <name>", "only this object")
    .option("--msgtype <name>", "only this message type")
    .option("--text <text>", "the message text (outage TEXT patterns)")
    .option("--service <name>", "the service name (outage SERVICE patterns)")
    .option("--from <date>", "first day, YYYY-MM-DD on the node's clock (default: this week's Monday)")
    .option("--to <date>", "last day, included (default: six days after --from)")
    .option("--tz <zone>", "IANA zone of the node's clock (default UTC)")
    .option("--server-tz <zone>", "IANA zone of the servers' clocks for msgforw and escmgr (default: --tz)");
  addRoutingOptions(command)
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .addHelpText("after", HELP_AFTER)
    .action(async (estate: string, options: CoverageCommandOptions) => {
      const { coverageCommand } = await import("../coverage-estate.js");
      ctx.exitCode = await coverageCommand(estate, options, ctx);
    });
}
