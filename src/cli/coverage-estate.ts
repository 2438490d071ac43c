/**
 * What `hpom-lint coverage` does (registered in `commands/coverage.ts`): reads
 * the estate folder as `route` does, works out the range of days (the current
 * week on the node's clock unless told), runs the library's `coverage` and
 * prints the result.
 */
import { coverage, CoverageInputError, type CoverageResult } from "../estate/coverage.js";
import { addDays, dayText, parseDay, type Day } from "../estate/coverage-time.js";
import { formatCoverageJson } from "../estate/format-coverage-json.js";
import { formatCoverageText } from "../estate/format-coverage-text.js";
import { isSeverity, type Message } from "../estate/message.js";
import { isTimeZone, localTime } from "../estate/time.js";
import { VALUE_SETS } from "../lexer/keywords.js";
import { printable } from "../util/printable.js";
import { routeOptionsOf, type RoutingCommandOptions } from "./commands/routing-options.js";
import { CliError, EXIT, type CliContext } from "./context.js";
import { readEstate } from "./read-estate.js";

/** The options of `coverage`: the message filters as typed, the days, and how to route. */
export interface CoverageCommandOptions extends Partial<Omit<Message, "severity">>, RoutingCommandOptions {
  severity?: string;
  from?: string;
  to?: string;
  format: "text" | "json";
}

/** The filters the options give; a usage error for a severity HPOM does not know. */
function filtersOf(options: CoverageCommandOptions): Partial<Message> {
  if (options.severity !== undefined && !isSeverity(options.severity)) {
    throw new CliError(`--severity "${printable(options.severity)}" is not a severity; use one of ${VALUE_SETS.severity.join(", ")}`);
  }
  const filters: Partial<Message> = {};
  const fields = ["node", "nodeIp", "severity", "application", "msggrp", "object", "msgtype", "text", "service"] as const;
  for (const field of fields) if (options[field] !== undefined) Object.assign(filters, { [field]: options[field] });
  return filters;
}

/** The days to look at: as given, a week from --from or up to --to, else the current week (Monday to Sunday) on the node's clock. */
function rangeOf(options: CoverageCommandOptions, now: number): { from: string; to: string } {
  const day = (text: string, option: string): Day => {
    const parsed = parseDay(text);
    if (!parsed) throw new CliError(`${option} "${printable(text)}" is not a date such as 2026-12-07 (YYYY-MM-DD)`);
    return parsed;
  };
  if (options.from !== undefined) {
    const from = day(options.from, "--from");
    return { from: dayText(from), to: options.to ?? dayText(addDays(from, 6)) };
  }
  if (options.to !== undefined) return { from: dayText(addDays(day(options.to, "--to"), -6)), to: options.to };
  const tz = options.tz ?? "UTC";
  if (!isTimeZone(tz)) throw new CliError(`--tz "${printable(tz)}" is not a time zone this runtime knows, such as Europe/Berlin`);
  const today = localTime(now, { type: "iana", name: tz });
  const monday = addDays(today, -today.weekday);
  return { from: dayText(monday), to: dayText(addDays(monday, 6)) };
}

/** Runs `coverage` and returns the exit code. */
export async function coverageCommand(estateDir: string, options: CoverageCommandOptions, ctx: CliContext): Promise<number> {
  const { io } = ctx;
  const filters = filtersOf(options);
  const range = rangeOf(options, Date.now());
  const { estate } = await readEstate(estateDir, io, { pool: options.pool });
  let result: CoverageResult;
  try {
    result = coverage(estate, filters, range, routeOptionsOf(options));
  } catch (error) {
    if (error instanceof CoverageInputError) throw new CliError(error.message);
    throw error;
  }
  io.stdout({ json: formatCoverageJson, text: formatCoverageText }[options.format](result));
  return result.gaps.length > 0 || result.overlaps.length > 0 ? EXIT.problems : EXIT.ok;
}
