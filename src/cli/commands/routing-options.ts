/**
 * The options `route` and `coverage` share: how messages travel (a pool model,
 * the holder of a virtual interface, HPOM's undocumented choices), written once
 * so both commands say and mean the same.
 */
import { type Command, Option } from "commander";
import type { RouteOptions } from "../../estate/route.js";

/** The routing options as commander gives them. */
export interface RoutingCommandOptions {
  tz?: string;
  serverTz?: string;
  pool?: string;
  holder?: string;
  unmatched: "primary" | "none";
  forwarded: "again" | "once";
}

/** Adds `--pool`, `--holder`, `--unmatched` and `--forwarded` to `command`. */
export function addRoutingOptions(command: Command): Command {
  return command
    .option("--pool <model>", "pool model: pools, virtual interfaces, primaries and pool folders")
    .option("--holder <fqdn>", "the member that holds its pool's virtual interfaces (default: the first member)")
    .addOption(
      new Option("--unmatched <what>", "where an agent sends a message no rule matches").choices(["primary", "none"]).default("primary"),
    )
    .addOption(
      new Option("--forwarded <what>", "whether a server forwards a message it received by forwarding")
        .choices(["again", "once"])
        .default("again"),
    );
}

/** The library's route options from the command's, leaving out what was not given. */
export function routeOptionsOf(options: RoutingCommandOptions): RouteOptions {
  return {
    unmatched: options.unmatched,
    forwarded: options.forwarded,
    ...(options.tz === undefined ? {} : { tz: options.tz }),
    ...(options.serverTz === undefined ? {} : { serverTz: options.serverTz }),
    ...(options.holder === undefined ? {} : { holder: options.holder }),
  };
}
