/**
 * Intervals of a week as an administrator reads them: per day of the week,
 * days with the same hours run together (`Mon-Fri 00:00-08:00, 18:00-24:00;
 * Sat 22:00-24:00`).
 */

const DAY = 24 * 60;
const WEEK = 7 * DAY;
const NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** Adds `[from, to)` (minutes since Monday 00:00) to `intervals`, kept sorted and merged. */
export function addInterval(intervals: [number, number][], from: number, to: number): void {
  intervals.push([from, to]);
  intervals.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < intervals.length;) {
    const previous = intervals[i - 1]!;
    const current = intervals[i]!;
    if (current[0] <= previous[1]) {
      previous[1] = Math.max(previous[1], current[1]);
      intervals.splice(i, 1);
    } else i++;
  }
}

/** `intervals` (sorted, merged, minutes since Monday 00:00) in words. */
export function weekText(intervals: readonly [number, number][]): string {
  if (intervals.length === 1 && intervals[0]![0] === 0 && intervals[0]![1] >= WEEK) return "all week";
  const days = NAMES.map((_, d) =>
    intervals
      .flatMap(([from, to]) => {
        const a = Math.max(from, d * DAY);
        const b = Math.min(to, (d + 1) * DAY);
        return a < b ? [`${clock(a - d * DAY)}-${clock(b - d * DAY)}`] : [];
      })
      .join(", "),
  );
  const groups: string[] = [];
  for (let d = 0; d < 7;) {
    let last = d;
    while (last + 1 < 7 && days[last + 1] === days[d]) last++;
    if (days[d] !== "") groups.push(`${NAMES[d]}${last > d ? `-${NAMES[last]}` : ""} ${days[d]}`);
    d = last + 1;
  }
  return groups.join("; ");
}

function clock(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}
