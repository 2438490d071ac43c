/**
 * When time templates are true over an ordinary week (docs/language.md#evaluating-time-templates), for the
 * follow-the-sun check (time-coverage-gap). Times are minutes from Monday 0:00;
 * intervals are half-open and sorted.
 *
 * Conditions with a DATE part are left out: they describe particular days
 * (holidays excluded, a one-off window), not the week that repeats. Work is
 * O(c log c) for a template of c conditions, however the conditions overlap.
 */
import type { TimeCondition, TimeLiteral, TimeTemplate } from "../ast/nodes.js";
import { WEEKDAYS, isRecovered, weekdayIndex } from "./util.js";

/** Minutes in a day. */
export const DAY = 24 * 60;
/** Minutes in a week. */
export const WEEK = 7 * DAY;

/** A stretch of the week, `[start, end)` in minutes from Monday 0:00. */
export interface Interval {
  start: number;
  end: number;
}

/** What one condition contributes: the same hours on some days, and whether it makes the template true then. */
interface Span {
  match: boolean;
  /** Minutes since midnight, `[from, to)`. */
  from: number;
  to: number;
  /** Days of the week, Monday = 0. */
  days: readonly number[];
}

const EVERY_DAY: readonly number[] = [0, 1, 2, 3, 4, 5, 6];

/**
 * The stretches of the week in which `template` is true (the first condition
 * whose interval holds the time decides), or undefined when its meaning is not
 * certain: no conditions, or a part that is broken, repeated or wraps.
 */
export function trueIntervals(template: TimeTemplate): Interval[] | undefined {
  const conditions = template.conditions?.conditions ?? [];
  if (conditions.length === 0) return undefined;
  const spans: Span[] = [];
  for (const condition of conditions) {
    const span = spanOf(condition);
    if (span === undefined) return undefined;
    if (span !== null) spans.push(span);
  }
  return firstMatch(spans);
}

/** The parts of the week that none of `covered` reaches. */
export function uncovered(covered: readonly (readonly Interval[])[]): Interval[] {
  const all = covered.flat().sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  let reached = 0;
  for (const interval of all) {
    if (interval.start > reached) out.push({ start: reached, end: interval.start });
    reached = Math.max(reached, interval.end);
  }
  if (reached < WEEK) out.push({ start: reached, end: WEEK });
  return out;
}

/** A time of the week as a reader names it: `Friday 17:00`. */
export function weekTime(minute: number): string {
  return `${WEEKDAYS[Math.floor(minute / DAY) % 7]} ${dayTime(minute)}`;
}

/** The time of day of a time of the week, as HP writes times: `7:00`, `17:30`. */
export function dayTime(minute: number): string {
  const time = minute % DAY;
  return `${Math.floor(time / 60)}:${String(time % 60).padStart(2, "0")}`;
}

const TYPE = 1;
const TIME = 2;
const WEEKDAY = 4;
const DATE = 8;

/** A condition's span; null for a DATE condition (not part of the ordinary week); undefined when unclear. */
function spanOf(condition: TimeCondition): Span | null | undefined {
  const span: Span = { match: true, from: 0, to: DAY, days: EVERY_DAY };
  let seen = 0;
  for (const part of condition.parts) {
    const family =
      part.type === "TimeCondType"
        ? TYPE
        : part.type === "TimeRange"
          ? TIME
          : part.type === "WeekdayOn" || part.type === "WeekdayRange"
            ? WEEKDAY
            : DATE;
    if (seen & family) return undefined;
    seen |= family;
    switch (part.type) {
      case "TimeCondType":
        if (part.value.value === null) return undefined;
        span.match = part.value.value === "Match";
        break;
      case "TimeRange": {
        const from = minutes(part.from);
        const to = minutes(part.to);
        if (from === undefined || to === undefined || from >= to) return undefined;
        span.from = from;
        span.to = to;
        break;
      }
      case "WeekdayOn": {
        const day = weekdayIndex(part.day);
        if (day === undefined) return undefined;
        span.days = [day];
        break;
      }
      case "WeekdayRange": {
        const first = weekdayIndex(part.from);
        const last = weekdayIndex(part.to);
        if (first === undefined || last === undefined) return undefined;
        // A range that wraps past Sunday (weekday-range-wraps) is read as wrapping.
        const days: number[] = [];
        for (let day = first; ; day = (day + 1) % 7) {
          days.push(day);
          if (day === last) break;
        }
        span.days = days;
        break;
      }
      default:
        break;
    }
  }
  return seen & DATE ? null : span;
}

/** Minutes since midnight of a valid time (`24:00` included), else undefined. */
function minutes(time: TimeLiteral): number | undefined {
  if (isRecovered(time) || time.hour > 24 || time.minute > 59 || (time.hour === 24 && time.minute !== 0)) return undefined;
  return time.hour * 60 + time.minute;
}

/**
 * First-match evaluation over the pieces between all interval ends: each piece
 * takes the verdict of the first span that reaches it. A union-find of "next
 * undecided piece" lets every piece be decided once.
 */
function firstMatch(spans: readonly Span[]): Interval[] {
  let count = 2;
  for (const span of spans) count += 2 * span.days.length;
  const points = new Int32Array(count);
  let n = 0;
  points[n++] = 0;
  points[n++] = WEEK;
  for (const span of spans) {
    for (const day of span.days) {
      points[n++] = day * DAY + span.from;
      points[n++] = day * DAY + span.to;
    }
  }
  points.sort();
  let distinct = 0;
  for (let i = 0; i < n; i++) if (i === 0 || points[i] !== points[i - 1]) points[distinct++] = points[i]!;
  const cuts = points.subarray(0, distinct);
  const pieces = distinct - 1;
  const next = Int32Array.from({ length: pieces + 1 }, (_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (next[root] !== root) root = next[root]!;
    while (next[i] !== root) {
      const up = next[i]!;
      next[i] = root;
      i = up;
    }
    return root;
  };
  const isTrue = new Uint8Array(pieces);
  for (const span of spans) {
    for (const day of span.days) {
      const stop = pieceAt(cuts, day * DAY + span.to);
      for (let i = find(pieceAt(cuts, day * DAY + span.from)); i < stop; i = find(i + 1)) {
        isTrue[i] = span.match ? 1 : 0;
        next[i] = i + 1;
      }
    }
  }
  const out: Interval[] = [];
  for (let i = 0; i < pieces; i++) {
    if (!isTrue[i]) continue;
    const last = out[out.length - 1];
    if (last && last.end === cuts[i]) last.end = cuts[i + 1]!;
    else out.push({ start: cuts[i]!, end: cuts[i + 1]! });
  }
  return out;
}

/** The index of `point` in the sorted, distinct `cuts` (which hold it). */
function pieceAt(cuts: Int32Array, point: number): number {
  let low = 0;
  let high = cuts.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (cuts[middle]! < point) low = middle + 1;
    else high = middle;
  }
  return low;
}
