/**
 * Properties of `route` against the linter and the generator (fast-check; a
 * failure prints its seed and counterexample):
 * (a) a rule HP2025 calls unreachable never appears in a route, in an agent
 *     file, a msgforw or an outage file;
 * (b) at a time HP2044 names as a gap of a rule, a message that rule takes
 *     reaches nobody;
 * (c) a message of a node served by a pool generated from each example model
 *     reaches a member of the pool and the hot-sync copy on every other member.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generate, lint } from "../../src/index.js";
import { loadEstate, type EstateInput } from "../../src/estate/load.js";
import type { Message, MessageSeverity } from "../../src/estate/message.js";
import { route, type RouteResult } from "../../src/estate/route.js";
import { parsePoolModel } from "../../src/model/parse-pool-model.js";
import { root } from "../estate/estates.js";

const RUNS = { numRuns: 120 };

const SEVERITIES: MessageSeverity[] = ["Critical", "Major", "Normal"];
const GROUPS = ["Database", "Network", "Backup"];
const NODES = ["db1.example.com", "web1.example.com"];
const TEMPLATES = ["t0", "t1", "t2"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const SERVER = "om1.example.com";
/** Mondays of three weeks: an ordinary one, Christmas week (a DATE part may hold) and one in spring. */
const MONDAYS = [Date.UTC(2026, 11, 7), Date.UTC(2026, 11, 21), Date.UTC(2027, 2, 1)];
const OFFSETS = ["Z", "+01:00", "-05:00", "+05:30"];
const MINUTES_PER_WEEK = 7 * 24 * 60;

// ---- generated files, as text with the lines of each rule recorded ----

interface Condition {
  type: "Match" | "Suppress" | "Unmatch" | null;
  severity: MessageSeverity | null;
  msggrp: string | null;
  node: string | null;
}

interface TimeCondition {
  type: "Match" | "Suppress";
  hours: [number, number];
  /** First and last weekday (Monday = 0), or null for every day. */
  days: [number, number] | null;
  /** A holiday excluded on this condition's hours: only with Suppress, so it never adds time the week view lacks. */
  date: string | null;
}

interface Target {
  template: string;
  manager: string;
}

interface Rule {
  conditions: Condition[];
  /** Targets (agent file, msgforw) or operations (outage file). */
  targets: Target[];
}

const condition: fc.Arbitrary<Condition> = fc.record({
  type: fc.constantFrom("Match" as const, "Suppress" as const, "Unmatch" as const, null),
  severity: fc.option(fc.constantFrom(...SEVERITIES)),
  msggrp: fc.option(fc.constantFrom(...GROUPS)),
  node: fc.option(fc.constantFrom(...NODES)),
});

const timeCondition: fc.Arbitrary<TimeCondition> = fc
  .record({
    suppress: fc.boolean(),
    from: fc.integer({ min: 0, max: 23 }),
    length: fc.integer({ min: 1, max: 24 }),
    days: fc.option(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }))),
    date: fc.option(fc.constantFrom("12/24/*", "12/25/*", "03/02/2027")),
  })
  .map(({ suppress, from, length, days, date }) => ({
    type: suppress ? "Suppress" : "Match",
    hours: [from, Math.min(24, from + length)],
    days: days && [Math.min(...days), Math.max(...days)],
    date: suppress ? date : null,
  }));

const templates = fc.array(fc.array(timeCondition, { minLength: 1, maxLength: 3 }), {
  minLength: TEMPLATES.length,
  maxLength: TEMPLATES.length,
});

function target(managers: readonly string[], always: number): fc.Arbitrary<Target> {
  return fc.record({
    template: fc.oneof({ weight: always, arbitrary: fc.constant("$OPC_ALWAYS") }, { weight: 4, arbitrary: fc.constantFrom(...TEMPLATES) }),
    manager: fc.constantFrom(...managers),
  });
}

/** A file of `rules` as text, and the first and last line of each rule. */
function fileText(
  kind: "agent" | "msgforw" | "outage",
  times: TimeCondition[][],
  rules: Rule[],
): { text: string; lines: [number, number][] } {
  const out = ["TIMETEMPLATES"];
  times.forEach((conditions, i) => {
    out.push(`  TIMETEMPLATE "${TEMPLATES[i]}"`, `    DESCRIPTION "${TEMPLATES[i]}"`, "    TIMETMPLCONDS");
    for (const c of conditions) {
      out.push("      TIMETMPLCOND", `        TIMECONDTYPE ${c.type}`, `        TIME FROM ${c.hours[0]}:00 TO ${c.hours[1]}:00`);
      if (c.days)
        out.push(
          c.days[0] === c.days[1]
            ? `        WEEKDAY ON ${WEEKDAYS[c.days[0]]}`
            : `        WEEKDAY FROM ${WEEKDAYS[c.days[0]]} TO ${WEEKDAYS[c.days[1]]}`,
        );
      if (c.date) out.push(`        DATE ON ${c.date}`);
    }
  });
  out.push("RESPMGRCONFIGS", "  RESPMGRCONFIG", '    DESCRIPTION "generated"');
  if (kind === "agent")
    out.push("    SECONDARYMANAGERS", "    ACTIONALLOWMANAGERS", "      ACTIONALLOWMANAGER", '        NODE IP 0.0.0.0 "$OPC_PRIMARY_MGR"');
  out.push("    MSGTARGETRULES");
  const lines: [number, number][] = [];
  rules.forEach((rule, r) => {
    const first = out.length + 1;
    out.push("      MSGTARGETRULE", `        DESCRIPTION "rule ${r}"`, "        MSGTARGETRULECONDS");
    for (const c of rule.conditions) {
      out.push("          MSGTARGETRULECOND", '            DESCRIPTION "condition"');
      if (c.type) out.push(`            MSGCONDTYPE ${c.type}`);
      if (c.severity) out.push(`            SEVERITY ${c.severity}`);
      if (c.msggrp) out.push(`            MSGGRP "${c.msggrp}"`);
      if (c.node) out.push(`            NODE IP 0.0.0.0 "${c.node}"`);
    }
    if (kind === "outage") {
      out.push("        MSGOPERATIONS");
      for (const t of rule.targets) {
        out.push("          MSGOPERATION");
        if (t.template !== "$OPC_ALWAYS") out.push(`            TIMETEMPLATE "${t.template}"`);
        out.push(`            ${t.manager}`);
      }
    } else {
      out.push("        MSGTARGETMANAGERS");
      for (const t of rule.targets)
        out.push("          MSGTARGETMANAGER", `            TIMETEMPLATE "${t.template}"`, `            OPCMGR IP 0.0.0.0 "${t.manager}"`);
    }
    lines.push([first, out.length]);
  });
  return { text: `${out.join("\n")}\n`, lines };
}

/** An agent file that sends every message to om1. */
const TO_SERVER = fileText("agent", [], [{ conditions: [], targets: [{ template: "$OPC_ALWAYS", manager: SERVER }] }]).text;

/** The instant `minute` minutes into the week of `monday`, written on a clock `offset` from UTC. */
function instant(monday: number, minute: number, offset: string): string {
  return `${new Date(monday + minute * 60_000).toISOString().slice(0, 16)}${offset}`;
}

const message: fc.Arbitrary<Message> = fc.record(
  {
    node: fc.constantFrom(...NODES, "app1.example.com"),
    severity: fc.constantFrom(...SEVERITIES),
    msggrp: fc.constantFrom(...GROUPS),
  },
  { requiredKeys: ["node"] },
);

const at = fc
  .record({
    monday: fc.constantFrom(...MONDAYS),
    minute: fc.integer({ min: 0, max: MINUTES_PER_WEEK - 1 }),
    offset: fc.constantFrom(...OFFSETS),
  })
  .map(({ monday, minute, offset }) => instant(monday, minute, offset));

/** Every line of `path` a route names: hops, their conditions and templates, and notes. */
function linesNamed(r: RouteResult, path: string): number[] {
  const lines: number[] = [];
  for (const hop of r.hops) {
    if (hop.file !== path) continue;
    if (hop.line !== null) lines.push(hop.line);
    if (hop.condition) lines.push(hop.condition.line);
  }
  for (const note of r.notes) if (note.file === path && note.line !== null) lines.push(note.line);
  return lines;
}

describe("route and the linter agree", () => {
  const kinds = {
    agent: { path: `${SERVER}/allnodes`, managers: [SERVER, "om2.example.com", "$OPC_PRIMARY_MGR"], ops: false },
    msgforw: { path: `${SERVER}/msgforw`, managers: ["om2.example.com", "om3.example.com"], ops: false },
    outage: { path: `${SERVER}/outage`, managers: ["SUPPRESS", "LOGONLY", "INSERVICE"], ops: true },
  } as const;

  for (const [kind, { path, managers }] of Object.entries(kinds) as [keyof typeof kinds, (typeof kinds)[keyof typeof kinds]][]) {
    it(`never routes through a rule HP2025 calls unreachable (${kind})`, () => {
      let unreachable = 0;
      const rules = fc.array(
        fc.record({
          conditions: fc.array(condition, { maxLength: 3 }),
          targets: fc.array(target(managers, 2), { minLength: 1, maxLength: 3 }),
        }),
        { minLength: 2, maxLength: 5 },
      );
      fc.assert(
        fc.property(templates, rules, fc.array(fc.tuple(message, at), { minLength: 1, maxLength: 8 }), (times, list, messages) => {
          const { text, lines } = fileText(kind, times, list);
          const flagged = lint(text, { filename: path })
            .filter((d) => d.code === "HP2025")
            .map((d) => lines.find(([first]) => first === d.range.start.line)!);
          unreachable += flagged.length;
          const files: EstateInput[] = [{ path, text }];
          if (kind !== "agent") files.push({ path: `${SERVER}/allnodes`, text: TO_SERVER });
          const estate = loadEstate(files);
          for (const [m, instantAt] of messages)
            for (const line of linesNamed(route(estate, m, instantAt), path))
              expect(
                flagged.some(([first, last]) => line >= first && line <= last),
                `line ${line} of\n${text}`,
              ).toBe(false);
        }),
        RUNS,
      );
      // The generator makes unreachable rules often enough that the property is not vacuous.
      expect(unreachable).toBeGreaterThan(10);
    });
  }

  it("routes a message to nobody at a time HP2044 names as a gap of the rule that takes it", () => {
    let gaps = 0;
    // One rule per message group, so that a message of group i is taken by rule i.
    const rules = fc.array(fc.array(target([SERVER, "om2.example.com"], 1), { minLength: 1, maxLength: 3 }), {
      minLength: 1,
      maxLength: GROUPS.length,
    });
    const choice = fc.record({
      rule: fc.nat(),
      gap: fc.nat(),
      within: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      monday: fc.constantFrom(...MONDAYS),
      offset: fc.constantFrom(...OFFSETS),
    });
    fc.assert(
      fc.property(templates, rules, choice, (times, targets, c) => {
        const list: Rule[] = targets.map((t, i) => ({
          conditions: [{ type: null, severity: null, msggrp: GROUPS[i]!, node: null }],
          targets: t,
        }));
        const { text, lines } = fileText("agent", times, list);
        const reports = lint(text, { filename: "allnodes" }).filter((d) => d.code === "HP2044");
        if (reports.length === 0) return;
        const report = reports[c.rule % reports.length]!;
        const rule = lines.findIndex(([first, last]) => report.range.start.line > first && report.range.start.line <= last);
        const named = gapsOf(report.message);
        const gap = named[c.gap % named.length]!;
        const minute = (gap.start + Math.floor(c.within * (gap.end - gap.start))) % MINUTES_PER_WEEK;
        const when = instant(c.monday, minute, c.offset);
        const r = route(loadEstate([{ path: `${SERVER}/allnodes`, text }]), { node: "app1.example.com", msggrp: GROUPS[rule]! }, when);
        gaps++;
        expect(r.receivers, `${when}: ${report.message}\n${text}`).toEqual([]);
        expect(r.hops).toEqual([]);
      }),
      RUNS,
    );
    expect(gaps).toBeGreaterThan(RUNS.numRuns / 4);
  });
});

/** The stretches of the week (minutes from Monday 0:00; the end may pass the week's end) an HP2044 message names. */
function gapsOf(text: string): { start: number; end: number }[] {
  const time = (h: string, m: string) => Number(h) * 60 + Number(m);
  if (text.includes("at any time of an ordinary week")) return [{ start: 0, end: MINUTES_PER_WEEK }];
  const daily = /every day between (\d+):(\d\d) and (\d+):(\d\d)( the next day)?/.exec(text);
  if (daily) {
    const from = time(daily[1]!, daily[2]!);
    const to = time(daily[3]!, daily[4]!) + (daily[5] ? 24 * 60 : 0);
    return WEEKDAYS.map((_, d) => ({ start: d * 24 * 60 + from, end: d * 24 * 60 + to }));
  }
  const out: { start: number; end: number }[] = [];
  for (const [, d1, h1, m1, d2, h2, m2] of text.matchAll(/between (\w+) (\d+):(\d\d) and (\w+) (\d+):(\d\d)/g)) {
    const start = WEEKDAYS.indexOf(d1!) * 24 * 60 + time(h1!, m1!);
    const end = WEEKDAYS.indexOf(d2!) * 24 * 60 + time(h2!, m2!);
    out.push({ start, end: end > start ? end : end + MINUTES_PER_WEEK });
  }
  if (out.length === 0) throw new Error(`no gap read from: ${text}`);
  return out;
}

describe("generated pools", () => {
  const folder = join(root, "examples/pools");
  const examples = readdirSync(folder).map((name) => {
    const model = parsePoolModel(readFileSync(join(folder, name, "pool.yaml"), "utf8"), "pool.yaml");
    const files = generate(model).map((f) => ({ path: f.path, text: f.content }));
    const assigned = model.pools.flatMap((p) =>
      (p.assignments ?? []).flatMap((a) => a.nodes.map((n) => (typeof n === "string" ? { address: n } : n))),
    );
    return { name, model, estate: loadEstate(files, { pool: model }), assigned };
  });

  it.each(examples.map((e) => [e.name, e] as const))(
    "%s: a node's message reaches a member of its pool and the copy on every other member",
    (_, { estate, model, assigned }) => {
      const members = model.pools.flatMap((p) => p.members);
      const node = fc.oneof(
        message,
        ...(assigned.length > 0
          ? [fc.record({ node: fc.constantFrom(...assigned) }).map(({ node: n }) => ({ node: n.name ?? n.address, nodeIp: n.address }))]
          : []),
      );
      fc.assert(
        fc.property(node, at, fc.option(fc.constantFrom(...members)), (m, when, holder) => {
          const r = route(estate, m, when, holder ? { holder } : {});
          const first = r.hops[0];
          const pool = estate.pools.find((p) => p.members.includes(first?.to ?? ""));
          expect(pool, JSON.stringify(r.hops)).toBeDefined();
          expect(first!.kind).toBe("agent");
          expect(pool!.virtual).toContain(first!.virtual);
          if (holder && pool!.members.includes(holder)) expect(first!.to).toBe(holder);
          for (const member of pool!.members) expect(r.receivers).toContain(member);
        }),
        { numRuns: 40 },
      );
    },
  );
});
