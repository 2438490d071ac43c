/**
 * route() on the scenarios of issue #15, beyond route.test.ts: the hand-over minutes and holidays
 * of follow-the-sun, competence centres with office hours on the servers' clock (a fixture), the
 * outage file read on its own clock whatever the node's, and the switches on a pool, a three-level
 * hierarchy and a loop.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadEstate } from "../../src/estate/load.js";
import type { Message } from "../../src/estate/message.js";
import { route, type RouteResult } from "../../src/estate/route.js";
import { estates, readEstate } from "./estates.js";

const load = (name: string) => loadEstate(readEstate(join(estates, name)));
const fixture = (name: string) => loadEstate(readEstate(join(__dirname, "fixtures", name)));
/** The hops as `from -kind-> to` with their marks, for compact expectations. */
const path = (r: RouteResult) =>
  r.hops.map(
    (h) =>
      `${h.from} -${h.kind}-> ${h.to}${h.virtual ? ` (${h.virtual})` : ""}${h.outside ? " outside" : ""}${h.loop ? " loop" : h.repeat ? " repeat" : ""}`,
  );

describe("follow-the-sun: the hand-over minutes and the holidays", () => {
  const estate = load("follow-the-sun");
  const critical: Message = { node: "db1.example.com", severity: "Critical" };
  const centre = (at: string) => {
    const r = route(estate, critical, at);
    return `${r.receivers.join(" ")} by ${r.hops[0]!.template!.name}`;
  };

  it("hands over at the minute a shift ends: the end of a TIME range belongs to the next shift", () => {
    expect(centre("2026-12-08T14:59Z")).toBe("om-emea.example.com by emea-office-hours");
    expect(centre("2026-12-08T15:00Z")).toBe("om-amer.example.com by americas-office-hours");
    expect(centre("2026-12-08T22:59Z")).toBe("om-amer.example.com by americas-office-hours");
    expect(centre("2026-12-08T23:00Z")).toBe("om-apac.example.com by apac-office-hours");
  });

  it("starts Singapore's Monday on Sunday 23:00 UTC and ends its Friday on Friday 7:00 UTC", () => {
    expect(centre("2026-12-06T23:00Z")).toBe("om-apac.example.com by apac-office-hours");
    expect(centre("2026-12-11T06:59Z")).toBe("om-apac.example.com by apac-office-hours");
    // Friday 23:00 UTC is Saturday in Singapore: the primary manager's on-call team.
    expect(centre("2026-12-11T23:00Z")).toBe("om-emea.example.com by $OPC_ALWAYS");
  });

  it("gives Singapore's New Year's Day to the primary manager, from 31 December 23:00 UTC", () => {
    expect(centre("2026-12-31T22:30Z")).toBe("om-amer.example.com by americas-office-hours");
    expect(centre("2026-12-31T23:30Z")).toBe("om-emea.example.com by $OPC_ALWAYS");
    expect(centre("2027-01-01T06:00Z")).toBe("om-emea.example.com by $OPC_ALWAYS");
  });

  it("sends database messages during the APAC shift to the primary manager: no DBA team works then", () => {
    const r = route(estate, { node: "db1.example.com", msggrp: "Database" }, "2026-12-08T03:00Z");
    expect(r.hops[0]).toMatchObject({
      rule: "database messages to the DBA teams",
      to: "om-emea.example.com",
      template: { name: "$OPC_ALWAYS" },
    });
  });
});

describe("competence centres with office hours (fixture competence-hours)", () => {
  const estate = fixture("competence-hours");
  const database: Message = { node: "db1.example.com", msggrp: "Database", severity: "Critical" };

  it("hands database messages to the DBA centre with control in its hours, which passes critical ones on", () => {
    const r = route(estate, database, "2026-12-08T10:00Z");
    expect(path(r)).toEqual([
      "db1.example.com -agent-> om-central.example.com",
      "om-central.example.com -controlling-> om-dba.example.com",
      "om-dba.example.com -notify-> om-gateway.example.net outside",
      "om-dba.example.com -escalate-> om-vendor.example.net outside",
    ]);
    expect(r.hops[1]).toMatchObject({
      file: "om-central.example.com/msgforw",
      line: 14,
      rule: "database messages to the DBA centre in its office hours",
      ackNonLocal: true,
      template: { name: "dba-hours", holds: true, line: 3, conditionLine: 6 },
    });
    expect(r.receivers).toEqual(["om-central.example.com", "om-dba.example.com", "om-gateway.example.net"]);
  });

  it("keeps them on the central server out of hours, and says which rule matched with no target active", () => {
    const r = route(estate, database, "2026-12-08T20:00Z");
    expect(path(r)).toEqual(["db1.example.com -agent-> om-central.example.com"]);
    expect(r.notes).toEqual([
      {
        server: "om-central.example.com",
        file: "om-central.example.com/msgforw",
        line: 14,
        text: 'rule "database messages to the DBA centre in its office hours" matches, but none of its targets\' time templates is true: the message stays here',
      },
    ]);
    expect(r.receivers).toEqual(["om-central.example.com"]);
  });

  it("reads the office hours on the servers' clock (--server-tz), not the node's", () => {
    // 17:30 UTC is 18:30 in Berlin: the DBA centre has gone home.
    expect(route(estate, database, "2026-12-08T17:30Z").receivers).toContain("om-dba.example.com");
    expect(route(estate, database, "2026-12-08T17:30Z", { serverTz: "Europe/Berlin" }).receivers).toEqual(["om-central.example.com"]);
    expect(route(estate, database, "2026-12-08T17:30Z", { tz: "Europe/Berlin" }).receivers).toContain("om-dba.example.com");
  });

  it("sends security messages to every active target: the centre in the estate, the auditors outside it", () => {
    const r = route(estate, { node: "fw1.example.com", msggrp: "Security" }, "2026-12-06T03:00Z");
    expect(path(r)).toEqual([
      "fw1.example.com -agent-> om-central.example.com",
      "om-central.example.com -controlling-> om-sec.example.com",
      "om-central.example.com -notify-> om-audit.example.net outside",
    ]);
    expect(r.receivers).toEqual(["om-central.example.com", "om-sec.example.com", "om-audit.example.net"]);
  });

  it("with --forwarded once, stops the DBA centre's forwarding but still shows where its operators may escalate", () => {
    const r = route(estate, database, "2026-12-08T10:00Z", { forwarded: "once" });
    expect(path(r)).toEqual([
      "db1.example.com -agent-> om-central.example.com",
      "om-central.example.com -controlling-> om-dba.example.com",
      "om-dba.example.com -escalate-> om-vendor.example.net outside",
    ]);
    expect(r.notes.map((n) => `${n.server}: ${n.text}`)).toEqual(["om-dba.example.com: received by forwarding: not forwarded again"]);
    expect(r.receivers).toEqual(["om-central.example.com", "om-dba.example.com"]);
  });
});

describe("service hours and a maintenance outage: the outage file's clock", () => {
  const estate = load("service-hours");
  const db1: Message = { node: "db1.example.com" };
  const kept = (at: string, tz?: string) => route(estate, db1, at, tz === undefined ? {} : { tz }).receivers.length > 0;

  it("suppresses from the window's first minute to its last (Saturday 22:00 to 24:00 UTC)", () => {
    expect(kept("2026-12-05T21:59Z")).toBe(true);
    expect(kept("2026-12-05T22:00Z")).toBe(false);
    expect(kept("2026-12-05T23:59Z")).toBe(false);
    expect(kept("2026-12-06T00:00Z")).toBe(true);
  });

  it("reads the window in UTC (TIMEZONETYPE Fix) whatever the node's clock says", () => {
    // Sunday 0:30 in Berlin is Saturday 23:30 UTC: inside the window.
    expect(kept("2026-12-06T00:30+01:00")).toBe(false);
    expect(kept("2026-12-05T23:30Z", "Europe/Berlin")).toBe(false);
    // Saturday 23:30 in New York is Sunday 4:30 UTC: outside it.
    expect(kept("2026-12-05T23:30-05:00")).toBe(true);
    expect(kept("2026-12-06T04:30Z", "America/New_York")).toBe(true);
  });
});

describe("the switches on a pool, a three-level hierarchy and a loop", () => {
  it("HP's pool: with --forwarded once the hot-sync copy still reaches the other member, and stops there", () => {
    const r = route(load("hp-pool"), { node: "web1.example.com" }, "2026-12-08T10:00Z", { forwarded: "once" });
    expect(path(r)).toEqual([
      "web1.example.com -agent-> om1.example.com (om-pool.example.com)",
      "om1.example.com -controlling-> om2.example.com",
    ]);
    expect(r.receivers).toEqual(["om1.example.com", "om2.example.com"]);
  });

  it("three levels: the member holding the virtual interface forwards to head office and synchronises the other", () => {
    const r = route(load("three-levels"), { node: "app1.example.com" }, "2026-12-08T10:00Z", { holder: "om2.example.com" });
    expect(path(r)).toEqual([
      "app1.example.com -agent-> om-east.example.com",
      "om-east.example.com -controlling-> om2.example.com (om-pool.example.com)",
      "om2.example.com -controlling-> om1.example.com",
      "om2.example.com -controlling-> om-hq.example.com outside",
      "om1.example.com -controlling-> om2.example.com loop",
      "om1.example.com -controlling-> om-hq.example.com outside repeat",
    ]);
    expect(r.receivers).toEqual(["om-east.example.com", "om2.example.com", "om1.example.com", "om-hq.example.com"]);
  });

  it("a loop: with --forwarded once the message stops at the first server it is forwarded to", () => {
    const r = route(load("loop"), { node: "app1.example.com" }, "2026-12-08T10:00Z", { forwarded: "once" });
    expect(path(r)).toEqual(["app1.example.com -agent-> om-a.example.com", "om-a.example.com -notify-> om-b.example.com"]);
    expect(r.hops.some((h) => h.loop)).toBe(false);
  });
});
