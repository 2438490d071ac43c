/**
 * Time templates at one instant (docs/language.md#evaluating-time-templates):
 * the instant read in a zone, and whether a template holds then. The weekly
 * view of the same semantics, for coverage, is src/rules/week.ts; a test checks
 * that the two agree on every template without a DATE part.
 *
 * Zones are converted with `Intl.DateTimeFormat`, so any IANA zone the runtime
 * knows works without a time-zone library.
 */
import type { DateLiteral, TimeCondition, TimeLiteral, TimeTemplate } from "../ast/nodes.js";
import { isRecovered, weekdayIndex } from "../rules/util.js";

/** Where a clock runs: an IANA zone, or a fixed offset from UTC in minutes (east positive). */
export type Zone = { type: "iana"; name: string } | { type: "offset"; minutes: number };

/** An instant as given: milliseconds since the epoch and the offset it was written with. */
export interface Instant {
  epochMs: number;
  /** The offset from UTC the instant was written with, in minutes (east positive). */
  offsetMinutes: number;
  /** The instant as written. */
  text: string;
}

/** The wall-clock reading of an instant in some zone. */
export interface LocalTime {
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
  /** Monday = 0 … Sunday = 6. */
  weekday: number;
  /** Minutes since midnight. */
  minute: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** `text` as an instant, or undefined unless it is an ISO 8601 date and time with an offset (`Z` or `±hh:mm`). */
export function parseInstant(text: string): Instant | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? "0"].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const zone = m[7]!;
  let offsetMinutes = 0;
  if (zone !== "Z") {
    const digits = zone.slice(1).replace(":", "");
    const hours = Number(digits.slice(0, 2));
    const minutes = Number(digits.slice(2));
    if (hours > 23 || minutes > 59) return undefined;
    offsetMinutes = (zone.startsWith("-") ? -1 : 1) * (hours * 60 + minutes);
  }
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  // Date.UTC rolls 02-30 over into March: a date that does not exist is rejected, not moved.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return { epochMs: wall - offsetMinutes * 60_000, offsetMinutes, text };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      weekday: "short",
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Whether the runtime knows `name` as an IANA time zone. */
export function isTimeZone(name: string): boolean {
  if (name.trim() === "") return false;
  try {
    formatter(name);
    return true;
  } catch {
    return false;
  }
}

const GMT_OFFSET = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/;

/**
 * The zone a `TIMEZONEVALUE` names: an IANA zone, or `GMT+01:00` / `UTC-5` as a
 * fixed offset east of UTC, as HP's examples write it
 * (docs/language.md#time-zones-in-a-route); undefined for anything else.
 */
export function zoneOfValue(value: string): Zone | undefined {
  const m = GMT_OFFSET.exec(value.trim());
  if (m) {
    const hours = Number(m[2]);
    const minutes = Number(m[3] ?? "0");
    if (hours > 14 || minutes > 59) return undefined;
    return { type: "offset", minutes: (m[1] === "-" ? -1 : 1) * (hours * 60 + minutes) };
  }
  return isTimeZone(value) ? { type: "iana", name: value } : undefined;
}

const SHORT_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** The wall clock of `epochMs` in `zone`. */
export function localTime(epochMs: number, zone: Zone): LocalTime {
  if (zone.type === "offset") {
    const d = new Date(epochMs + zone.minutes * 60_000);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      weekday: (d.getUTCDay() + 6) % 7,
      minute: d.getUTCHours() * 60 + d.getUTCMinutes(),
    };
  }
  const parts: Record<string, string> = {};
  for (const p of formatter(zone.name).formatToParts(epochMs)) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: SHORT_WEEKDAYS.indexOf(parts.weekday!),
    minute: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** A zone as a reader names it: `Europe/Berlin`, `UTC+01:00`. */
export function zoneName(zone: Zone): string {
  if (zone.type === "iana") return zone.name;
  const sign = zone.minutes < 0 ? "-" : "+";
  const abs = Math.abs(zone.minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** A local time as a reader names it: `Sunday 2026-12-06 03:00`. */
export function localText(local: LocalTime): string {
  const weekday = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][local.weekday];
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${weekday} ${local.year}-${pad(local.month)}-${pad(local.day)} ${pad(Math.floor(local.minute / 60))}:${pad(local.minute % 60)}`;
}

/** How a template decided: the condition whose interval held the time (none: no condition held, so false). */
export interface TemplateVerdict {
  holds: boolean;
  /** The condition that decided; undefined when none held the time. */
  condition?: TimeCondition;
}

/**
 * Whether `template` holds at `local`: its conditions in order, the first whose
 * interval holds the time decides (docs/language.md#first-matching-time-condition-decides).
 * A condition with an unreadable condition type never decides. A template
 * without conditions is undocumented (docs/language.md#empty-time-template);
 * it is read as never holding (docs/language.md#time-templates-in-a-route).
 */
export function evaluateTemplate(template: TimeTemplate, local: LocalTime): TemplateVerdict {
  for (const condition of template.conditions?.conditions ?? []) {
    const match = conditionType(condition);
    if (match === undefined || !conditionHolds(condition, local)) continue;
    return { holds: match, condition };
  }
  return { holds: false };
}

/** True for Match (also when TIMECONDTYPE is left out), false for Suppress/Unmatch, undefined for an unreadable word. */
function conditionType(condition: TimeCondition): boolean | undefined {
  let match = true;
  for (const part of condition.parts) {
    if (part.type !== "TimeCondType") continue;
    if (part.value.value === null) return undefined;
    match = part.value.value === "Match";
  }
  return match;
}

/** Whether every part of `condition` holds at `local` (the parts are AND-ed). */
function conditionHolds(condition: TimeCondition, local: LocalTime): boolean {
  for (const part of condition.parts) {
    switch (part.type) {
      case "TimeCondType":
        break;
      case "TimeRange": {
        const from = minutes(part.from);
        const to = minutes(part.to);
        // A range that would cross midnight never holds (docs/language.md#evaluating-time-templates, HP2005).
        if (from === undefined || to === undefined || !(from <= local.minute && local.minute < to)) return false;
        break;
      }
      case "WeekdayOn":
        if (weekdayIndex(part.day) !== local.weekday) return false;
        break;
      case "WeekdayRange": {
        const first = weekdayIndex(part.from);
        const last = weekdayIndex(part.to);
        if (first === undefined || last === undefined) return false;
        // Read as wrapping past Sunday, as the weekly check does (docs/language.md#reversed-ranges).
        const inside = first <= last ? first <= local.weekday && local.weekday <= last : local.weekday >= first || local.weekday <= last;
        if (!inside) return false;
        break;
      }
      case "DateOn":
        if (!dateOn(part.date, local)) return false;
        break;
      case "DateRange":
        if (!dateRange(part.from, part.to, local)) return false;
        break;
    }
  }
  return true;
}

/**
 * Whether the `DATE` parts of `condition` hold on the day of `local` (true
 * for a condition without one): HP5006 reads this to find a week no date
 * condition touches.
 */
export function datePartsHold(condition: TimeCondition, local: LocalTime): boolean {
  for (const part of condition.parts) {
    if (part.type === "DateOn" && !dateOn(part.date, local)) return false;
    if (part.type === "DateRange" && !dateRange(part.from, part.to, local)) return false;
  }
  return true;
}

/** Minutes since midnight of a valid time (`24:00` included), else undefined. */
function minutes(time: TimeLiteral): number | undefined {
  if (isRecovered(time) || time.hour > 24 || time.minute > 59 || (time.hour === 24 && time.minute !== 0)) return undefined;
  return time.hour * 60 + time.minute;
}

/** The year a date's year part stands for at `local`: two digits compare with the last two of the year (docs/language.md#time-templates-in-a-route). */
function yearOf(date: DateLiteral, local: LocalTime): number {
  return date.yearDigits === 2 ? local.year - (local.year % 100) + date.year! : date.year!;
}

function dateOn(date: DateLiteral, local: LocalTime): boolean {
  if (isRecovered(date)) return false;
  if (date.month !== null && date.month !== local.month) return false;
  if (date.day !== null && date.day !== local.day) return false;
  return date.year === null || yearOf(date, local) === local.year;
}

/**
 * A date range: with a `*` year on either side the same month and day range
 * every year, wrapping past 31 December when the end comes first; with full
 * years the dates between, and nothing when the end comes first (HP2021). A
 * `*` month or day stretches its end of the range as far as it goes.
 */
function dateRange(from: DateLiteral, to: DateLiteral, local: LocalTime): boolean {
  if (isRecovered(from) || isRecovered(to)) return false;
  const key = (month: number, day: number) => month * 100 + day;
  const start = key(from.month ?? 1, from.day ?? 1);
  const end = key(to.month ?? 12, to.day ?? 31);
  const now = key(local.month, local.day);
  if (from.year === null || to.year === null) return start <= end ? start <= now && now <= end : now >= start || now <= end;
  const full = (year: number, k: number) => year * 10_000 + k;
  const t = full(local.year, now);
  return full(yearOf(from, local), start) <= t && t <= full(yearOf(to, local), end);
}
