/**
 * The week HP5006 judges (docs/language.md#cross-server-rules): a repeating
 * week, so that a finding does not depend on the day lint runs. Of the 52
 * weeks from Monday 4 January 2027, the first that no date condition of the
 * estate touches, a condition true on every day of those weeks (a validity
 * period, say) aside: holidays and other dated exceptions are left to
 * `hpom-lint coverage --from --to`.
 */
import type { TimeCondition } from "../../ast/nodes.js";
import { addDays, dayText, type Day } from "../../estate/coverage-time.js";
import type { Estate, EstateFile } from "../../estate/load.js";
import { datePartsHold, type LocalTime } from "../../estate/time.js";

/** The days HP5006 judges, as `coverage` takes them, and whether date conditions could not be avoided. */
export interface ReferenceWeek {
  from: string;
  to: string;
  /** Every week holds some date condition: the first is judged with them. */
  dated: boolean;
}

/** A Monday, fixed so that two runs on any two days judge the same week. */
const FIRST_MONDAY: Day = { year: 2027, month: 1, day: 4 };
const WEEKS = 52;

/** The first week from `FIRST_MONDAY` on which no occasional date condition of `estate` holds. */
export function referenceWeek(estate: Estate): ReferenceWeek {
  const days = Array.from({ length: WEEKS * 7 }, (_, k) => localDay(addDays(FIRST_MONDAY, k)));
  const occasional = dateConditions(estate)
    .map((c) => days.map((day) => datePartsHold(c, day)))
    .filter((holds) => !holds.every(Boolean));
  for (let w = 0; w < WEEKS; w++) if (occasional.every((holds) => !holds.slice(w * 7, w * 7 + 7).some(Boolean))) return week(w, false);
  return week(0, true);
}

function week(index: number, dated: boolean): ReferenceWeek {
  return { from: dayText(addDays(FIRST_MONDAY, index * 7)), to: dayText(addDays(FIRST_MONDAY, index * 7 + 6)), dated };
}

function localDay(day: Day): LocalTime {
  const weekday = (new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay() + 6) % 7;
  return { ...day, weekday, minute: 0 };
}

/** Every time condition of the estate with a `DATE` part, each text once (a thousand node files share their templates). */
function dateConditions(estate: Estate): TimeCondition[] {
  const byText = new Map<string, TimeCondition>();
  const seen = new Set<EstateFile>();
  for (const server of estate.servers.values()) {
    for (const file of [server.allnodes, ...server.nodeFiles.values(), server.msgforw, server.escmgr, server.outage]) {
      if (!file || seen.has(file)) continue;
      seen.add(file);
      for (const template of file.ast.timeTemplates?.templates ?? [])
        for (const c of template.conditions?.conditions ?? []) {
          if (!c.parts.some((p) => p.type === "DateOn" || p.type === "DateRange")) continue;
          const text = file.text.slice(c.range.start, c.range.end);
          if (!byText.has(text)) byText.set(text, c);
        }
    }
  }
  return [...byText.values()];
}
