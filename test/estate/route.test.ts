/** route(): the scenarios of issue #15 on the example estates, and the switches for undocumented behaviour. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadEstate, type EstateInput } from "../../src/estate/load.js";
import type { Message } from "../../src/estate/message.js";
import { route, RouteInputError, type RouteOptions } from "../../src/estate/route.js";
import { parsePoolModel } from "../../src/model/parse-pool-model.js";
import { estates, readEstate, root } from "./estates.js";

const load = (name: string) => loadEstate(readEstate(join(estates, name)));
/** The hops as `from -kind-> to` with their marks, for compact expectations. */
const path = (r: ReturnType<typeof route>) =>
  r.hops.map(
    (h) =>
      `${h.from} -${h.kind}-> ${h.to}${h.virtual ? ` (${h.virtual})` : ""}${h.outside ? " outside" : ""}${h.loop ? " loop" : h.repeat ? " repeat" : ""}`,
  );

describe("follow-the-sun across three servers", () => {
  const estate = load("follow-the-sun");
  const critical: Message = { node: "db1.example.com", severity: "Critical" };

  it("sends a critical message to the centre whose office hours hold at that time", () => {
    expect(route(estate, critical, "2026-12-08T03:00Z").receivers).toEqual(["om-apac.example.com"]);
    expect(route(estate, critical, "2026-12-08T10:00Z").receivers).toEqual(["om-emea.example.com"]);
    expect(route(estate, critical, "2026-12-08T16:00Z").receivers).toEqual(["om-amer.example.com"]);
  });

  it("names the file, rule, condition and the time template that was true", () => {
    const [hop] = route(estate, critical, "2026-12-08T16:00Z").hops;
    expect(hop).toMatchObject({
      from: "db1.example.com",
      to: "om-amer.example.com",
      kind: "agent",
      file: "om-amer.example.com/etc/opt/OV/share/conf/OpC/mgmt_sv/respmgrs/allnodes",
      rule: "critical and major messages follow the sun",
      condition: { description: "critical messages" },
      template: { name: "americas-office-hours", holds: true, local: "Tuesday 2026-12-08 16:00", zone: "UTC+00:00" },
    });
  });

  it("on Sunday and on Christmas Day uses $OPC_PRIMARY_MGR, which bbc_inst_defaults names", () => {
    const sunday = route(estate, critical, "2026-12-06T03:00Z");
    expect(sunday.receivers).toEqual(["om-emea.example.com"]);
    expect(sunday.hops[0]!.template!.name).toBe("$OPC_ALWAYS");
    expect(route(estate, critical, "2026-12-25T10:00Z").hops[0]!.template!.name).toBe("$OPC_ALWAYS");
  });

  it("reads the templates on the node's clock: --tz, else the offset of the instant", () => {
    expect(route(estate, critical, "2026-12-08T07:30+01:00").receivers).toEqual(["om-emea.example.com"]);
    expect(route(estate, critical, "2026-12-08T07:30+01:00", { tz: "UTC" }).receivers).toEqual(["om-apac.example.com"]);
    expect(route(estate, critical, "2026-12-08T07:30+01:00", { tz: "Asia/Tokyo" }).receivers).toEqual(["om-amer.example.com"]);
  });

  it("leaves the draft under work_respmgrs out and reports it", () => {
    expect(estate.notes).toContainEqual({
      type: "draft",
      path: "om-emea.example.com/etc/opt/OV/share/conf/OpC/mgmt_sv/work_respmgrs/allnodes",
    });
  });
});

describe("competence centres by message group", () => {
  const estate = load("competence-centres");

  it("forwards database messages as a notification, and shows where operators may escalate critical ones", () => {
    const r = route(estate, { node: "db1.example.com", msggrp: "Database", severity: "Critical" }, "2026-12-08T10:00Z");
    expect(path(r)).toEqual([
      "db1.example.com -agent-> om-central.example.com",
      "om-central.example.com -notify-> om-dba.example.com",
      "om-dba.example.com -escalate-> om-vendor.example.net outside",
    ]);
    expect(r.receivers).toEqual(["om-central.example.com", "om-dba.example.com"]);
    expect(r.assumptions.map((a) => a.id)).toContain("escalation-not-followed");
  });

  it("forwards network messages with control; the network centre only logs normal ones", () => {
    const r = route(estate, { node: "sw1.example.com", msggrp: "Network", severity: "Normal" }, "2026-12-08T10:00Z");
    expect(path(r)).toEqual([
      "sw1.example.com -agent-> om-central.example.com",
      "om-central.example.com -controlling-> om-net.example.com",
      "om-net.example.com -logonly-> om-net.example.com",
    ]);
    expect(r.receivers).toEqual(["om-central.example.com", "om-net.example.com"]);
  });

  it("keeps other messages on the central server and says no forwarding rule matched", () => {
    const r = route(estate, { node: "web1.example.com", msggrp: "Web" }, "2026-12-08T10:00Z");
    expect(r.receivers).toEqual(["om-central.example.com"]);
    expect(r.notes).toEqual([
      { server: "om-central.example.com", file: "om-central.example.com/msgforw", line: null, text: "no rule matches" },
    ]);
  });
});

describe("service hours and a maintenance outage", () => {
  const estate = load("service-hours");

  it("suppresses db1's messages in the Saturday maintenance window while the switch is on: nobody keeps them", () => {
    const r = route(estate, { node: "db1.example.com" }, "2026-12-05T23:00Z");
    expect(path(r)).toEqual(["db1.example.com -agent-> om1.example.com", "om1.example.com -suppressed-> om1.example.com"]);
    expect(r.hops[1]).toMatchObject({ rule: "db1 maintenance window", template: { name: "saturday-maintenance", holds: true } });
    expect(r.receivers).toEqual([]);
  });

  it("lets db1's messages through outside the window", () => {
    expect(route(estate, { node: "db1.example.com" }, "2026-12-05T21:00Z").receivers).toEqual(["om1.example.com"]);
  });

  it("holds backup messages back outside service hours and lets them through within", () => {
    const weekend = route(estate, { node: "app1.example.com", msggrp: "Backup" }, "2026-12-05T23:00Z");
    expect(path(weekend)[1]).toBe("om1.example.com -buffered-> om1.example.com");
    expect(weekend.hops[1]!.template).toMatchObject({ name: "office-hours", holds: false });
    expect(weekend.receivers).toEqual(["om1.example.com"]);
    const monday = route(estate, { node: "app1.example.com", msggrp: "Backup" }, "2026-12-07T09:00Z");
    expect(path(monday)).toEqual(["app1.example.com -agent-> om1.example.com"]);
    expect(monday.notes.map((n) => n.text)).toEqual(['within the service hours of "office-hours"']);
  });
});

describe("HP's pool: agent → virtual interface → member → hot-sync copy on the other member", () => {
  const estate = load("hp-pool");

  it("resolves the virtual interface to its first member and synchronises to the other", () => {
    const r = route(estate, { node: "web1.example.com" }, "2026-12-08T10:00Z");
    expect(path(r)).toEqual([
      "web1.example.com -agent-> om1.example.com (om-pool.example.com)",
      "om1.example.com -controlling-> om2.example.com",
      "om2.example.com -controlling-> om1.example.com loop",
    ]);
    expect(r.receivers).toEqual(["om1.example.com", "om2.example.com"]);
  });

  it("uses the holder --holder names", () => {
    const r = route(estate, { node: "web1.example.com" }, "2026-12-08T10:00Z", { holder: "om2.example.com" });
    expect(path(r).slice(0, 2)).toEqual([
      "web1.example.com -agent-> om2.example.com (om-pool.example.com)",
      "om2.example.com -controlling-> om1.example.com",
    ]);
  });
});

describe("a three-level hierarchy: sender → virtual interface → upper server", () => {
  it("reaches the sender, both members and head office, outside the estate", () => {
    const r = route(load("three-levels"), { node: "app1.example.com" }, "2026-12-08T10:00Z");
    expect(path(r)).toEqual([
      "app1.example.com -agent-> om-east.example.com",
      "om-east.example.com -controlling-> om1.example.com (om-pool.example.com)",
      "om1.example.com -controlling-> om2.example.com",
      "om1.example.com -controlling-> om-hq.example.com outside",
      "om2.example.com -controlling-> om1.example.com loop",
      "om2.example.com -controlling-> om-hq.example.com outside repeat",
    ]);
    expect(r.receivers).toEqual(["om-east.example.com", "om1.example.com", "om2.example.com", "om-hq.example.com"]);
  });

  it("stops at the first server that receives a forwarded message with --forwarded once", () => {
    const r = route(load("three-levels"), { node: "app1.example.com" }, "2026-12-08T10:00Z", { forwarded: "once" });
    expect(r.receivers).toEqual(["om-east.example.com", "om1.example.com"]);
    expect(r.assumptions.map((a) => a.id)).toContain("forwarded-once");
  });

  it("routes generate's own output with its pool model", () => {
    const folder = join(root, "examples/pools/three-levels");
    const model = parsePoolModel(readFileSync(join(folder, "pool.yaml"), "utf8"), "pool.yaml");
    const r = route(loadEstate(readEstate(folder), { pool: model }), { node: "app1.example.com" }, "2026-12-08T10:00Z");
    expect(r.receivers).toEqual(["om1.example.com", "om2.example.com", "om-hq.example.com"]);
    expect(r.hops[1]).toMatchObject({ file: "core/msgforw", from: "om1.example.com" });
    expect(r.hops[0]).toMatchObject({ file: "core/allnodes", to: "om1.example.com", virtual: "om-pool.example.com" });
  });
});

describe("a loop", () => {
  it("ends where the message comes back, and marks the hop", () => {
    const r = route(load("loop"), { node: "app1.example.com" }, "2026-12-08T10:00Z");
    expect(path(r)).toEqual([
      "app1.example.com -agent-> om-a.example.com",
      "om-a.example.com -notify-> om-b.example.com",
      "om-b.example.com -notify-> om-c.example.com",
      "om-c.example.com -notify-> om-a.example.com loop",
    ]);
  });
});

describe("undocumented agent behaviour", () => {
  const allnodes = (target: string) => `TIMETEMPLATES
  TIMETEMPLATE "nights"
    DESCRIPTION "nights"
    TIMETMPLCONDS
      TIMETMPLCOND
        TIMECONDTYPE Match
        TIME FROM 0:00 TO 6:00
RESPMGRCONFIGS
  RESPMGRCONFIG
    DESCRIPTION "x"
    SECONDARYMANAGERS
    ACTIONALLOWMANAGERS
    MSGTARGETRULES
      MSGTARGETRULE
        DESCRIPTION "database at night"
        MSGTARGETRULECONDS
          MSGTARGETRULECOND
            DESCRIPTION "database"
            MSGGRP "Database"
        MSGTARGETMANAGERS
          MSGTARGETMANAGER
            TIMETEMPLATE "nights"
            OPCMGR IP 0.0.0.0 "${target}"
`;
  const files: EstateInput[] = [
    { path: "om1.example.com/allnodes", text: allnodes("om-night.example.com") },
    { path: "om1.example.com/bbc_inst_defaults", text: "[eaagt]\nOPC_PRIMARY_MGR=om1.example.com\n" },
  ];
  const estate = loadEstate(files);

  it("sends a message no rule matches to the primary manager, or nowhere with unmatched: none", () => {
    const r = route(estate, { node: "n.example.com", msggrp: "Web" }, "2026-12-08T10:00Z");
    expect(r.hops).toEqual([
      {
        from: "n.example.com",
        to: "om1.example.com",
        kind: "agent",
        file: "om1.example.com/allnodes",
        line: null,
        rule: null,
        assumption: "agent-unmatched-primary",
      },
    ]);
    const none = route(estate, { node: "n.example.com", msggrp: "Web" }, "2026-12-08T10:00Z", { unmatched: "none" });
    expect(none.receivers).toEqual([]);
    expect(none.assumptions.map((a) => a.id)).toEqual(["agent-unmatched-none"]);
  });

  it("ends the route where a rule matches but no target is active, and marks a target outside the estate", () => {
    const day = route(estate, { node: "n.example.com", msggrp: "Database" }, "2026-12-08T10:00Z");
    expect(day.receivers).toEqual([]);
    expect(day.assumptions.map((a) => a.id)).toEqual(["agent-no-active-target"]);
    const night = route(estate, { node: "n.example.com", msggrp: "Database" }, "2026-12-08T01:00Z");
    expect(path(night)).toEqual(["n.example.com -agent-> om-night.example.com outside"]);
    expect(night.receivers).toEqual(["om-night.example.com"]);
  });

  it("says so when the agent's matching rule has message operations instead of targets", () => {
    const ops = allnodes("x").replace(
      / {8}MSGTARGETMANAGERS[^]*$/,
      "        MSGOPERATIONS\n          MSGOPERATION\n            SUPPRESS\n",
    );
    const r = route(
      loadEstate([{ path: "om1.example.com/allnodes", text: ops }]),
      { node: "n.example.com", msggrp: "Database" },
      "2026-12-08T01:00Z",
    );
    expect(r.hops).toEqual([]);
    expect(r.notes.map((n) => n.text)).toEqual([
      "the matching rule has message operations, which an agent file cannot have (HP2046): the message goes nowhere",
    ]);
  });

  it("prefers the node-specific file named by the node's address", () => {
    const withNodeFile = loadEstate([...files, { path: "om1.example.com/c0000207", text: allnodes("om-other.example.com") }]);
    const r = route(withNodeFile, { node: "n.example.com", nodeIp: "192.0.2.7", msggrp: "Database" }, "2026-12-08T01:00Z");
    expect(r.hops[0]).toMatchObject({ file: "om1.example.com/c0000207", to: "om-other.example.com" });
  });
});

describe("bad input", () => {
  const estate = load("loop");
  const bad =
    (at: string, options: RouteOptions = {}, message: Message = { node: "n" }) =>
    () =>
      route(estate, message, at, options);

  it("refuses an instant without offset, an unknown zone, a holder that is no member and a bad address", () => {
    expect(bad("2026-12-08T10:00")).toThrow(
      new RouteInputError('"2026-12-08T10:00" is not an ISO 8601 date and time with an offset, such as 2026-12-06T03:00+01:00'),
    );
    expect(bad("2026-12-08T10:00Z", { tz: "Mars/Base" })).toThrow(/--tz "Mars\/Base" is not a time zone/);
    expect(bad("2026-12-08T10:00Z", { holder: "om-a.example.com" })).toThrow(/not a member of any pool/);
    expect(bad("2026-12-08T10:00Z", {}, { node: "n", nodeIp: "10.0.0.256" })).toThrow(/not an IPv4 address/);
  });
});
