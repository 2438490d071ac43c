#!/usr/bin/env node
/**
 * Routing at scale (issue #15): an estate of 20 servers and 1,000 managed nodes'
 * node-specific files, loaded with `loadEstate` and routed with `route` from the
 * built library, and routed end to end by the built CLI (`hpom-lint route`).
 *
 *   import { estateFiles, measureRoute } from "./estate.mjs"
 *   node bench/estate.mjs [nodes]          (default 1000; prints the figures)
 *
 * The estate is deterministic (a seeded PRNG, as in generate.mjs): four regions,
 * each a pool of two members (their bbc_inst_defaults name the region's virtual
 * interface) with a database and a network centre; a head-office pool of two, an
 * archive and two global centres. Every node's file is installed on both
 * members of its region's pool and follows the sun across the regions; the
 * members synchronise, forward by message group to their centres and critical
 * messages to head office, which keeps them and passes them on to the archive.
 * Each msgforw has a few hundred node-specific rules before the general ones, as
 * a grown file has, so matching has work to do.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { prng } from "./generate.mjs";

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH);
const REGIONS = ["emea", "amer", "apac", "lat"];
const GROUPS = ["Database", "Network", "Backup", "OS", "Security", "Job"];
const SEVERITIES = ["Critical", "Major", "Minor", "Warning", "Normal"];
/** Node-specific rules at the head of each region's msgforw. */
const SPECIFIC_RULES = 300;

const host = (name) => `${name}.example.com`;
const members = (region) => [host(`om-${region}1`), host(`om-${region}2`)];
/** Node i: its address, the name its file is saved under (the address in hex) and its region. */
const node = (i) => ({
  ip: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
  hex: (10 * 2 ** 24 + i).toString(16).padStart(8, "0"),
  name: host(`n${i}`),
  region: REGIONS[i % REGIONS.length],
});

const SHIFTS = [
  ["emea-hours", 7, 15],
  ["amer-hours", 15, 23],
  ["apac-hours", 0, 7],
];
const TEMPLATES =
  "TIMETEMPLATES\n" +
  SHIFTS.map(
    ([name, from, to]) =>
      `  TIMETEMPLATE "${name}"\n    DESCRIPTION "${name}"\n    TIMETMPLCONDS\n` +
      "      TIMETMPLCOND\n        TIMECONDTYPE Suppress\n        DATE ON 12/25/*\n" +
      `      TIMETMPLCOND\n        TIMECONDTYPE Match\n        TIME FROM ${from}:00 TO ${to}:00\n        WEEKDAY FROM Monday TO Friday\n`,
  ).join("");

const condition = (lines) => `          MSGTARGETRULECOND\n            DESCRIPTION "c"\n${lines.map((l) => `            ${l}\n`).join("")}`;
const target = (template, manager, attribute) =>
  `          MSGTARGETMANAGER\n            TIMETEMPLATE "${template}"\n            OPCMGR IP 0.0.0.0 "${manager}"\n` +
  (attribute ? `            ${attribute}\n` : "");
const rule = (description, conditions, targets, ack = false) =>
  `      MSGTARGETRULE\n        DESCRIPTION "${description}"\n        MSGTARGETRULECONDS\n${conditions.join("")}` +
  `        MSGTARGETMANAGERS\n${targets.join("")}${ack ? "        ACKNONLOCALMGR\n" : ""}`;
const config = (description, rules, managers = []) =>
  `RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "${description}"\n` +
  (managers.length
    ? `    SECONDARYMANAGERS\n${managers.map((m) => `      SECONDARYMANAGER\n        NODE IP 0.0.0.0 "${m}"\n`).join("")}` +
      `    ACTIONALLOWMANAGERS\n${[...managers, "$OPC_PRIMARY_MGR"].map((m) => `      ACTIONALLOWMANAGER\n        NODE IP 0.0.0.0 "${m}"\n`).join("")}`
    : "") +
  `    MSGTARGETRULES\n${rules.join("")}`;

/** A node's agent file: its own region's pool for its own groups, the other regions' pools by the sun, else the primary. */
function nodeFile(i, random) {
  const own = node(i);
  const pools = REGIONS.map((r) => host(`om-${r}`));
  const groups = GROUPS.filter(() => random() < 0.5);
  const rules = groups.map((g) =>
    rule(`${g} messages of ${own.name}`, [condition([`MSGGRP "${g}"`])], [target("$OPC_ALWAYS", host(`om-${own.region}`))]),
  );
  rules.push(
    rule(
      "critical messages follow the sun",
      [condition(["SEVERITY Critical"]), condition(["SEVERITY Major"])],
      [...SHIFTS.map(([t], s) => target(t, pools[s])), target("$OPC_ALWAYS", "$OPC_PRIMARY_MGR")],
    ),
    rule("everything else", [], [target("$OPC_ALWAYS", "$OPC_PRIMARY_MGR")]),
  );
  return `# node ${own.ip} (${own.name})\n${TEMPLATES}${config(`managers of ${own.name}`, rules, pools)}`;
}

/** A region member's msgforw: node-specific rules, then hot synchronisation, the centres and head office. */
function regionMsgforw(region, self, random) {
  const other = members(region).find((m) => m !== self);
  const rules = [];
  for (let r = 0; r < SPECIFIC_RULES; r++) {
    const n = node(Math.floor(random() * 1_000_000) + 2_000_000);
    const severity = SEVERITIES[Math.floor(random() * SEVERITIES.length)];
    rules.push(
      rule(
        `node ${n.name}`,
        [condition([`NODE IP ${n.ip} "${n.name}"`, `SEVERITY ${severity}`])],
        [target("$OPC_ALWAYS", host(`om-${region}-dba`), "NOTIFYMGR")],
      ),
    );
  }
  const centre = (g, c) =>
    rule(
      `${g} to the ${c} centre`,
      [condition([`MSGGRP "${g}"`])],
      [target("$OPC_ALWAYS", host(`om-${region}-${c}`), "NOTIFYMGR"), target("$OPC_ALWAYS", other, "MSGCONTROLLINGMGR")],
    );
  rules.push(
    centre("Database", "dba"),
    centre("Network", "net"),
    rule(
      "critical to head office",
      [condition(["SEVERITY Critical"])],
      [target("$OPC_ALWAYS", other, "MSGCONTROLLINGMGR"), target("$OPC_ALWAYS", host("om-hq"), "MSGCONTROLLINGMGR")],
      true,
    ),
    rule("hot synchronisation", [], [target("$OPC_ALWAYS", other, "MSGCONTROLLINGMGR")]),
  );
  return `${TEMPLATES}${config(`forwarding of ${self}`, rules)}`;
}

const OUTAGE =
  'TIMETEMPLATES\n  TIMETEMPLATE "sunday-maintenance"\n    DESCRIPTION "patches"\n    TIMEZONETYPE Fix\n    TIMEZONEVALUE "UTC"\n' +
  "    TIMETMPLCONDS\n      TIMETMPLCOND\n        TIMECONDTYPE Match\n        TIME FROM 2:00 TO 4:00\n        WEEKDAY ON Sunday\n" +
  'RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "outages"\n    MSGTARGETRULES\n' +
  '      MSGTARGETRULE\n        DESCRIPTION "quiet during maintenance"\n        MSGTARGETRULECONDS\n' +
  '          MSGTARGETRULECOND\n            DESCRIPTION "not critical"\n            MSGCONDTYPE Suppress\n            SEVERITY Critical\n' +
  '          MSGTARGETRULECOND\n            DESCRIPTION "the rest"\n' +
  '        MSGOPERATIONS\n          MSGOPERATION\n            TIMETEMPLATE "sunday-maintenance"\n            LOGONLY\n';

/** Every file of the estate, `{ path, text }` with paths below the estate folder, and the routes to time. */
export function estateFiles(nodes = 1000, seed = 1) {
  const random = prng(seed);
  const files = [];
  const add = (server, name, text) => files.push({ path: `${server}/${name}`, text });
  const agents = [];
  for (let i = 0; i < nodes; i++) agents.push(nodeFile(i, random));
  for (const region of REGIONS) {
    const allnodes = `${TEMPLATES}${config(`nodes of ${region}`, [rule("everything", [], [target("$OPC_ALWAYS", "$OPC_PRIMARY_MGR")])], members(region))}`;
    for (const m of members(region)) {
      add(m, "bbc_inst_defaults", `[eaagt]\nOPC_PRIMARY_MGR=${host(`om-${region}`)}\n`);
      add(m, "allnodes", allnodes);
      add(m, "msgforw", regionMsgforw(region, m, random));
      for (let i = REGIONS.indexOf(region); i < nodes; i += REGIONS.length) add(m, node(i).hex, agents[i]);
    }
    add(host(`om-${region}-dba`), "outage", OUTAGE);
    add(
      host(`om-${region}-dba`),
      "escmgr",
      config("escalation", [
        rule("critical to the vendor", [condition(["SEVERITY Critical"])], [target("$OPC_ALWAYS", host("om-dba-global"))]),
      ]),
    );
    add(host(`om-${region}-net`), "outage", OUTAGE);
    add(
      host(`om-${region}-net`),
      "msgforw",
      config("global network", [rule("network to the global centre", [], [target("$OPC_ALWAYS", host("om-net-global"), "NOTIFYMGR")])]),
    );
  }
  for (const m of [host("om-hq1"), host("om-hq2")]) {
    add(m, "bbc_inst_defaults", `[eaagt]\nOPC_PRIMARY_MGR=${host("om-hq")}\n`);
    const other = m === host("om-hq1") ? host("om-hq2") : host("om-hq1");
    add(
      m,
      "msgforw",
      config("head office", [
        rule(
          "to the archive and the other member",
          [],
          [target("$OPC_ALWAYS", other, "MSGCONTROLLINGMGR"), target("$OPC_ALWAYS", host("om-archive"), "NOTIFYMGR")],
        ),
      ]),
    );
  }
  add(host("om-archive"), "outage", OUTAGE);
  add(host("om-net-global"), "outage", OUTAGE);
  const at = ["2026-12-08T10:00Z", "2026-12-08T16:30Z", "2026-12-09T03:00Z", "2026-12-06T03:00Z", "2026-12-25T10:00Z"];
  const routes = [];
  for (let r = 0; r < 20; r++) {
    const n = node(Math.floor(random() * nodes));
    routes.push({
      message: { node: n.name, nodeIp: n.ip, severity: SEVERITIES[r % SEVERITIES.length], msggrp: GROUPS[r % GROUPS.length] },
      at: at[r % at.length],
    });
  }
  return { files, routes, servers: new Set(files.map((f) => f.path.split("/")[0])).size, nodes };
}

/** Writes the estate into `dir` (reused when it holds it already) for the CLI, and returns `dir`. */
export function estateFolder(
  nodes = 1000,
  dir = join(
    BENCH,
    "out",
    `estate-${nodes}-${createHash("sha256")
      .update(nodeFile.toString() + regionMsgforw.toString())
      .digest("hex")
      .slice(0, 8)}`,
  ),
) {
  const { files } = estateFiles(nodes);
  if (existsSync(dir) && readdirSync(dir, { recursive: true }).length >= files.length) return dir;
  rmSync(dir, { recursive: true, force: true });
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.text);
  }
  return dir;
}

/**
 * Loads the estate and routes its messages with `lib` (`loadEstate`, `route` of the built library),
 * best of `runs` after a warm-up, and the CLI's `hpom-lint route` on the folder, best of `runs`.
 */
export function measureRoute(lib, nodes = 1000, runs = 5) {
  const { files, routes, servers } = estateFiles(nodes);
  const bytes = files.reduce((n, f) => n + f.text.length, 0);
  let estate = lib.loadEstate(files);
  const bad = estate.notes.filter((n) => n.type !== "draft");
  if (bad.length) throw new Error(`the generated estate should load clean, got ${JSON.stringify(bad[0])}`);
  const routeAll = () => routes.map((r) => lib.route(estate, r.message, r.at));
  const results = routeAll();
  const hops = results.reduce((n, r) => n + r.hops.length, 0);
  if (results.some((r) => r.receivers.length === 0)) throw new Error("every generated route should reach a server");
  let loadMs = Infinity;
  let routeMs = Infinity;
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    let start = performance.now();
    estate = lib.loadEstate(files);
    loadMs = Math.min(loadMs, performance.now() - start);
    start = performance.now();
    routeAll();
    routeMs = Math.min(routeMs, (performance.now() - start) / routes.length);
  }
  const dir = estateFolder(nodes);
  let cliMs = Infinity;
  const first = routes[0];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const args = [join(ROOT, "bin", "hpom-lint.js"), "route", dir, "--node", first.message.node, "--node-ip", first.message.nodeIp];
    args.push("--severity", first.message.severity, "--msggrp", first.message.msggrp, "--at", first.at, "--format", "json");
    const out = JSON.parse(execFileSync(process.execPath, args, { maxBuffer: 1 << 28 }).toString("utf8"));
    cliMs = Math.min(cliMs, performance.now() - start);
    if (out.receivers.length === 0) throw new Error("the CLI's route should reach a server");
  }
  return { servers, nodes, files: files.length, bytes, routes: routes.length, hops, loadMs, routeMs, cliMs };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const lib = await import(pathToFileURL(join(ROOT, "dist", "index.js")).href);
  const r = measureRoute(lib, Number(process.argv[2] ?? 1000));
  console.log(
    `${r.servers} servers, ${r.nodes} nodes, ${r.files} files (${(r.bytes / 2 ** 20).toFixed(1)} MB): load ${r.loadMs.toFixed(0)} ms, ` +
      `route ${r.routeMs.toFixed(2)} ms (${r.routes} routes, ${r.hops} hops), hpom-lint route ${r.cliMs.toFixed(0)} ms`,
  );
}
