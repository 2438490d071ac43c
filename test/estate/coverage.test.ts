/**
 * `coverage` on the example estates: the classes it derives, that every band
 * says what `route` says at each of its minutes (clock jumps included), and
 * that the messages of a class are routed as the class says.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { coverage, loadEstate, route, type CoverageResult, type Message, type MessageSet } from "../../src/index.js";
import { estates, readEstate } from "./estates.js";

const estate = (name: string) => loadEstate(readEstate(join(estates, name)));
const week = { from: "2026-12-21", to: "2026-12-27" };
const MINUTE = 60_000;

/** Whether `message` is one of the messages `set` stands for. */
function inSet(message: Message, set: MessageSet): boolean {
  return (Object.entries(set) as [keyof MessageSet, MessageSet[keyof MessageSet]][]).every(([attribute, values]) => {
    const value = message[attribute];
    if (!values) return true;
    return "in" in values ? value !== undefined && values.in.includes(value) : value === undefined || !values.notIn.includes(value);
  });
}

/** Routes the class's example at `every`-th minute of each band from its first and at its last minute, and compares the receivers. */
function checkAgainstRoute(name: string, result: CoverageResult, every: number, tz = "UTC"): void {
  const e = estate(name);
  for (const c of result.classes) {
    for (const band of c.bands) {
      const from = Date.parse(band.from);
      const to = Date.parse(band.to);
      const minutes = [];
      for (let t = from; t < to; t += every * MINUTE) minutes.push(t);
      minutes.push(to - MINUTE);
      for (const t of minutes) {
        const routed = route(e, c.example, new Date(t).toISOString(), { tz, serverTz: tz });
        expect(routed.receivers, `class ${c.id} at ${new Date(t).toISOString()}`).toEqual(band.receivers.map((r) => r.server));
      }
    }
  }
}

describe("coverage", () => {
  it("derives follow-the-sun's classes from its conditions and hands the day round the sun, Christmas included", () => {
    const result = coverage(estate("follow-the-sun"), {}, week);
    expect(result.classes.map((c) => c.messages)).toEqual([
      [{ severity: { in: ["Critical", "Major"] } }],
      [{ severity: { notIn: ["Critical", "Major"] }, msggrp: { in: ["Database"] } }],
      [{ severity: { notIn: ["Critical", "Major"] }, msggrp: { notIn: ["Database"] } }],
    ]);
    const critical = result.classes[0]!.bands.map((b) => `${b.from} ${b.to} ${b.receivers.map((r) => r.server).join(",")}`);
    expect(critical.slice(0, 4)).toEqual([
      "2026-12-21T00:00Z 2026-12-21T07:00Z om-apac.example.com",
      "2026-12-21T07:00Z 2026-12-21T15:00Z om-emea.example.com",
      "2026-12-21T15:00Z 2026-12-21T23:00Z om-amer.example.com",
      "2026-12-21T23:00Z 2026-12-22T00:00Z om-apac.example.com",
    ]);
    // Christmas Day: both office-hours templates exclude it, so the primary manager's on-call team has it from 7:00.
    expect(critical.filter((b) => b.startsWith("2026-12-25"))).toEqual([
      "2026-12-25T00:00Z 2026-12-25T07:00Z om-apac.example.com",
      "2026-12-25T07:00Z 2026-12-26T00:00Z om-emea.example.com",
    ]);
    expect(result.gaps).toEqual([]);
    expect(result.overlaps).toEqual([]);
  });

  it("agrees with route at the first and last minute of every band and every hour between", () => {
    for (const name of ["follow-the-sun", "service-hours", "competence-centres", "handover"])
      checkAgainstRoute(name, coverage(estate(name), {}, week), 60);
  });

  it("cuts the bands where the node's clock jumps (daylight saving time in Berlin)", () => {
    const result = coverage(
      estate("follow-the-sun"),
      { severity: "Critical" },
      { from: "2026-03-28", to: "2026-03-30" },
      { tz: "Europe/Berlin" },
    );
    expect(result.range).toEqual({
      from: "2026-03-28T00:00+01:00",
      to: "2026-03-31T00:00+02:00",
      tz: "Europe/Berlin",
      serverTz: "Europe/Berlin",
    });
    // Sunday has 23 hours: the day's bands end at midnight on the summer clock.
    const sunday = result.classes[0]!.bands.filter((b) => b.from.startsWith("2026-03-29"));
    expect(sunday.at(-1)!.to).toBe("2026-03-30T00:00+02:00");
    checkAgainstRoute("follow-the-sun", result, 13, "Europe/Berlin");
  });

  it("routes every message of a class as the class says", () => {
    const e = estate("competence-centres");
    const result = coverage(e, {}, { from: "2026-12-21", to: "2026-12-21" });
    const messages: Message[] = [
      { node: "sw1.example.com", msggrp: "Network", severity: "Normal" },
      { node: "sw1.example.com", msggrp: "Network", severity: "Warning" },
      { node: "db1.example.com", msggrp: "Database", severity: "Critical" },
      { node: "db1.example.com", msggrp: "Database" },
      { node: "web1.example.com", msggrp: "Web", severity: "Major" },
    ];
    for (const message of messages) {
      const owners = result.classes.filter((c) => c.messages.some((set) => inSet(message, set)));
      expect(owners, JSON.stringify(message)).toHaveLength(1);
      const routed = route(e, message, "2026-12-21T12:00Z");
      expect(routed.receivers).toEqual(owners[0]!.bands[0]!.receivers.map((r) => r.server));
    }
  });

  it("finds service-hours' gap: db1 is suppressed on Saturday from 22:00", () => {
    const result = coverage(estate("service-hours"), {}, week);
    expect(result.gaps).toEqual([{ class: 1, from: "2026-12-26T22:00Z", to: "2026-12-27T00:00Z" }]);
    expect(result.classes[0]!.messages).toEqual([{ node: { in: ["db1.example.com"] } }]);
    // Backup messages are held back outside the backup team's hours: kept, not a gap.
    const backup = result.classes.find((c) => c.messages.some((set) => "in" in (set.msggrp ?? {})))!;
    expect(backup.bands[0]).toMatchObject({
      from: "2026-12-21T00:00Z",
      to: "2026-12-21T08:00Z",
      receivers: [{ server: "om1.example.com", state: "buffered" }],
    });
  });

  it("finds handover's overlap: from 18:00 to 19:00 on weekdays two teams get control", () => {
    const result = coverage(estate("handover"), {}, week);
    const overlap = { server: "om-hub.example.com", targets: ["om-day.example.com", "om-night.example.com"] };
    expect(result.overlaps).toEqual(
      ["21", "22", "23", "24", "25"].map((d) => ({ class: 1, from: `2026-12-${d}T18:00Z`, to: `2026-12-${d}T19:00Z`, ...overlap })),
    );
    expect(result.gaps).toEqual([]);
  });

  it("reads msgforw's templates on the servers' clock: handover's overlap is at 18:00 Berlin time, 17:00 UTC", () => {
    const result = coverage(estate("handover"), {}, { from: "2026-12-21", to: "2026-12-21" }, { serverTz: "Europe/Berlin" });
    expect(result.range).toMatchObject({ tz: "UTC", serverTz: "Europe/Berlin" });
    expect(result.overlaps.map((o) => [o.from, o.to])).toEqual([["2026-12-21T17:00Z", "2026-12-21T18:00Z"]]);
  });

  it("gives a node with a node-specific file a class of its own, found by its address", () => {
    const agent = (target: string) =>
      `RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "x"\n    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n    MSGTARGETRULES\n` +
      `      MSGTARGETRULE\n        DESCRIPTION "all"\n        MSGTARGETRULECONDS\n        MSGTARGETMANAGERS\n` +
      `          MSGTARGETMANAGER\n            TIMETEMPLATE "$OPC_ALWAYS"\n            OPCMGR IP 0.0.0.0 "${target}"\n`;
    const e = loadEstate([
      { path: "om1.example.com/allnodes", text: agent("om1.example.com") },
      { path: "om1.example.com/0a000001", text: agent("om2.example.com") },
      { path: "om2.example.com/allnodes", text: agent("om1.example.com") },
    ]);
    const result = coverage(e, {}, { from: "2026-12-21", to: "2026-12-21" });
    expect(result.classes.map((c) => [c.messages, c.bands[0]!.receivers.map((r) => r.server)])).toEqual([
      [[{ node: { in: ["10.0.0.1"] } }], ["om2.example.com"]],
      [[{ node: { notIn: ["10.0.0.1"] } }], ["om1.example.com"]],
    ]);
    expect(result.classes[0]!.example).toEqual({ node: "10.0.0.1", nodeIp: "10.0.0.1" });
  });

  it("counts a pool's members once: HP's hot synchronisation is no overlap", () => {
    const result = coverage(estate("hp-pool"), {}, week);
    expect(result.overlaps).toEqual([]);
    expect(result.classes[0]!.bands[0]!.receivers.map((r) => r.server)).toEqual(["om1.example.com", "om2.example.com"]);
  });
});
