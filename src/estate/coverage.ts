/**
 * `coverage(estate, filters, range)`: for each class of message the estate's
 * rules tell apart, which servers receive it when, at minute resolution over a
 * range of days (docs/language.md#coverage-of-an-estate). Time templates change
 * their verdict only at the starts and ends of their ranges, at midnight and
 * when a clock jumps, so one `route` per stretch between such minutes stands
 * for every minute of it. Gaps (no server keeps the message) and overlaps (one
 * server hands control of the message to two servers at once) are listed.
 */
import { printable } from "../util/printable.js";
import type { Assumption } from "./assumptions.js";
import { CoverageInputError, messageClasses, type Combination, type MessageFilters, type MessageSet } from "./coverage-classes.js";
import { addDays, changeInstants, dayText, daysBetween, isoIn, parseDay, startOfDay, type Day } from "./coverage-time.js";
import type { Estate } from "./load.js";
import { isIpv4, type Message } from "./message.js";
import { route, RouteInputError, type RouteOptions, type RouteResult } from "./route.js";
import { isTimeZone, type Zone } from "./time.js";

/** The days coverage looks at, both included, as YYYY-MM-DD on the node's clock. */
export interface CoverageRange {
  from: string;
  to: string;
}

/** Options of `coverage`: those of `route`, but the zones are IANA names (default UTC). */
export interface CoverageOptions extends RouteOptions {
  /** At most this many combinations of attribute values are looked at (default 200,000). */
  maxCombinations?: number;
  /** At most this many routes (classes times the instants a template may turn) are asked for; default no limit. */
  maxRoutes?: number;
}

/** How a server keeps the message: shown to operators, only logged (outage LOGONLY), or held back until service hours. */
export type ReceiverState = "keeps" | "logonly" | "buffered";

/** A server that keeps the message during a band. */
export interface CoverageReceiver {
  server: string;
  state: ReceiverState;
  /** Not a server of the estate: what it does with the message is unknown. */
  outside?: true;
}

/** One server handing control of the message to two or more servers (or pools) at once. */
export interface ControlOverlap {
  server: string;
  /** The servers that get control, pool members as their pool's holder. */
  targets: string[];
}

/** A stretch of one day (on the node's clock) in which a class reaches the same servers. */
export interface CoverageBand {
  /** ISO 8601 on the node's clock, to the minute; `to` is excluded. */
  from: string;
  to: string;
  receivers: CoverageReceiver[];
  overlaps: ControlOverlap[];
}

/** Messages routed alike, and where they go when. */
export interface CoverageClass {
  id: number;
  /** The messages of the class: every message of any of these sets. */
  messages: MessageSet[];
  /** One message of the class, to ask `route` about. */
  example: Message;
  bands: CoverageBand[];
  assumptions: Assumption[];
}

/** A time when no server keeps messages of a class. */
export interface CoverageGap {
  class: number;
  from: string;
  to: string;
}

/** A time when a server hands control of messages of a class to two or more servers. */
export interface CoverageOverlap extends ControlOverlap {
  class: number;
  from: string;
  to: string;
}

/** Where every class of message goes over the range, with the gaps and overlaps. */
export interface CoverageResult {
  version: 1;
  range: { from: string; to: string; tz: string; serverTz: string };
  filters: MessageFilters;
  classes: CoverageClass[];
  gaps: CoverageGap[];
  overlaps: CoverageOverlap[];
}

/** The longest range coverage looks at, in days. */
export const MAX_DAYS = 366;
const DEFAULT_LIMIT = 200_000;

function zoneOption(name: string, option: string): Zone {
  if (!isTimeZone(name))
    throw new CoverageInputError(`${option} "${printable(name)}" is not a time zone this runtime knows, such as Europe/Berlin`);
  return { type: "iana", name };
}

function dayOption(text: string, option: string): Day {
  const day = parseDay(text);
  if (!day) throw new CoverageInputError(`${option} "${printable(text)}" is not a date such as 2026-12-07 (YYYY-MM-DD)`);
  return day;
}

/** Where each class of message within `filters` goes, minute by minute, over the days of `range`. */
export function coverage(estate: Estate, filters: MessageFilters, range: CoverageRange, options: CoverageOptions = {}): CoverageResult {
  if (filters.nodeIp !== undefined && filters.node === undefined)
    throw new CoverageInputError("--node-ip needs --node: the address belongs to a node");
  if (filters.nodeIp !== undefined && !isIpv4(filters.nodeIp))
    throw new CoverageInputError(`"${printable(filters.nodeIp)}" is not an IPv4 address such as 192.0.2.10`);
  const tz = options.tz ?? "UTC";
  const serverTz = options.serverTz ?? tz;
  const nodeZone = zoneOption(tz, "--tz");
  const serverZone = zoneOption(serverTz, "--server-tz");
  const first = dayOption(range.from, "--from");
  const last = dayOption(range.to, "--to");
  const days = daysBetween(first, last) + 1;
  if (days < 1) throw new CoverageInputError(`--to ${dayText(last)} comes before --from ${dayText(first)}`);
  if (days > MAX_DAYS)
    throw new CoverageInputError(`--from ${dayText(first)} --to ${dayText(last)} is ${days} days; at most ${MAX_DAYS} are looked at`);
  const start = startOfDay(first, nodeZone);
  const end = startOfDay(addDays(last, 1), nodeZone);
  // The node's clock travels as the offset of each instant (route reads that without asking Intl for every
  // template); the servers' clock is named only when it differs.
  const routeOptions: RouteOptions = {
    ...(options.holder === undefined ? {} : { holder: options.holder }),
    ...(options.unmatched === undefined ? {} : { unmatched: options.unmatched }),
    ...(options.forwarded === undefined ? {} : { forwarded: options.forwarded }),
    ...(serverTz === tz ? {} : { serverTz }),
  };

  const { classes, describe } = messageClasses(estate, filters, options.maxCombinations ?? DEFAULT_LIMIT);
  const changes = changeInstants(estate, [nodeZone, serverZone], start, end);
  const routes = classes.length * changes.length;
  if (options.maxRoutes !== undefined && routes > options.maxRoutes)
    throw new CoverageInputError(
      `the estate's ${classes.length} kinds of message at ${changes.length} turns of its time templates need ${routes} routes, more than ${options.maxRoutes}`,
    );
  // Each instant is written once: Intl is slow, and the classes share their edges.
  const written = new Map<number, string>();
  const iso = (t: number): string => {
    let text = written.get(t);
    if (text === undefined) written.set(t, (text = isoIn(t, nodeZone)));
    return text;
  };
  const instants = changes.map(iso);
  const midnights = Array.from({ length: days - 1 }, (_, k) => startOfDay(addDays(first, k + 1), nodeZone));
  // Classes the rules tell apart (an escalation, say) that reach the same servers at the same times are shown as one.
  const alike = new Map<
    string,
    { combinations: Combination[]; example: Message; stretches: Stretch[]; assumptions: Map<string, Assumption> }
  >();
  for (const messageClass of classes) {
    const assumptions = new Map<string, Assumption>();
    const stretches: Stretch[] = [];
    changes.forEach((at, j) => {
      const to = changes[j + 1] ?? end;
      const routed = routeAt(estate, messageClass.example, instants[j]!, routeOptions);
      for (const a of routed.assumptions) if (!assumptions.has(a.id)) assumptions.set(a.id, a);
      const receivers = receiversOf(routed);
      const overlaps = overlapsOf(estate, routed);
      const previous = stretches[stretches.length - 1];
      if (previous && sameOutcome(previous, { receivers, overlaps })) previous.to = to;
      else stretches.push({ from: at, to, receivers, overlaps });
    });
    const key = JSON.stringify(stretches);
    const known = alike.get(key);
    if (!known) alike.set(key, { combinations: [...messageClass.combinations], example: messageClass.example, stretches, assumptions });
    else {
      known.combinations.push(...messageClass.combinations);
      for (const [id, a] of assumptions) if (!known.assumptions.has(id)) known.assumptions.set(id, a);
    }
  }

  const result: CoverageResult = {
    version: 1,
    range: { from: isoIn(start, nodeZone), to: isoIn(end, nodeZone), tz, serverTz },
    filters,
    classes: [],
    gaps: [],
    overlaps: [],
  };
  let id = 0;
  for (const group of alike.values()) {
    id++;
    const bands: CoverageBand[] = [];
    for (const s of group.stretches) {
      for (const piece of byDay(s.from, s.to, midnights))
        bands.push({ from: iso(piece.from), to: iso(piece.to), receivers: s.receivers, overlaps: s.overlaps });
      const from = iso(s.from);
      const to = iso(s.to);
      if (s.receivers.length === 0) result.gaps.push({ class: id, from, to });
      for (const o of s.overlaps) result.overlaps.push({ class: id, from, to, ...o });
    }
    result.classes.push({
      id,
      messages: describe(group.combinations),
      example: group.example,
      bands,
      assumptions: [...group.assumptions.values()],
    });
  }
  return result;
}

/** A stretch of the range in which a class reaches the same servers. */
interface Stretch {
  from: number;
  to: number;
  receivers: CoverageReceiver[];
  overlaps: ControlOverlap[];
}

function routeAt(estate: Estate, message: Message, at: string, options: RouteOptions): RouteResult {
  try {
    return route(estate, message, at, options);
  } catch (error) {
    if (error instanceof RouteInputError) throw new CoverageInputError(error.message);
    throw error;
  }
}

function sameOutcome(
  a: { receivers: CoverageReceiver[]; overlaps: ControlOverlap[] },
  b: { receivers: CoverageReceiver[]; overlaps: ControlOverlap[] },
): boolean {
  return JSON.stringify([a.receivers, a.overlaps]) === JSON.stringify([b.receivers, b.overlaps]);
}

/** The servers a route reaches that keep the message, and how (the outage file may only log it or hold it back). */
function receiversOf(routed: RouteResult): CoverageReceiver[] {
  return routed.receivers.map((server) => {
    const effect = routed.hops.find((h) => h.to === server && h.from === server && (h.kind === "logonly" || h.kind === "buffered"));
    const outside = routed.hops.some((h) => h.to === server && h.outside);
    return {
      server,
      state: effect?.kind === "logonly" ? "logonly" : effect?.kind === "buffered" ? "buffered" : "keeps",
      ...(outside ? { outside: true as const } : {}),
    };
  });
}

/**
 * Overlaps: one server forwarding the message with control (MSGCONTROLLINGMGR)
 * to two or more servers at once, members of one pool counted once (a pool's
 * members share the message by synchronisation, which is meant).
 */
function overlapsOf(estate: Estate, routed: RouteResult): ControlOverlap[] {
  const bySender = new Map<string, Map<string, string>>();
  for (const hop of routed.hops) {
    if (hop.kind !== "controlling") continue;
    const pool = estate.pools.find((p) => p.members.includes(hop.to) || (hop.virtual !== undefined && p.virtual.includes(hop.virtual)));
    const targets = bySender.get(hop.from) ?? new Map<string, string>();
    if (!targets.has(pool?.name ?? hop.to)) targets.set(pool?.name ?? hop.to, hop.to);
    bySender.set(hop.from, targets);
  }
  const senderPool = (server: string) => estate.pools.find((p) => p.members.includes(server))?.name;
  const out: ControlOverlap[] = [];
  for (const [server, targets] of bySender) {
    // Synchronising with the sender's own pool is not handing control elsewhere.
    const own = senderPool(server);
    const others = [...targets].filter(([key]) => key !== own).map(([, to]) => to);
    if (others.length >= 2) out.push({ server, targets: others });
  }
  return out;
}

/** `[from, to)` cut at each of `midnights` (sorted) inside it. */
function byDay(from: number, to: number, midnights: readonly number[]): { from: number; to: number }[] {
  const pieces: { from: number; to: number }[] = [];
  let at = from;
  for (const midnight of midnights) {
    if (midnight <= at) continue;
    if (midnight >= to) break;
    pieces.push({ from: at, to: midnight });
    at = midnight;
  }
  pieces.push({ from: at, to });
  return pieces;
}

export {
  CoverageInputError,
  OTHER_NODE,
  type CoverageAttribute,
  type MessageClass,
  type MessageFilters,
  type MessageSet,
  type ValueSet,
} from "./coverage-classes.js";
