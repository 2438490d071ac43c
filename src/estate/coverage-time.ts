/**
 * The clock side of coverage (docs/language.md#coverage-of-an-estate): the
 * range of days as instants, and the minutes at which some time template of the
 * estate may change its verdict. Between two such minutes every template on
 * every clock reads the same, so one route per stretch stands for each of its
 * minutes.
 */
import type { ConfigFile, TimeCondition } from "../ast/nodes.js";
import { isRecovered } from "../rules/util.js";
import type { Estate, EstateFile } from "./load.js";
import { localTime, zoneOfValue, type LocalTime, type Zone } from "./time.js";

/** A calendar day. */
export interface Day {
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MINUTE = 60_000;

/** `text` (YYYY-MM-DD) as a day, or undefined unless it is a date that exists. */
export function parseDay(text: string): Day | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

/** The day `count` days after `day`. */
export function addDays(day: Day, count: number): Day {
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day + count));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Days from `a` to `b` (negative when `b` comes first). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / (24 * 60 * MINUTE));
}

/** `day` as YYYY-MM-DD. */
export function dayText(day: Day): string {
  return `${day.year}-${pad(day.month)}-${pad(day.day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** The wall clock of `local` as if it were UTC, in ms: the difference to the instant is the zone's offset then. */
function wallMs(local: LocalTime): number {
  return Date.UTC(local.year, local.month - 1, local.day) + local.minute * MINUTE;
}

/** The offset of `zone` from UTC at `epochMs`, in minutes (east positive), at minute resolution. */
export function offsetAt(epochMs: number, zone: Zone): number {
  const minute = Math.floor(epochMs / MINUTE) * MINUTE;
  return Math.round((wallMs(localTime(minute, zone)) - minute) / MINUTE);
}

/** The first instant of `day` on the clock of `zone` (its midnight, or the first minute after a skipped one). */
export function startOfDay(day: Day, zone: Zone): number {
  const target = Date.UTC(day.year, day.month - 1, day.day);
  let guess = target;
  // The offset at the guess corrects it; a second round settles a guess that crossed a change of offset.
  for (let i = 0; i < 3; i++) guess = target - offsetAt(guess, zone) * MINUTE;
  const local = localTime(guess, zone);
  return wallMs(local) < target ? guess + MINUTE * Math.ceil((target - wallMs(local)) / MINUTE) : guess;
}

/** `epochMs` as ISO 8601 on the clock of `zone`, to the minute, with its offset (`Z` for none). */
export function isoIn(epochMs: number, zone: Zone): string {
  const local = localTime(epochMs, zone);
  const offset = offsetAt(epochMs, zone);
  const abs = Math.abs(offset);
  const suffix = offset === 0 ? "Z" : `${offset < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${local.year}-${pad(local.month)}-${pad(local.day)}T${pad(Math.floor(local.minute / 60))}:${pad(local.minute % 60)}${suffix}`;
}

function* estateFiles(estate: Estate): Iterable<EstateFile> {
  for (const server of estate.servers.values()) {
    if (server.allnodes) yield server.allnodes;
    yield* server.nodeFiles.values();
    if (server.msgforw) yield server.msgforw;
    if (server.escmgr) yield server.escmgr;
    if (server.outage) yield server.outage;
  }
}

/** Minutes since midnight at which a `TIME FROM … TO …` of some template of the estate starts or ends. */
function rangeMinutes(estate: Estate): Set<number> {
  const minutes = new Set<number>([0]);
  const seen = new WeakSet<ConfigFile>();
  const add = (condition: TimeCondition) => {
    for (const part of condition.parts) {
      if (part.type !== "TimeRange") continue;
      for (const time of [part.from, part.to]) if (!isRecovered(time)) minutes.add((time.hour * 60 + time.minute) % (24 * 60));
    }
  };
  for (const file of estateFiles(estate)) {
    if (seen.has(file.ast)) continue;
    seen.add(file.ast);
    for (const template of file.ast.timeTemplates?.templates ?? []) for (const c of template.conditions?.conditions ?? []) add(c);
  }
  return minutes;
}

/** The clocks the outage files' templates are read on besides the node's: UTC, or the fixed zone a template names. */
function outageZones(estate: Estate): Zone[] {
  const zones: Zone[] = [{ type: "iana", name: "UTC" }];
  for (const server of estate.servers.values()) {
    for (const template of server.outage?.ast.timeTemplates?.templates ?? []) {
      if (!template.timeZone || template.timeZone.zoneType.value === "Local") continue;
      const zone = zoneOfValue(template.timeZone.zoneValue.value);
      if (zone) zones.push(zone);
    }
  }
  return zones;
}

/**
 * Every minute of `[from, to)` with its reading on the clock of `zone`. The
 * zone's offset is asked for at the start and end of each hour only (a zone's
 * offset does not change twice within an hour), and minute by minute in an hour
 * in which it changes.
 */
function* minutesOn(zone: Zone, from: number, to: number): Iterable<[number, LocalTime]> {
  const HOUR = 60 * MINUTE;
  for (let hour = from; hour < to; hour += HOUR) {
    const end = Math.min(hour + HOUR, to);
    const offset = offsetAt(hour, zone);
    const steady = offset === offsetAt(end - MINUTE, zone);
    for (let t = hour; t < end; t += MINUTE) yield [t, localTime(t, { type: "offset", minutes: steady ? offset : offsetAt(t, zone) })];
  }
}

/**
 * The instants in `[from, to)` at which a time template of the estate may
 * change its verdict, `from` first: on each clock the templates are read on,
 * every start or end of a `TIME` range, every midnight (a `WEEKDAY` or `DATE`
 * turns), and every jump of the clock (daylight saving time). Each minute is
 * read on each clock once, so the work is linear in the length of the range.
 */
export function changeInstants(estate: Estate, clocks: readonly Zone[], from: number, to: number): number[] {
  const minutes = rangeMinutes(estate);
  const zones = new Map<string, Zone>();
  for (const zone of [...clocks, ...outageZones(estate)]) zones.set(zone.type === "iana" ? zone.name : `offset ${zone.minutes}`, zone);
  const changes = new Set<number>([from]);
  for (const zone of zones.values()) {
    let previous: LocalTime | undefined;
    for (const [t, local] of minutesOn(zone, from, to)) {
      const jumped = previous !== undefined && local.minute !== previous.minute + 1;
      if (jumped || minutes.has(local.minute)) changes.add(t);
      previous = local;
    }
  }
  return [...changes].sort((a, b) => a - b);
}
