#!/usr/bin/env node
/**
 * Deterministic synthetic flexible-management files for the benchmark.
 *
 *   import { generate } from "./generate.mjs";  generate(10 * 2 ** 20, 1)
 *   node bench/generate.mjs 10MB [seed] > file
 *
 * The same (targetBytes, seed) always gives the same text, byte for byte: the
 * only randomness is a seeded PRNG, so timings from different runs and machines
 * are over identical input. The text is ASCII (1 char = 1 byte), uses canonical
 * two-space indentation and must parse with zero diagnostics (bench.mjs checks).
 */
import { pathToFileURL } from "node:url";

/** mulberry32: tiny, fast, good enough for test data, and fully reproducible; draws in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEVERITIES = ["Unknown", "Normal", "Warning", "Minor", "Major", "Critical"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const ROLES = ["db", "web", "app", "mail", "ldap", "dns", "backup", "batch", "proxy", "erp"];
const SITES = ["fra", "ams", "lon", "nyc", "sin", "syd"];
const MSGGRPS = ["OS", "Database", "Network", "Backup", "Security", "Job", "Hardware", "Performance", "Output", "Misc"];
const APPLICATIONS = ["Oracle", "Apache", "SAP R/3", "Tivoli Storage Manager", "syslog", "OpenView", "MQSeries", "Control-M"];
const OBJECTS = ["/var", "tablespace USERS", "eth0", "cron", "lp0", "disk c0t0d0", "listener", "queue SYSTEM.DEAD"];
const OWN_COMMENTS = [
  "# Escalation agreed with the operations centre",
  "# TODO: review after the next data-centre move",
  "# Keep in sync with the node groups in the console",
  "# Added for change request CR-2291",
  "# Night shift takes over outside business hours",
];
const TRAILING_COMMENTS = ["# primary", "# see runbook", "# CR-1042", "# temporary", "# backup site"];
const CONDSTATUSVARS = ["ora_down", "sap_down", "backup_running", "dc_failover", "maintenance"];

/**
 * Returns a flexible-management file of about `targetBytes` bytes: never more,
 * except that even a tiny target gets the time templates and one rule.
 */
export function generate(targetBytes, seed = 1) {
  if (!Number.isFinite(targetBytes) || targetBytes < 0)
    throw new RangeError(`targetBytes must be a non-negative number, got ${targetBytes}`);
  const rnd = prng(seed);
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1)); // inclusive
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const chance = (p) => rnd() < p;
  // Strings now and then carry `\"` escapes, which both scanners must handle.
  const str = (s) => (chance(0.06) ? `"${s} \\"${pick(["prod", "test", "legacy"])}\\""` : `"${s}"`);

  const chunks = [];
  let size = 0;
  // Each line gets roughly one comment per ten lines: half own-line, half trailing.
  const emit = (out, depth, text) => {
    const indent = "  ".repeat(depth);
    if (chance(0.05)) out.push(indent + pick(OWN_COMMENTS) + "\n");
    out.push(indent + text + (chance(0.05) ? "  " + pick(TRAILING_COMMENTS) : "") + "\n");
  };
  const flush = (out) => {
    const s = out.join("");
    chunks.push(s);
    size += s.length;
  };

  let out = [];
  out.push(`# Synthetic flexible-management file (bench/generate.mjs, seed ${seed})\n`);
  out.push("# Two-space indentation throughout; comments about one line in ten.\n\n");

  // --- time templates: a handful, each with several conditions ---
  const templates = ["business-hours", "night-shift", "weekend", "maintenance-window", "year-end-freeze"];
  for (let i = 0, n = int(1, 3); i < n; i++) templates.push(`site-${pick(SITES)}-${i + 1}`);
  emit(out, 0, "TIMETEMPLATES");
  for (const name of templates) {
    emit(out, 1, `TIMETEMPLATE "${name}"`);
    emit(out, 2, `DESCRIPTION "Time template ${name}"`);
    emit(out, 2, "TIMETMPLCONDS");
    for (let c = 0, n = int(1, 4); c < n; c++) {
      emit(out, 3, "TIMETMPLCOND");
      emit(out, 4, `TIMECONDTYPE ${chance(0.8) ? "Match" : "Unmatch"}`);
      if (chance(0.7)) {
        const from = int(0, 12);
        emit(out, 4, `TIME FROM ${from}:${pick(["00", "15", "30", "45"])} TO ${from + int(1, 11)}:${pick(["00", "30"])}`);
      }
      if (chance(0.6)) {
        const d = int(0, 4);
        emit(out, 4, chance(0.5) ? `WEEKDAY FROM ${WEEKDAYS[d]} TO ${WEEKDAYS[d + int(1, 2)]}` : `WEEKDAY ON ${pick(WEEKDAYS)}`);
      }
      if (chance(0.3)) {
        // Ranges run forwards within one year, as a person would write them.
        const year = pick(["2025", "2026", "*"]);
        const month = int(1, 11);
        const date = (m) => `${String(m).padStart(2, "0")}/${String(int(1, 28)).padStart(2, "0")}/${year}`;
        emit(out, 4, chance(0.5) ? `DATE ON ${date(month)}` : `DATE FROM ${date(month)} TO ${date(month + 1)}`);
      }
    }
  }
  out.push("\n");
  emit(out, 0, "CONDSTATUSVARS");
  for (const name of CONDSTATUSVARS) emit(out, 1, `CONDSTATUSVAR "${name}" ${chance(0.5) ? "True" : "False"}`);
  out.push("\n");
  emit(out, 0, "RESPMGRCONFIGS");
  flush(out);

  // --- responsible-manager configs, each with a block of target rules ---
  const managers = Array.from({ length: 8 }, (_, i) => `m${i + 1}.example.com`);
  const mgrIp = () => `IP 0.0.0.0 "${pick(managers)}"`;
  const mgrNode = () => `NODE ${mgrIp()}`;
  const refs = [...templates, "$OPC_ALWAYS"];
  let rulesLeft = 0;
  let ruleNo = 0;
  for (;;) {
    out = [];
    if (rulesLeft === 0) {
      // A new RESPMGRCONFIG every few hundred rules keeps the manager lists in proportion.
      rulesLeft = int(150, 400);
      emit(out, 1, "RESPMGRCONFIG");
      emit(out, 2, `DESCRIPTION "Responsible managers, region ${pick(SITES)}"`);
      emit(out, 2, "SECONDARYMANAGERS");
      for (let i = 0, n = int(2, 4); i < n; i++) {
        emit(out, 3, "SECONDARYMANAGER");
        emit(out, 4, mgrNode());
        if (chance(0.5)) emit(out, 4, `DESCRIPTION "Backup manager ${i + 1}"`);
      }
      emit(out, 2, "ACTIONALLOWMANAGERS");
      for (let i = 0, n = int(1, 3); i < n; i++) {
        emit(out, 3, "ACTIONALLOWMANAGER");
        emit(out, 4, chance(0.2) ? 'NODE IP 0.0.0.0 "$OPC_PRIMARY_MGR"' : mgrNode());
      }
      emit(out, 2, "MSGTARGETRULES");
    }
    rulesLeft--;
    ruleNo++;

    let leadingZero;
    const host = () => {
      const x = int(0, 255);
      const y = int(0, 255);
      const z = int(1, 254);
      const name = `"${pick(ROLES)}${int(1, 299)}.${pick(SITES)}.example.com"`;
      // Now and then an address copied with leading zeros (HP2007) or a node written as a bare name (HP2024).
      if (chance(0.002)) {
        leadingZero = true;
        return `IP 10.${x}.0${int(1, 99)}.${z} ${name}`;
      }
      if (chance(0.001)) return name;
      return `IP 10.${x}.${y}.${z} ${name}`;
    };
    emit(out, 3, "MSGTARGETRULE");
    emit(out, 4, `DESCRIPTION ${str(`Rule ${ruleNo}: forward ${pick(MSGGRPS)} messages`)}`);
    emit(out, 4, "MSGTARGETRULECONDS");
    for (let c = 0, n = int(1, 3); c < n; c++) {
      emit(out, 5, "MSGTARGETRULECOND");
      // opcmomchk requires the DESCRIPTION; a file this size has a few forgotten ones (HP2023).
      if (!chance(0.003)) emit(out, 6, `DESCRIPTION "Condition ${c + 1}"`);
      if (chance(0.8)) emit(out, 6, `SEVERITY ${pick(SEVERITIES)}`);
      if (chance(0.85)) {
        leadingZero = false;
        const nodes = `NODE ${host()}${chance(0.15) ? " " + host() : ""}`;
        // Half the findings people decided to keep are silenced inline, with a reason.
        if (leadingZero && chance(0.5))
          out.push(`${"  ".repeat(6)}# hpom-lint-disable-next-line ip-leading-zero -- as exported from the CMDB\n`);
        emit(out, 6, nodes);
      }
      if (chance(0.7)) emit(out, 6, `MSGGRP ${str(pick(MSGGRPS))}`);
      if (chance(0.5)) emit(out, 6, `APPLICATION ${str(pick(APPLICATIONS))}`);
      if (chance(0.4)) emit(out, 6, `OBJECT ${str(pick(OBJECTS))}`);
      if (chance(0.15)) emit(out, 6, `TEXT "^${pick(["ORA-", "ERROR ", "WARN ", "disk "])}<*>"`);
      // Condition status variables: declared above, but one in a thousand misspelt (HP2014).
      if (chance(0.05)) emit(out, 6, `CONDSTATUSVAR "${chance(0.001) ? "ora_dwn" : pick(CONDSTATUSVARS)}"`);
    }
    if (chance(0.06)) {
      // Some rules only suppress or log what matches, at times, instead of forwarding it.
      emit(out, 4, "MSGOPERATIONS");
      emit(out, 5, "MSGOPERATION");
      if (chance(0.7)) emit(out, 6, `TIMETEMPLATE "${pick(templates)}"`);
      emit(out, 6, pick(["SUPPRESS", "LOGONLY", "INSERVICE"]));
    } else {
      emit(out, 4, "MSGTARGETMANAGERS");
      for (let m = 0, n = int(1, 3); m < n; m++) {
        emit(out, 5, "MSGTARGETMANAGER");
        // One reference in a thousand misspells its template (HP2001, fixable).
        emit(out, 6, `TIMETEMPLATE "${chance(0.001) ? "busines-hours" : pick(refs)}"`);
        emit(out, 6, `OPCMGR ${mgrIp()}`);
        const r = rnd();
        if (r < 0.45) emit(out, 6, "MSGCONTROLLINGMGR");
        else if (r < 0.7) emit(out, 6, "NOTIFYMGR");
      }
      if (chance(0.3)) emit(out, 5, "ACKNONLOCALMGR");
    }

    const s = out.join("");
    // Stop before overshooting, but always write at least one rule so the file is non-trivial.
    if (size + s.length > targetBytes && ruleNo > 1) break;
    chunks.push(s);
    size += s.length;
  }
  return chunks.join("");
}

/** "10MB", "512KB", "1.5MB", "4096" → bytes (binary units: 1 MB = 2^20 bytes). */
export function parseSize(spec) {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(B|KB|K|MB|M|GB|G)?\s*$/i.exec(String(spec));
  if (!m) throw new Error(`bad size ${JSON.stringify(spec)}: expected e.g. 10MB, 512KB or 4096`);
  const unit = (m[2] ?? "B").toUpperCase()[0];
  const scale = { B: 1, K: 2 ** 10, M: 2 ** 20, G: 2 ** 30 }[unit];
  return Math.round(Number(m[1]) * scale);
}

// CLI: only when run directly, not when imported by bench.mjs.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [sizeArg, seedArg] = process.argv.slice(2);
  if (!sizeArg) {
    process.stderr.write("usage: node bench/generate.mjs <size, e.g. 10MB> [seed] > file\n");
    process.exit(2);
  }
  const seed = seedArg === undefined ? 1 : Number(seedArg);
  let bytes;
  try {
    bytes = parseSize(sizeArg);
    if (!Number.isInteger(seed) || seed < 0) throw new Error(`bad seed ${JSON.stringify(seedArg)}: expected a non-negative integer`);
  } catch (error) {
    process.stderr.write(`generate: ${error.message}\n`);
    process.exit(2);
  }
  // stdout to a file or pipe is synchronous on Linux/macOS, so one write is enough.
  process.stdout.write(generate(bytes, seed));
}
