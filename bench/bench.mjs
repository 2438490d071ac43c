/**
 * hpom-lint benchmark: lexer and parser throughput against a baseline scanner,
 * format and lint throughput against parse, peak memory of a parse, and start-up cost. A report, not a test: it always
 * exits 0 once it has measured, and prints FAIL for any target missed.
 *
 *   npm run bench        (builds, then: node --expose-gc bench/bench.mjs)
 *
 * See bench/README.md for what each figure means and how it is measured.
 */
import { spawnSync, execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generate } from "./generate.mjs";
import { measureLanguageServer } from "./lsp.mjs";
import { measureManyFiles } from "./many-files.mjs";
import { measureRoute } from "./estate.mjs";
import { measureCoverage } from "./coverage.mjs";
import { profileParse, readableParse } from "./profile.mjs";
import { measureRecovery } from "./recovery.mjs";

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH);
const OUT = join(BENCH, "out");
const MB = 2 ** 20; // binary megabyte, used for every MB figure
const SEED = 1;

/** Sizes and run counts: fewer runs where one run already takes seconds. */
const SIZES = [
  { label: "1 MB", mb: 1, runs: 7, warmups: 2 },
  { label: "10 MB", mb: 10, runs: 5, warmups: 1 },
  { label: "50 MB", mb: 50, runs: 3, warmups: 1 },
];
// `--sizes 1,10` runs a subset (quicker while iterating); the full run is the reference.
const sizesArg = process.argv.indexOf("--sizes");
if (sizesArg !== -1) {
  const wanted = new Set(
    String(process.argv[sizesArg + 1] ?? "")
      .split(",")
      .map(Number),
  );
  for (let i = SIZES.length - 1; i >= 0; i--) if (!wanted.has(SIZES[i].mb)) SIZES.splice(i, 1);
  if (SIZES.length === 0) {
    console.error("bench: --sizes takes a comma-separated subset of 1,10,50");
    process.exit(2);
  }
}
/**
 * 80,000 stray MSGTARGETRULE words before issue #19: ms of one parse, commit 9982093, on the
 * 2-core machine of README's performance section. A figure from another run, so the speed-up
 * printed against it is only as steady as that machine.
 */
const STRAY_RULES_BEFORE_MS = 18_193;
const STARTUP_RUNS = 15;
const STARTUP_WARMUPS = 2;

const TARGETS = {
  parseVsBaseline: 0.15, // parse+AST speed / baseline speed, each size
  parseVsRecognize: 0.5, // parse+AST speed / speed of the grammar with every action skipped, each size (issue #19 item 2)
  rss50: 20, // peak RSS / input size, 50 MB
  cliRss50: 15, // peak RSS of `hpom-lint <file>` / input size, 50 MB (issue #19 item 4)
  recoveryMBps: 1, // 5 MB of stray keywords, MB/s (issue #19 item 3)
  recoveryRss: 20, // peak RSS / input size, 5 MB of stray keywords
  strayRulesSpeedup: 3, // 80,000 stray MSGTARGETRULE words, speed-up over STRAY_RULES_BEFORE_MS
  startup: 1.6, // library start-up / bare node
  formatVsParse10: 0.5, // format speed / parse speed, 10 MB
  lintVsParse10: 0.5, // lint speed (all rules) / parse speed, 10 MB
  cliStartup: 1.8, // `hpom-lint --version` and linting one small file / bare node (issue #6)
  routeMs: 1000, // `hpom-lint route` on 20 servers and 1,000 nodes' files, ms (issue #15)
  coverageWeekMs: 5000, // coverage of a week of 20 servers and 1,000 node files, ms (issue #15)
  lspDiagnosticsMs: 100, // language server: diagnostics of a 100 KB file after the last change, median ms (issue #16)
  reparseMs: 50, // a full parse of a 1 MB file, median ms: what the server does on every change (issue #19 item 7)
};

/**
 * What `lint` is told about the input: the forwarding file (msgforw) of member
 * m1 of a pool, so that besides every other rule the pooling rules HP3003–HP3009
 * do their work too (only HP3001/HP3002 are for agent files and stay idle). The
 * file forwards to none of the model's other servers, as a correct file's rules
 * mostly would not: the pooling rules walk every rule and target and report
 * little (m9's synchronisation and the escalation pool are missing).
 */
const LINT_OPTIONS = {
  filename: "msgforw",
  server: "m1.example.com",
  pool: {
    version: 1,
    pools: [
      { name: "core", members: ["m1.example.com", "m9.example.com"], virtual: ["om-core.example.com"], forwardTo: ["escalation"] },
      { name: "escalation", members: ["esc1.example.com", "esc2.example.com"], virtual: ["om-esc.example.com"] },
    ],
    senders: [],
  },
};

const gc = typeof globalThis.gc === "function" ? globalThis.gc : () => {};

// ---------------------------------------------------------------- baseline

/**
 * The floor any tokenizer of this language pays: one pass, no token objects,
 * no keyword lookup. Skips whitespace and `#` comments, counts a string as one
 * token (honouring `\` escapes), and any other run of non-space characters as one.
 */
function baselineScan(text) {
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 11 || c === 12) {
      i++;
    } else if (c === 35 /* # */) {
      const nl = text.indexOf("\n", i);
      i = nl === -1 ? n : nl;
    } else if (c === 34 /* " */) {
      count++;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 34) {
          i++;
          break;
        }
        if (d === 10) break; // unterminated: the string ends with the line
        i += d === 92 /* \ */ ? 2 : 1;
      }
    } else {
      count++;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 32 || d === 10 || d === 9 || d === 13 || d === 11 || d === 12) break;
        i++;
      }
    }
  }
  return count;
}

// ---------------------------------------------------------------- helpers

const fmt = (x, digits = 1) => x.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const int = (x) => x.toLocaleString("en-US");
const pct = (x) => `${fmt(x * 100)} %`;
const pad = (s, w) => String(s).padEnd(w);
const lpad = (s, w) => String(s).padStart(w);

function countByCode(diagnostics) {
  const counts = {};
  for (const d of diagnostics) counts[d.code] = (counts[d.code] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function table(headers, rows, rightAligned) {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells) =>
    cells
      .map((cell, c) => (rightAligned[c] ? lpad(cell, widths[c]) : pad(cell, widths[c])))
      .join("  ")
      .trimEnd();
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

function gitDescribe() {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "src"], { cwd: ROOT, encoding: "utf8" }).trim() !== "";
    return { commit, srcDirty: dirty };
  } catch {
    return { commit: null, srcDirty: null };
  }
}

/**
 * Copies dist/ into bench/out/dist/ and measures that copy throughout, so a
 * rebuild by someone else during the run (tsup cleans dist/ first) cannot mix
 * two builds or break a child process half-way.
 */
async function snapshotDist() {
  const src = join(ROOT, "dist");
  const dst = join(OUT, "dist");
  for (let attempt = 1; ; attempt++) {
    try {
      rmSync(dst, { recursive: true, force: true });
      mkdirSync(dst, { recursive: true });
      for (const f of readdirSync(src)) if (f.endsWith(".js")) cpSync(join(src, f), join(dst, f));
      // A fresh query string defeats the module cache if we ever retry.
      const q = `?v=${attempt}`;
      const index = await import(pathToFileURL(join(dst, "index.js")).href + q);
      const tooling = await import(pathToFileURL(join(dst, "tooling.js")).href + q);
      if (
        [
          index.parse,
          index.format,
          index.lint,
          index.loadEstate,
          index.route,
          index.coverage,
          index.lintEstate,
          tooling.scan,
          tooling.recognize,
        ].some((f) => typeof f !== "function")
      )
        throw new Error("unexpected exports");
      return {
        dir: dst,
        parse: index.parse,
        format: index.format,
        lint: index.lint,
        loadEstate: index.loadEstate,
        route: index.route,
        coverage: index.coverage,
        lintEstate: index.lintEstate,
        scan: tooling.scan,
        recognize: tooling.recognize,
        builtAt: statSync(join(src, "index.js")).mtime.toISOString(),
      };
    } catch (error) {
      if (attempt >= 5) {
        console.error(`bench: cannot load the built library from dist/ (${error.message}); run \`npm run build\` first.`);
        process.exit(1);
      }
      // Probably a concurrent rebuild: wait for it to finish.
      await new Promise((r) => setTimeout(r, 3000));
    }
  }
}

/** The generated input for one size, cached in bench/out/ under a key that changes with generate.mjs. */
function inputFor(size, generatorKey) {
  const name = `input-${size.mb}MB-seed${SEED}-${generatorKey}.txt`;
  const file = join(OUT, name);
  // Files from an older generate.mjs are stale: remove them rather than let them pile up.
  for (const f of readdirSync(OUT)) {
    if (f.startsWith(`input-${size.mb}MB-seed${SEED}-`) && f !== name) rmSync(join(OUT, f), { force: true });
  }
  if (existsSync(file)) return { file, text: readFileSync(file, "utf8"), cached: true };
  const text = generate(size.mb * MB, SEED);
  writeFileSync(file, text);
  return { file, text, cached: false };
}

/**
 * Runs each function `runs` times after `warmups` untimed rounds, interleaved
 * round by round so slow spells on a noisy machine hit all of them alike, with
 * a full GC before every timed call so no call pays for another's garbage.
 * Returns every time; the report uses the minimum (the least-disturbed run).
 */
function measure(fns, text, runs, warmups) {
  const times = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
  const last = {};
  for (let round = 0; round < warmups + runs; round++) {
    for (const [name, fn] of Object.entries(fns)) {
      gc();
      const { ms, summary } = timeOne(fn, text);
      if (round >= warmups) times[name].push(ms);
      last[name] = summary;
    }
  }
  return { times, last };
}

/**
 * One timed call. Its own function so that the result (a 50 MB AST, say) dies
 * with this frame: only a small summary survives to the next GC and run.
 */
function timeOne(fn, text) {
  const t0 = performance.now();
  const result = fn.run(text);
  const ms = performance.now() - t0;
  return { ms, summary: fn.summarise(result) };
}

function timeChild(args, env = process.env) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  const ms = performance.now() - t0;
  if (r.status !== 0)
    throw new Error(`\`node ${args.join(" ")}\` exited ${r.status ?? r.signal}: ${String(r.stderr).trim().slice(0, 500)}`);
  return ms;
}

// ---------------------------------------------------------------- main

mkdirSync(OUT, { recursive: true });
const lib = await snapshotDist();
const generatorKey = createHash("sha256")
  .update(readFileSync(join(BENCH, "generate.mjs")))
  .digest("hex")
  .slice(0, 10);
const git = gitDescribe();
const cpus = os.cpus();
const env = {
  date: new Date().toISOString(),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  cpus: cpus.length,
  cpuModel: cpus[0]?.model ?? "unknown",
  totalMemMB: Math.round(os.totalmem() / MB),
  gcExposed: typeof globalThis.gc === "function",
  distBuiltAt: lib.builtAt,
  ...git,
};

console.log(`hpom-lint benchmark  ${env.date}`);
console.log(`node ${env.node}, ${env.platform}, ${env.cpus} × ${env.cpuModel}, ${int(env.totalMemMB)} MB RAM`);
console.log(`commit ${env.commit ?? "?"}${env.srcDirty ? " (src/ has uncommitted changes)" : ""}, dist built ${env.distBuiltAt}`);
console.log(`1 MB = 1,048,576 bytes. Speeds are from the best (minimum) time of N runs after warm-up.`);
if (!env.gcExposed) console.log("note: global.gc() is not available (run with --expose-gc); runs may pay for earlier garbage");
console.log("");

// `--profile`: only a CPU profile of parse on the 10 MB input, and its top functions by self time.
if (process.argv.includes("--profile")) {
  const { text } = inputFor({ mb: 10 }, generatorKey);
  const file = join(OUT, "parse-10MB.cpuprofile");
  process.stderr.write("profile: 2 warm-up parses of 10 MB, then 3 profiled ones…\n");
  const { parse, bundleFile } = await readableParse(ROOT, OUT);
  const run = (t) => parse(t, { filename: "bench.txt" });
  const { totalMs, functions, modules } = await profileParse({ parse: run, bundleFile }, text, file);
  console.log(`CPU profile of 3 parses of 10 MB (${fmt(totalMs)} ms sampled), written to ${relative(ROOT, file)}`);
  console.log("(built from src/ unminified for readable names; V8 counts an inlined function in its caller)");
  console.log("");
  const rows = (list, n) => list.slice(0, n).map((r) => [fmt(r.ms), pct(r.share), r.name]);
  console.log(table(["self ms", "share", "module"], rows(modules, 15), [true, true, false]));
  console.log("");
  console.log(table(["self ms", "share", "function"], rows(functions, 25), [true, true, false]));
  process.exit(0);
}

// Each benchmarked step, with what to keep of its result for the checks.
const STEPS = {
  baseline: { run: baselineScan, summarise: (count) => ({ tokens: count }) },
  // `stream.length`, not `tokens.length`: `tokens` makes an object per token on demand, which the parser never asks for.
  lex: { run: (t) => lib.scan(t), summarise: (r) => ({ tokens: r.stream.length, comments: r.comments.length }) },
  // Lexing plus the grammar with every action skipped: the floor under parse+AST, what building nothing costs.
  recognize: { run: (t) => lib.recognize(t), summarise: (valid) => ({ valid }) },
  parse: {
    run: (t) => lib.parse(t, { filename: "bench.txt" }),
    summarise: (r) => ({
      diagnostics: r.diagnostics.length,
      first: r.diagnostics.slice(0, 3).map((d) => `${d.range.start.line}:${d.range.start.column} ${d.name}: ${d.message}`),
    }),
  },
  // Parse plus print: what `hpom-lint fmt` and the Prettier plugin pay per file.
  format: { run: (t) => lib.format(t, { filename: "bench.txt" }), summarise: (r) => ({ bytes: r.length }) },
  // Parse plus every rule with the default levels: what `hpom-lint` pays per file.
  lint: { run: (t) => lib.lint(t, LINT_OPTIONS), summarise: (r) => ({ diagnostics: r.length, byCode: countByCode(r) }) },
};

const sizes = [];
for (const size of SIZES) {
  let { file, text, cached } = inputFor(size, generatorKey);
  const bytes = Buffer.byteLength(text);
  process.stderr.write(
    `${size.label}: ${cached ? "cached" : "generated"} ${relative(ROOT, file)}, timing ${size.warmups}+${size.runs} rounds…\n`,
  );
  const { times, last } = measure(STEPS, text, size.runs, size.warmups);
  // Dropped before the collection so the input's memory is free when the RSS child runs with its own copy.
  // eslint-disable-next-line no-useless-assignment
  text = undefined;
  gc();

  const best = (k) => Math.min(...times[k]);
  const speed = (k) => bytes / MB / (best(k) / 1000);
  process.stderr.write(`${size.label}: peak RSS in a child process…\n`);
  let rss;
  try {
    const r = spawnSync(process.execPath, ["--expose-gc", join(BENCH, "rss-child.mjs"), file, lib.dir], {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    if (r.status !== 0) throw new Error(`exited ${r.status ?? r.signal}: ${r.stderr.trim().slice(-500)}`);
    const child = JSON.parse(r.stdout.trim().split("\n").pop());
    const peakBytes = child.maxRssKiB * 1024;
    rss = {
      peakMB: peakBytes / MB,
      multiple: peakBytes / bytes,
      beforeParseMB: (child.beforeKiB * 1024) / MB,
      childParseMs: child.parseMs,
      diagnostics: child.diagnostics,
    };
  } catch (error) {
    rss = { error: error.message };
  }

  // The CLI's own peak on the largest input: what a user running `hpom-lint` on it pays.
  let cliRss = null;
  if (size === SIZES[SIZES.length - 1]) {
    process.stderr.write(`${size.label}: peak RSS of hpom-lint on it…\n`);
    const r = spawnSync(process.execPath, ["-r", join(BENCH, "rss-preload.cjs"), join(ROOT, "bin", "hpom-lint.js"), file], {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", "ignore", "pipe"],
    });
    const kib = /HPOM_LINT_BENCH_MAXRSS_KIB=(\d+)/.exec(r.stderr ?? "");
    cliRss = kib
      ? { peakMB: (Number(kib[1]) * 1024) / MB, multiple: (Number(kib[1]) * 1024) / bytes, exit: r.status }
      : { error: `exited ${r.status ?? r.signal}: ${String(r.stderr).trim().slice(-300)}` };
  }

  sizes.push({
    label: size.label,
    cliRss,
    file: relative(ROOT, file),
    bytes,
    runs: size.runs,
    warmups: size.warmups,
    tokens: last.lex.tokens,
    comments: last.lex.comments,
    baselineTokens: last.baseline.tokens,
    diagnostics: last.parse.diagnostics,
    firstDiagnostics: last.parse.first,
    lintFindings: last.lint.byCode,
    timesMs: times,
    bestMs: Object.fromEntries(Object.keys(STEPS).map((k) => [k, best(k)])),
    mbPerSec: Object.fromEntries(Object.keys(STEPS).map((k) => [k, speed(k)])),
    parseVsBaseline: best("baseline") / best("parse"),
    recognizeVsBaseline: best("baseline") / best("recognize"),
    parseVsRecognize: best("recognize") / best("parse"),
    recognized: last.recognize.valid,
    formatVsParse: best("parse") / best("format"),
    lintVsParse: best("parse") / best("lint"),
    rss,
  });
}

process.stderr.write(`start-up: ${STARTUP_WARMUPS}+${STARTUP_RUNS} interleaved rounds of child processes…\n`);
const startup = { bareMs: [], esmMs: [], libMs: [], mainMs: [], cliVersionMs: [], cliLintMs: [], cliLintNoCacheMs: [], cliLintFirstMs: [] };
const CLI = join(BENCH, "..", "bin", "hpom-lint.js");
const SMALL_FILE = join(BENCH, "..", "examples", "backup-server", "allnodes");
// The CLI keeps its compile cache in the temporary folder (src/cli/start.ts): the runs here use one
// of their own, emptied first, so the warm-up rounds write it and the timed rounds use it.
const CLI_TMP = join(OUT, "tmp");
rmSync(CLI_TMP, { recursive: true, force: true });
mkdirSync(CLI_TMP, { recursive: true });
const cliEnv = { ...process.env, TMPDIR: CLI_TMP };
let firstRun = 0;
let startupError = null;
try {
  const kinds = [
    ["bareMs", ["-e", "0"]],
    ["esmMs", [join(BENCH, "startup-child.mjs"), "--no-lib"]], // context only: not part of the target
    ["libMs", [join(BENCH, "startup-child.mjs"), lib.dir]],
    ["mainMs", [join(BENCH, "startup-child.mjs"), lib.dir, "--main"]], // context only
    ["cliVersionMs", [CLI, "--version"], () => cliEnv],
    ["cliLintMs", [CLI, SMALL_FILE], () => cliEnv],
    // Context only: without the compile cache, and the first run of all (it compiles and writes the cache).
    ["cliLintNoCacheMs", [CLI, SMALL_FILE], () => ({ ...cliEnv, HPOM_LINT_NO_COMPILE_CACHE: "1" })],
    [
      "cliLintFirstMs",
      [CLI, SMALL_FILE],
      () => {
        const fresh = join(CLI_TMP, `first-${firstRun++}`);
        mkdirSync(fresh);
        return { ...process.env, TMPDIR: fresh };
      },
    ],
  ];
  for (let i = 0; i < STARTUP_WARMUPS + STARTUP_RUNS; i++) {
    // Rotate the order each round, so none always runs right after the same other.
    for (let k = 0; k < kinds.length; k++) {
      const [key, args, env] = kinds[(i + k) % kinds.length];
      const ms = timeChild(args, env?.());
      if (i >= STARTUP_WARMUPS) startup[key].push(ms);
    }
  }
} catch (error) {
  startupError = error.message;
}
rmSync(CLI_TMP, { recursive: true, force: true });
const bestOf = (xs) => (xs.length ? Math.min(...xs) : NaN);
const bareBest = bestOf(startup.bareMs);
const esmBest = bestOf(startup.esmMs);
const libBest = bestOf(startup.libMs);
const mainBest = bestOf(startup.mainMs);
const cliLintNoCacheBest = bestOf(startup.cliLintNoCacheMs);
const cliLintFirstBest = bestOf(startup.cliLintFirstMs);
const cliVersionBest = bestOf(startup.cliVersionMs);
const cliLintBest = bestOf(startup.cliLintMs);

process.stderr.write("many files: 10,000 node files through the CLI, with and without worker threads…\n");
let manyFiles = null;
let manyFilesError = null;
try {
  manyFiles = measureManyFiles(10_000);
} catch (error) {
  manyFilesError = error.message;
}

process.stderr.write("route: an estate of 20 servers and 1,000 nodes' files, in process and through the CLI…\n");
let routing = null;
let routingError = null;
try {
  routing = measureRoute(lib);
} catch (error) {
  routingError = error.message;
}

process.stderr.write("coverage: a week of a generated estate of 20 servers and 1,000 node files…\n");
let coverageRun = null;
let coverageError = null;
try {
  coverageRun = measureCoverage(lib);
} catch (error) {
  coverageError = error.message;
}

process.stderr.write("recovery: 5 MB of stray keywords and 80,000 stray MSGTARGETRULE words, each in a child process…\n");
let recovery = null;
let recoveryError = null;
try {
  recovery = measureRecovery(lib.dir);
} catch (error) {
  recoveryError = error.message;
}

process.stderr.write("language server: diagnostics of a 100 KB file after each change, and full re-parses of 1 MB…\n");
let editor = null;
let editorError = null;
try {
  editor = await measureLanguageServer();
} catch (error) {
  editorError = error.message;
}

// ---------------------------------------------------------------- report

console.log("Throughput (MB/s, best time in ms in brackets)");
console.log(
  table(
    [
      "size",
      "bytes",
      "tokens",
      "runs",
      "baseline",
      "lex (scan)",
      "no tree",
      "no tree/baseline",
      "parse+AST",
      "parse/baseline",
      "format",
      "format/parse",
      "lint",
      "lint/parse",
      "diagnostics",
    ],
    sizes.map((s) => [
      s.label,
      int(s.bytes),
      int(s.tokens),
      s.runs,
      `${fmt(s.mbPerSec.baseline)} (${fmt(s.bestMs.baseline)})`,
      `${fmt(s.mbPerSec.lex)} (${fmt(s.bestMs.lex)})`,
      `${fmt(s.mbPerSec.recognize)} (${fmt(s.bestMs.recognize)})`,
      pct(s.recognizeVsBaseline),
      `${fmt(s.mbPerSec.parse)} (${fmt(s.bestMs.parse)})`,
      pct(s.parseVsBaseline),
      `${fmt(s.mbPerSec.format)} (${fmt(s.bestMs.format)})`,
      pct(s.formatVsParse),
      `${fmt(s.mbPerSec.lint)} (${fmt(s.bestMs.lint)})`,
      pct(s.lintVsParse),
      s.diagnostics,
    ]),
    [false, true, true, true, true, true, true, true, true, true, true, true, true, true, true],
  ),
);
console.log(
  `The tree's share: parse+AST takes ${sizes.map((s) => `${fmt(s.bestMs.parse / s.bestMs.recognize, 2)}× the time of the grammar alone (${s.label})`).join(", ")}; ` +
    `"no tree/baseline" is the most any parse+AST could reach with this lexer and Chevrotain.`,
);
console.log("");
console.log(
  `parse+AST speed / no-tree speed (target >= ${pct(TARGETS.parseVsRecognize)}): ${sizes.map((s) => `${pct(s.parseVsRecognize)} (${s.label})`).join(", ")}.`,
);
console.log("");
console.log(
  `What lint found (all rules, default levels, options as in LINT_OPTIONS): ${sizes.map((s) => `${s.label} ${JSON.stringify(s.lintFindings)}`).join("; ")}`,
);
console.log("");
console.log("Peak RSS of one parse, each in a fresh child process (whole process, nothing subtracted)");
console.log(
  table(
    ["size", "input MB", "peak RSS MB", "× input", "RSS before parse MB"],
    sizes.map((s) =>
      s.rss.error
        ? [s.label, fmt(s.bytes / MB, 2), "error", "-", "-"]
        : [s.label, fmt(s.bytes / MB, 2), fmt(s.rss.peakMB), `${fmt(s.rss.multiple, 2)}×`, fmt(s.rss.beforeParseMB)],
    ),
    [false, true, true, true, true],
  ),
);
for (const s of sizes) if (s.rss.error) console.log(`  ${s.label}: RSS child failed: ${s.rss.error}`);
for (const s of sizes.filter((s) => s.cliRss)) {
  console.log(
    s.cliRss.error
      ? `  hpom-lint on ${s.label}: failed: ${s.cliRss.error}`
      : `  hpom-lint on ${s.label} (the CLI, lint included): peak RSS ${fmt(s.cliRss.peakMB)} MB, ${fmt(s.cliRss.multiple, 2)}× input`,
  );
}
console.log("");
console.log("Error recovery (bench/recovery.mjs: junk parsed in a fresh child process, best of 2)");
if (recovery) {
  const row = (what, r) => [
    what,
    fmt(r.bytes / MB, 2),
    int(Math.round(r.ms)),
    fmt(r.bytes / MB / (r.ms / 1000), 2),
    fmt((r.maxRssKiB * 1024) / MB),
    `${fmt((r.maxRssKiB * 1024) / r.bytes, 1)}×`,
  ];
  console.log(
    table(
      ["input", "MB", "ms", "MB/s", "peak RSS MB", "× input"],
      [row("5 MB of stray keywords", recovery.stray5MB), row("80,000 stray MSGTARGETRULE words", recovery.rules80k)],
      [false, true, true, true, true, true],
    ),
  );
  console.log(
    `  80,000 stray MSGTARGETRULE words: ${fmt(STRAY_RULES_BEFORE_MS / recovery.rules80k.ms, 2)}× faster than before issue #19 (${int(STRAY_RULES_BEFORE_MS)} ms, commit 9982093)`,
  );
} else console.log(`  recovery measurement failed: ${recoveryError}`);
console.log("");
console.log(`Start-up (best of ${STARTUP_RUNS}, interleaved, after ${STARTUP_WARMUPS} warm-up rounds)`);
console.log(
  table(
    ["process", "best ms", "vs bare"],
    [
      ["node -e 0 (bare node)", fmt(bareBest), "1.00×"],
      ["node bench/startup-child.mjs --no-lib (empty ESM entry, for context)", fmt(esmBest), `${fmt(esmBest / bareBest, 2)}×`],
      ['node bench/startup-child.mjs (import hpom-lint/parser, parse "RESPMGRCONFIGS\\n")', fmt(libBest), `${fmt(libBest / bareBest, 2)}×`],
      [
        "node bench/startup-child.mjs --main (the same through the main entry, for context)",
        fmt(mainBest),
        `${fmt(mainBest / bareBest, 2)}×`,
      ],
      ["hpom-lint --version", fmt(cliVersionBest), `${fmt(cliVersionBest / bareBest, 2)}×`],
      ["hpom-lint examples/backup-server/allnodes", fmt(cliLintBest), `${fmt(cliLintBest / bareBest, 2)}×`],
      [
        "  the same without the compile cache (HPOM_LINT_NO_COMPILE_CACHE=1), for context",
        fmt(cliLintNoCacheBest),
        `${fmt(cliLintNoCacheBest / bareBest, 2)}×`,
      ],
      [
        "  the same as the first run ever (compiles, then writes the cache), for context",
        fmt(cliLintFirstBest),
        `${fmt(cliLintFirstBest / bareBest, 2)}×`,
      ],
    ],
    [false, true, true],
  ),
);
if (startupError) console.log(`  start-up measurement failed: ${startupError}`);
console.log("");
console.log("Many files (hpom-lint --format json on a folder of generated node files, best of 3)");
if (manyFiles) {
  console.log(
    table(
      ["files", "cores", "worker threads", "in-process (--concurrency 0)", "speed-up"],
      [
        [
          String(manyFiles.files),
          String(manyFiles.cores),
          `${fmt(manyFiles.parallelFilesPerSec)} files/s (${fmt(manyFiles.parallelMs)} ms)`,
          `${fmt(manyFiles.serialFilesPerSec)} files/s (${fmt(manyFiles.serialMs)} ms)`,
          `${fmt(manyFiles.serialMs / manyFiles.parallelMs, 2)}×`,
        ],
      ],
      [true, true, true, true, true],
    ),
  );
} else console.log(`  many-files measurement failed: ${manyFilesError}`);
console.log("");
console.log("Routing (bench/estate.mjs: loadEstate and route in process, and hpom-lint route end to end; best of 5)");
if (routing) {
  console.log(
    table(
      ["servers", "nodes", "files", "MB", "loadEstate (all files)", "route (estate loaded)", "hpom-lint route"],
      [
        [
          String(routing.servers),
          int(routing.nodes),
          int(routing.files),
          fmt(routing.bytes / MB),
          `${fmt(routing.loadMs)} ms`,
          `${fmt(routing.routeMs, 2)} ms per route (${routing.routes} routes, ${routing.hops} hops)`,
          `${fmt(routing.cliMs)} ms`,
        ],
      ],
      [true, true, true, true, true, true, true],
    ),
  );
} else console.log(`  routing measurement failed: ${routingError}`);
console.log("");
console.log("Coverage (coverage(estate, {}, one week) on a generated estate, best of 3)");
if (coverageRun) {
  console.log(
    table(
      ["servers", "node files", "time", "classes", "bands", "gaps", "overlaps", "lintEstate (HP5006 incl.)"],
      [
        [
          String(coverageRun.servers),
          String(coverageRun.nodeFiles),
          `${fmt(coverageRun.ms)} ms`,
          String(coverageRun.classes),
          String(coverageRun.bands),
          String(coverageRun.gaps),
          String(coverageRun.overlaps),
          `${fmt(coverageRun.lintEstateMs)} ms`,
        ],
      ],
      [true, true, true, true, true, true, true, true],
    ),
  );
} else console.log(`  coverage measurement failed: ${coverageError}`);
console.log("");

console.log("Editor (hpom-lint lsp --stdio, median and best ms)");
if (editor) {
  console.log(
    table(
      ["what", "median ms", "best ms", "runs"],
      [
        [
          "diagnostics of a 100 KB file after a change (debounce included)",
          fmt(editor.diagnostics100KB.medianMs),
          fmt(editor.diagnostics100KB.bestMs),
          String(editor.diagnostics100KB.runs.length),
        ],
        [
          "full re-parse of a 1 MB file",
          fmt(editor.reparse1MB.medianMs),
          fmt(editor.reparse1MB.bestMs),
          String(editor.reparse1MB.runs.length),
        ],
      ],
      [false, true, true, true],
    ),
  );
} else console.log(`  language-server measurement failed: ${editorError}`);
console.log("");

// Sanity checks: the input is valid and the baseline counts what the lexer counts.
const checks = [];
for (const s of sizes) {
  checks.push({
    name: `${s.label} input parses with zero diagnostics`,
    ok: s.diagnostics === 0,
    detail: s.diagnostics === 0 ? "0" : `${s.diagnostics}: ${s.firstDiagnostics.join("; ")}`,
  });
  checks.push({
    name: `${s.label} baseline token count equals lexer token count`,
    ok: s.baselineTokens === s.tokens,
    detail: `${int(s.baselineTokens)} vs ${int(s.tokens)}`,
  });
  checks.push({
    name: `${s.label} input is recognised by the grammar alone (the no-tree run did the whole parse)`,
    ok: s.recognized === true,
    detail: String(s.recognized),
  });
  // A rule that throws is reported as HP1000 and stops running: its time would be missing from the lint figure.
  const internal = s.lintFindings.HP1000 ?? 0;
  checks.push({ name: `${s.label} lint runs every rule without an internal error (HP1000)`, ok: internal === 0, detail: String(internal) });
}

const s50 = sizes.find((s) => s.label === "50 MB");
const s10 = sizes.find((s) => s.label === "10 MB");
const targets = [
  ...sizes.map((s) => ({
    name: `parse+AST >= ${TARGETS.parseVsBaseline * 100} % of baseline speed, ${s.label}`,
    value: s.parseVsBaseline,
    shown: pct(s.parseVsBaseline),
    pass: s.parseVsBaseline >= TARGETS.parseVsBaseline,
  })),
  ...sizes.map((s) => ({
    name: `parse+AST >= ${TARGETS.parseVsRecognize * 100} % of no-tree speed, ${s.label}`,
    value: s.parseVsRecognize,
    shown: pct(s.parseVsRecognize),
    pass: s.parseVsRecognize >= TARGETS.parseVsRecognize,
  })),
  {
    name: `peak RSS of hpom-lint on 50 MB <= ${TARGETS.cliRss50}x input`,
    value: s50?.cliRss?.multiple ?? null,
    shown: !s50
      ? "not measured (50 MB not in --sizes)"
      : s50.cliRss.error
        ? `error: ${s50.cliRss.error.slice(0, 80)}`
        : `${fmt(s50.cliRss.multiple, 2)}× (${fmt(s50.cliRss.peakMB)} MB)`,
    pass: !s50 ? null : !s50.cliRss.error && s50.cliRss.multiple <= TARGETS.cliRss50,
  },
  ...(() => {
    if (!recovery) return [{ name: "error recovery", value: null, shown: `error: ${String(recoveryError).slice(0, 80)}`, pass: false }];
    const { stray5MB: j, rules80k: r } = recovery;
    const mbps = j.bytes / MB / (j.ms / 1000);
    const rss = (j.maxRssKiB * 1024) / j.bytes;
    const speedup = STRAY_RULES_BEFORE_MS / r.ms;
    return [
      {
        name: `5 MB of stray keywords >= ${TARGETS.recoveryMBps} MB/s`,
        value: mbps,
        shown: `${fmt(mbps, 2)} MB/s (${int(Math.round(j.ms))} ms)`,
        pass: mbps >= TARGETS.recoveryMBps,
      },
      {
        name: `5 MB of stray keywords: peak RSS <= ${TARGETS.recoveryRss}x input`,
        value: rss,
        shown: `${fmt(rss, 1)}×`,
        pass: rss <= TARGETS.recoveryRss,
      },
      {
        name: `80,000 stray MSGTARGETRULE words >= ${TARGETS.strayRulesSpeedup}x faster than before`,
        value: speedup,
        shown: `${fmt(speedup, 2)}× (${int(Math.round(r.ms))} vs ${int(STRAY_RULES_BEFORE_MS)} ms)`,
        pass: speedup >= TARGETS.strayRulesSpeedup,
      },
    ];
  })(),
  {
    name: `peak RSS on 50 MB <= ${TARGETS.rss50}x input`,
    value: s50?.rss.multiple ?? null,
    shown: !s50
      ? "not measured (50 MB not in --sizes)"
      : s50.rss.error
        ? `error: ${s50.rss.error.slice(0, 80)}`
        : `${fmt(s50.rss.multiple, 2)}× (${fmt(s50.rss.peakMB)} MB)`,
    pass: !s50 ? null : !s50.rss.error && s50.rss.multiple <= TARGETS.rss50,
  },
  {
    name: `format >= ${TARGETS.formatVsParse10 * 100} % of parse speed, 10 MB`,
    value: s10?.formatVsParse ?? null,
    shown: s10
      ? `${pct(s10.formatVsParse)} (${fmt(s10.mbPerSec.format)} vs ${fmt(s10.mbPerSec.parse)} MB/s)`
      : "not measured (10 MB not in --sizes)",
    pass: s10 ? s10.formatVsParse >= TARGETS.formatVsParse10 : null,
  },
  {
    name: `lint >= ${TARGETS.lintVsParse10 * 100} % of parse speed, 10 MB`,
    value: s10?.lintVsParse ?? null,
    shown: s10
      ? `${pct(s10.lintVsParse)} (${fmt(s10.mbPerSec.lint)} vs ${fmt(s10.mbPerSec.parse)} MB/s)`
      : "not measured (10 MB not in --sizes)",
    pass: s10 ? s10.lintVsParse >= TARGETS.lintVsParse10 : null,
  },
  {
    name: `start-up (hpom-lint/parser) <= ${TARGETS.startup}x bare node`,
    value: libBest / bareBest,
    shown: startupError ? `error: ${startupError.slice(0, 80)}` : `${fmt(libBest / bareBest, 2)}× (${fmt(libBest)} vs ${fmt(bareBest)} ms)`,
    pass: !startupError && libBest / bareBest <= TARGETS.startup,
  },
  ...[
    ["hpom-lint --version", cliVersionBest],
    ["hpom-lint on one small file", cliLintBest],
  ].map(([what, best]) => ({
    name: `${what} <= ${TARGETS.cliStartup}x bare node`,
    value: best / bareBest,
    shown: startupError ? `error: ${startupError.slice(0, 80)}` : `${fmt(best / bareBest, 2)}× (${fmt(best)} vs ${fmt(bareBest)} ms)`,
    pass: !startupError && best / bareBest <= TARGETS.cliStartup,
  })),
  {
    name: `hpom-lint route on 20 servers and 1,000 nodes' files <= ${TARGETS.routeMs} ms`,
    value: routing?.cliMs ?? null,
    shown: routing ? `${fmt(routing.cliMs)} ms` : `error: ${String(routingError).slice(0, 80)}`,
    pass: routing ? routing.cliMs <= TARGETS.routeMs : false,
  },
  ...[
    [
      `language server: diagnostics of a 100 KB file <= ${TARGETS.lspDiagnosticsMs} ms after the last change`,
      editor?.diagnostics100KB,
      TARGETS.lspDiagnosticsMs,
    ],
    [`full re-parse of a 1 MB file <= ${TARGETS.reparseMs} ms`, editor?.reparse1MB, TARGETS.reparseMs],
  ].map(([name, figure, limit]) => ({
    name,
    value: figure?.medianMs ?? null,
    shown: figure ? `median ${fmt(figure.medianMs)} ms (best ${fmt(figure.bestMs)})` : `error: ${String(editorError).slice(0, 80)}`,
    pass: figure ? figure.medianMs <= limit : false,
  })),
];

console.log("Checks");
for (const c of checks) console.log(`  ${c.ok ? "ok      " : "MISMATCH"}  ${c.name}: ${c.detail}`);
console.log("");
targets.push({
  name: `coverage of a week (20 servers, 1,000 node files) <= ${TARGETS.coverageWeekMs} ms`,
  value: coverageRun?.ms ?? null,
  shown: coverageRun ? `${fmt(coverageRun.ms)} ms` : `error: ${String(coverageError).slice(0, 80)}`,
  pass: coverageRun ? coverageRun.ms <= TARGETS.coverageWeekMs : false,
});
console.log("Targets");
for (const t of targets) console.log(`  ${t.pass === null ? "SKIP" : t.pass ? "PASS" : "FAIL"}  ${t.name}: ${t.shown}`);
const failed = targets.filter((t) => t.pass === false).length;
console.log("");
console.log(failed === 0 ? "All targets met." : `${failed} of ${targets.length} targets FAILED.`);

// A --sizes subset must not overwrite the last full run's results.
const resultsFile = join(OUT, sizesArg === -1 ? "results.json" : "results.partial.json");
writeFileSync(
  resultsFile,
  JSON.stringify(
    {
      env,
      method: {
        mb: MB,
        seed: SEED,
        generatorKey,
        lintOptions: LINT_OPTIONS,
        timing: "best (minimum) of N interleaved runs after warm-up; global.gc() before every timed call",
        startup: `best of ${STARTUP_RUNS} interleaved child processes after ${STARTUP_WARMUPS} warm-up rounds; spawnSync wall time`,
        rss: "process.resourceUsage().maxRSS after one parse in a fresh child process; nothing subtracted",
      },
      targets: { ...TARGETS, results: targets },
      sizes,
      startup: {
        bareBestMs: bareBest,
        esmEntryBestMs: esmBest,
        libBestMs: libBest,
        ratio: libBest / bareBest,
        mainEntryBestMs: mainBest,
        cliVersionBestMs: cliVersionBest,
        cliLintBestMs: cliLintBest,
        cliLintNoCacheBestMs: cliLintNoCacheBest,
        cliLintFirstRunBestMs: cliLintFirstBest,
        ...startup,
        error: startupError,
      },
      manyFiles: manyFiles ?? { error: manyFilesError },
      routing: routing ?? { error: routingError },
      coverage: coverageRun ?? { error: coverageError },
      editor: editor ?? { error: editorError },
      recovery: recovery ?? { error: recoveryError },
      checks,
    },
    null,
    2,
  ) + "\n",
);
console.log(`Results written to ${relative(ROOT, resultsFile)}`);
