/** HP5006 estate-coverage-gap through `lintEstate`: the week it judges, where each finding points, what it says, and its guard. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { coverage, CoverageInputError, lintEstate, loadEstate, type EstateInput } from "../../src/index.js";
import { referenceWeek } from "../../src/rules/estate/reference-week.js";
import { estates, readEstate } from "./estates.js";

const gaps = (files: EstateInput[]) =>
  lintEstate(loadEstate(files))
    .filter((d) => d.code === "HP5006")
    .map((d) => `${d.filename}:${d.range.start.line}:${d.range.start.column} ${d.message}`);

/** An allnodes sending every message to om1 under `template` (defined by `templates`), critical ones under `critical` if given. */
function allnodes(templates: string, template: string, critical?: string): string {
  const rule = (description: string, conditions: string, name: string) =>
    `      MSGTARGETRULE\n        DESCRIPTION "${description}"\n        MSGTARGETRULECONDS\n${conditions}` +
    `        MSGTARGETMANAGERS\n          MSGTARGETMANAGER\n            TIMETEMPLATE "${name}"\n            OPCMGR IP 0.0.0.0 "om1.example.com"\n`;
  return (
    `TIMETEMPLATES\n${templates}RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "agents"\n    MSGTARGETRULES\n` +
    (critical === undefined
      ? ""
      : rule("critical", '          MSGTARGETRULECOND\n            DESCRIPTION "critical"\n            SEVERITY Critical\n', critical)) +
    rule("all messages", "", template)
  );
}

function template(name: string, ...conditions: string[][]): string {
  return `  TIMETEMPLATE "${name}"\n    DESCRIPTION "${name}"\n    TIMETMPLCONDS\n${conditions
    .map((c) => `      TIMETMPLCOND\n${c.map((line) => `        ${line}\n`).join("")}`)
    .join("")}`;
}

describe("HP5006 estate-coverage-gap", () => {
  it("finds service-hours' Saturday maintenance window at the outage operation's time template", () => {
    expect(gaps(readEstate(join(estates, "service-hours")))).toEqual([
      'om1.example.com/outage:36:13 messages with node db1.example.com reach no server Sat 22:00-24:00 (UTC, every week): om1.example.com\'s outage suppresses them (rule "db1 maintenance window", template "saturday-maintenance")',
    ]);
  });

  it("names the class and every weekly interval an agent rule's templates leave empty, once per cause", () => {
    const night = template("night", ["TIMECONDTYPE Match", "TIME FROM 0:00 TO 6:00"]);
    const weekdays = template("weekdays", ["TIMECONDTYPE Match", "WEEKDAY FROM Monday TO Friday"]);
    expect(gaps([{ path: "om1.example.com/allnodes", text: allnodes(night + weekdays, "weekdays", "night") }])).toEqual([
      'om1.example.com/allnodes:26:13 messages with severity Critical reach no server Mon-Sun 06:00-24:00 (UTC, every week): on the agent: rule "critical" matches, but none of its targets\' time templates is true',
      'om1.example.com/allnodes:33:13 messages with severity other than Critical reach no server Sat-Sun 00:00-24:00 (UTC, every week): on the agent: rule "all messages" matches, but none of its targets\' time templates is true',
    ]);
  });

  it("leaves a holiday to coverage: the week it judges is one no dated exception touches", () => {
    const christmas = template("but-christmas", ["TIMECONDTYPE Suppress", "DATE ON 12/25/*"], ["TIMECONDTYPE Match"]);
    expect(gaps([{ path: "om1.example.com/allnodes", text: allnodes(christmas, "but-christmas") }])).toEqual([]);
    // Twelfth Night week is skipped for the next, and a condition true all year long is part of every week.
    const twelfth = template("twelfth", ["TIMECONDTYPE Suppress", "DATE FROM 01/04/* TO 01/06/*"], ["TIMECONDTYPE Match"]);
    const validity = template("valid", ["TIMECONDTYPE Match", "DATE FROM 01/01/2020 TO 12/31/2040"]);
    const files = [{ path: "om1.example.com/allnodes", text: allnodes(twelfth + validity, "twelfth", "valid") }];
    expect(referenceWeek(loadEstate(files))).toEqual({ from: "2027-01-11", to: "2027-01-17", dated: false });
    expect(gaps(files)).toEqual([]);
  });

  it("says so when every week holds a date condition, and judges the first with it", () => {
    const only2027 = template("only-2027", ["TIMECONDTYPE Match", "DATE ON */*/2027"]);
    const files = [{ path: "om1.example.com/allnodes", text: allnodes(only2027, "only-2027") }];
    expect(referenceWeek(loadEstate(files))).toEqual({ from: "2027-01-04", to: "2027-01-10", dated: true });
    expect(gaps(files)).toEqual([]);
    const off2027 = template("off-2027", ["TIMECONDTYPE Suppress", "DATE ON */*/2027"], ["TIMECONDTYPE Match"]);
    expect(gaps([{ path: "om1.example.com/allnodes", text: allnodes(off2027, "off-2027") }])).toEqual([
      'om1.example.com/allnodes:19:13 messages of every kind reach no server all week (UTC, the week of 2027-01-04: every week of the year holds a date condition): on the agent: rule "all messages" matches, but none of its targets\' time templates is true',
    ]);
  });

  it("does not judge an estate without agent files: nothing says where its messages start", () => {
    const msgforw = template("never", ["TIMECONDTYPE Match", "DATE ON 02/30/2027"]);
    expect(gaps([{ path: "om1.example.com/msgforw", text: allnodes(msgforw, "never").replace("agents", "forwarding") }])).toEqual([]);
  });

  it("has coverage refuse more routes than maxRoutes allows, before routing any", () => {
    const estate = loadEstate(readEstate(join(estates, "service-hours")));
    const week = { from: "2027-01-04", to: "2027-01-10" };
    expect(() => coverage(estate, {}, week, { maxRoutes: 10 })).toThrow(CoverageInputError);
    expect(() => coverage(estate, {}, week, { maxRoutes: 10 })).toThrow(/need \d+ routes, more than 10$/);
    expect(coverage(estate, {}, week, { maxRoutes: 10_000 }).gaps).toHaveLength(1);
  });

  it("reports an estate beyond its limit as not checked, at the first agent file, instead of taking long", () => {
    const conditions = (attribute: string, prefix: string) =>
      Array.from(
        { length: 250 },
        (_, i) => `          MSGTARGETRULECOND\n            DESCRIPTION "${prefix}${i}"\n            ${attribute} "${prefix}${i}"\n`,
      ).join("");
    const rule = (description: string, conds: string) =>
      `      MSGTARGETRULE\n        DESCRIPTION "${description}"\n        MSGTARGETRULECONDS\n${conds}        MSGTARGETMANAGERS\n` +
      '          MSGTARGETMANAGER\n            TIMETEMPLATE "$OPC_ALWAYS"\n            OPCMGR IP 0.0.0.0 "om1.example.com"\n';
    const text = `RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "agents"\n    MSGTARGETRULES\n${rule("by application", conditions("APPLICATION", "app"))}${rule("by group", conditions("MSGGRP", "grp"))}`;
    expect(gaps([{ path: "om1.example.com/allnodes", text }])).toEqual([
      "om1.example.com/allnodes:1:1 the estate was not checked for coverage gaps, to keep lint quick: the estate's conditions tell more than 20000 kinds of message apart; ask `hpom-lint coverage` about a part of it (--node, --severity, --msggrp)",
    ]);
  });
});
