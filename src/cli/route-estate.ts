/**
 * What `hpom-lint route` does (registered in `commands/route.ts`): reads the
 * estate folder, loads it with the library's `loadEstate`, routes the message
 * and prints the route.
 */
import { isSeverity, type Message } from "../estate/message.js";
import { printable } from "../util/printable.js";
import { route, RouteInputError, type RouteResult } from "../estate/route.js";
import { formatRouteJson } from "../estate/format-json.js";
import { formatRouteMermaid } from "../estate/format-mermaid.js";
import { formatRouteText } from "../estate/format-text.js";
import { baseName, fileKindFromName } from "../files/file-kind.js";
import { VALUE_SETS } from "../lexer/keywords.js";
import { hexFileName } from "../model/names.js";
import { routeOptionsOf, type RoutingCommandOptions } from "./commands/routing-options.js";
import { CliError, EXIT, type CliContext } from "./context.js";
import { readEstate } from "./read-estate.js";

/** The options of `route`: the message's attributes as typed (a severity is checked later), and how to route it. */
export interface RouteCommandOptions extends Omit<Message, "severity">, RoutingCommandOptions {
  severity?: string;
  at: string;
  format: "text" | "json" | "mermaid";
}

/**
 * Whether the route can need a file: another node's node-specific file never is, so an estate of
 * thousands of nodes is not read and parsed for one message (docs/language.md#the-estate).
 */
function neededFor(message: Message): (path: string) => boolean {
  const own = message.nodeIp === undefined ? undefined : hexFileName(message.nodeIp);
  return (path) => fileKindFromName(path) !== "node" || baseName(path).toLowerCase() === own;
}

/** The message the options describe; a usage error for a severity HPOM does not know. */
function messageOf(options: RouteCommandOptions): Message {
  if (options.severity !== undefined && !isSeverity(options.severity)) {
    throw new CliError(`--severity "${printable(options.severity)}" is not a severity; use one of ${VALUE_SETS.severity.join(", ")}`);
  }
  const message: Message = { node: options.node };
  const fields = ["nodeIp", "severity", "application", "msggrp", "object", "msgtype", "text", "service"] as const;
  for (const field of fields) if (options[field] !== undefined) Object.assign(message, { [field]: options[field] });
  return message;
}

/** Paths in the route as the user can open them: below the estate folder as given. */
function withPrefix(result: RouteResult, prefix: string): RouteResult {
  return {
    ...result,
    hops: result.hops.map((h) => (h.file === null ? h : { ...h, file: prefix + h.file })),
    notes: result.notes.map((n) => (n.file === null ? n : { ...n, file: prefix + n.file })),
  };
}

/** Runs `route` and returns the exit code. */
export async function routeCommand(estateDir: string, options: RouteCommandOptions, ctx: CliContext): Promise<number> {
  const { io } = ctx;
  const message = messageOf(options);
  const { estate, prefix } = await readEstate(estateDir, io, { pool: options.pool, needed: neededFor(message) });
  let result: RouteResult;
  try {
    result = route(estate, message, options.at, routeOptionsOf(options));
  } catch (error) {
    if (error instanceof RouteInputError) throw new CliError(error.message);
    throw error;
  }
  result = withPrefix(result, prefix);
  io.stdout({ json: formatRouteJson, mermaid: formatRouteMermaid, text: formatRouteText }[options.format](result));
  return result.receivers.length > 0 ? EXIT.ok : EXIT.problems;
}
