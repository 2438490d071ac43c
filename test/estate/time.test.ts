/** Time templates at an instant (src/estate/time.ts), and agreement with the weekly view of src/rules/week.ts. */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateTemplate, isTimeZone, localTime, parseInstant, zoneOfValue } from "../../src/estate/time.js";
import { parse } from "../../src/parser/parse.js";
import { DAY, trueIntervals } from "../../src/rules/week.js";
import { root } from "./estates.js";

function templates(text: string) {
  const { ast, diagnostics } = parse(text);
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return ast.timeTemplates!.templates;
}

const local = (year: number, month: number, day: number, weekday: number, hour: number, minute = 0) => ({
  year,
  month,
  day,
  weekday,
  minute: hour * 60 + minute,
});

describe("parseInstant", () => {
  it("reads ISO 8601 with an offset or Z", () => {
    expect(parseInstant("2026-12-06T03:00+01:00")).toEqual({
      epochMs: Date.UTC(2026, 11, 6, 2, 0),
      offsetMinutes: 60,
      text: "2026-12-06T03:00+01:00",
    });
    expect(parseInstant("2026-12-06T03:00:30.5Z")?.epochMs).toBe(Date.UTC(2026, 11, 6, 3, 0, 30));
    expect(parseInstant("2026-12-06T03:00-0530")?.offsetMinutes).toBe(-330);
  });

  it("refuses an instant without offset, a date that does not exist, and other text", () => {
    for (const bad of ["2026-12-06T03:00", "2026-02-30T03:00Z", "2026-12-06T24:00Z", "2026-12-06", "now", "2026-12-06T03:00+25:00"])
      expect(parseInstant(bad)).toBeUndefined();
  });
});

describe("localTime", () => {
  it("reads an instant on an IANA zone's clock, summer time included", () => {
    expect(localTime(Date.UTC(2026, 6, 1, 22, 30), { type: "iana", name: "Europe/Berlin" })).toEqual(local(2026, 7, 2, 3, 0, 30));
    expect(localTime(Date.UTC(2026, 11, 6, 23, 0), { type: "iana", name: "Europe/Berlin" })).toEqual(local(2026, 12, 7, 0, 0));
  });

  it("reads an instant on a fixed offset", () => {
    expect(localTime(Date.UTC(2026, 11, 6, 23, 0), { type: "offset", minutes: -300 })).toEqual(local(2026, 12, 6, 6, 18));
  });

  it("reads a TIMEZONEVALUE as an IANA zone or HP's GMT+01:00", () => {
    expect(zoneOfValue("GMT+01:00")).toEqual({ type: "offset", minutes: 60 });
    expect(zoneOfValue("UTC-5")).toEqual({ type: "offset", minutes: -300 });
    expect(zoneOfValue("Europe/Berlin")).toEqual({ type: "iana", name: "Europe/Berlin" });
    expect(zoneOfValue("CET-ish")).toBeUndefined();
  });

  it("knows zone names", () => {
    expect(isTimeZone("Asia/Singapore")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });
});

describe("evaluateTemplate", () => {
  const [holiday, night, empty] = templates(`TIMETEMPLATES
  TIMETEMPLATE "weekdays"
    DESCRIPTION "weekdays but Christmas"
    TIMETMPLCONDS
      TIMETMPLCOND
        TIMECONDTYPE Suppress
        DATE FROM 12/24/* TO 12/26/*
      TIMETMPLCOND
        TIMECONDTYPE Match
        TIME FROM 8:00 TO 18:00
        WEEKDAY FROM Monday TO Friday
  TIMETEMPLATE "night"
    DESCRIPTION "night, first week of 2027, two-digit year"
    TIMETMPLCONDS
      TIMETMPLCOND
        TIME FROM 0:00 TO 6:00
        DATE FROM 01/01/27 TO 01/07/27
  TIMETEMPLATE "empty"
    DESCRIPTION "no conditions"
`);

  it("lets the first condition that holds decide: the holiday exclusion before the office hours", () => {
    const christmas = evaluateTemplate(holiday!, local(2026, 12, 25, 4, 10));
    expect(christmas.holds).toBe(false);
    expect(christmas.condition).toBe(holiday!.conditions!.conditions[0]);
    const working = evaluateTemplate(holiday!, local(2026, 12, 28, 0, 10));
    expect(working).toEqual({ holds: true, condition: holiday!.conditions!.conditions[1] });
    expect(evaluateTemplate(holiday!, local(2026, 12, 28, 0, 18))).toEqual({ holds: false });
  });

  it("reads a missing TIMECONDTYPE as Match and a two-digit year as the year of that century", () => {
    expect(evaluateTemplate(night!, local(2027, 1, 3, 6, 5)).holds).toBe(true);
    expect(evaluateTemplate(night!, local(2028, 1, 3, 0, 5)).holds).toBe(false);
  });

  it("takes a template without conditions as never true", () => {
    expect(evaluateTemplate(empty!, local(2026, 12, 28, 0, 10))).toEqual({ holds: false });
  });

  it("agrees with the weekly view of the coverage check on every template without a DATE part", () => {
    const text = readFileSync(join(root, "examples/follow-the-sun/allnodes"), "utf8");
    const weekly = templates(text).map((t) => ({
      ...t,
      conditions: t.conditions && {
        ...t.conditions,
        conditions: t.conditions.conditions.filter((c) => !c.parts.some((p) => p.type === "DateOn" || p.type === "DateRange")),
      },
    }));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: weekly.length - 1 }), fc.integer({ min: 0, max: 7 * DAY - 1 }), (i, minute) => {
        const template = weekly[i]!;
        const intervals = trueIntervals(template)!;
        const expected = intervals.some((r) => r.start <= minute && minute < r.end);
        const at = { year: 2026, month: 6, day: 15, weekday: Math.floor(minute / DAY), minute: minute % DAY };
        expect(evaluateTemplate(template, at).holds).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});
