#!/usr/bin/env node
/**
 * hpom-lint's fuzzer: seeded inputs (random bytes, random Unicode, token
 * mutations and re-layouts of the corpus, deep repetitions) through parse, lint
 * (with and without a pool model), format and fixText of the built library, in a
 * worker with a time limit. Failures are minimised and written to
 * fuzz-failures/. Not part of `npm test`.
 *
 *   npm run fuzz [-- --budget <seconds>] [--seed <n>] [--verbose]
 *
 * `--verbose` prints one line per input (number, strategy, size, time).
 *
 * Exits 1 when a check failed, 2 on a usage error.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { CHECKS, hangBound } from "./checks.mjs";
import { loadCorpus } from "./corpus.mjs";
import { minimise } from "./minimise.mjs";
import { inputSeed, Random } from "./random.mjs";
import { Runner } from "./runner.mjs";
import { STRATEGIES, STRATEGY_WEIGHTS } from "./strategies.mjs";

// From the start of the process, so that `--budget` bounds the whole run, start-up included.
const started = Date.now() - process.uptime() * 1000;
const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const OUT = join(ROOT, "fuzz-failures");

function usage(message) {
  console.error(`fuzz: ${message}\nusage: npm run fuzz -- [--budget <seconds>] [--seed <n>] [--verbose]`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: { budget: { type: "string", default: "60" }, seed: { type: "string" }, verbose: { type: "boolean", default: false } },
  }).values;
} catch (error) {
  usage(error.message);
}
const budget = Number(args.budget);
if (!(budget > 0)) usage(`--budget takes a number of seconds, not ${JSON.stringify(args.budget)}`);
const seed = args.seed === undefined ? Math.floor(Math.random() * 2 ** 32) : Number(args.seed);
if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32)
  usage(`--seed takes an integer in 0..4294967295, not ${JSON.stringify(args.seed)}`);

/** The run ends here; fuzzing stops earlier once there is something to minimise. */
const end = started + budget * 1000 - 700;
/** Larger inputs cost seconds to minutes each (error recovery on junk is slow): a short run keeps them smaller. */
const maxSize = Math.min(256 * 2 ** 10, Math.max(32 * 2 ** 10, budget * 2 ** 9));

const corpus = loadCorpus(ROOT);
const strategies = { corpus: (rng) => ({ ...pickCorpusFile(rng), note: "as is" }), ...STRATEGIES };
const weights = { corpus: 4, ...STRATEGY_WEIGHTS };

function pickCorpusFile(rng) {
  const entry = rng.pick(corpus.files);
  return { text: entry.text, filename: entry.name, path: entry.path };
}

/** Input number `index` of the run: the same for a seed, whatever happened before. */
function makeInput(index) {
  const rng = new Random(inputSeed(seed, index));
  const strategy = rng.weighted(weights);
  const made = strategies[strategy](rng, corpus, maxSize);
  const poolFile = rng.chance(0.5) ? rng.int(0, corpus.pools.length - 1) : undefined;
  const pool =
    poolFile === undefined
      ? undefined
      : { index: poolFile, server: rng.chance(0.8) ? rng.pick(corpus.pools[poolFile].servers) : undefined };
  return { index, strategy, text: made.text, quarter: made.quarter, filename: made.filename, note: made.note ?? made.path, pool };
}

const SIZE_BUCKETS = [
  [1024, "0–1 KB"],
  [10240, "1–10 KB"],
  [102400, "10–100 KB"],
  [1048576, "0.1–1 MB"],
  [Infinity, "≥1 MB"],
];

const perStrategy = Object.fromEntries(Object.keys(weights).map((s) => [s, 0]));
const failuresPerCheck = Object.fromEntries(CHECKS.map((c) => [c, 0]));
const worstPerSize = new Map();
/** The first input of each distinct failure (check and key), to minimise. */
const distinct = new Map();
let inputs = 0;
/** The input the end of the budget cut short, if any: how it was made and how long it had run. */
let unfinished;
let worstMicrosPerChar = 0;

function bucket(size) {
  return SIZE_BUCKETS.find(([limit]) => size < limit)[1];
}

/** The failures of one worker result, hangs and crashes included. */
function failuresOf(result, size) {
  if (result.hung) return [{ check: "time", key: "slow", message: `no answer within ${Math.round(hangBound(size))} ms (hang)` }];
  if (result.crashed) return [{ check: "throws", key: "crash", message: `the worker died: ${result.crashed}` }];
  return result.failures;
}

function record(input, result, elapsed) {
  inputs++;
  perStrategy[input.strategy]++;
  const failures = failuresOf(result, input.text.length);
  const total = result.times ? Object.values(result.times).reduce((a, b) => a + b, 0) : elapsed;
  const b = bucket(input.text.length);
  if (!worstPerSize.has(b) || worstPerSize.get(b) < total) worstPerSize.set(b, total);
  if (input.text.length >= 10240) worstMicrosPerChar = Math.max(worstMicrosPerChar, (total * 1000) / input.text.length);
  for (const check of new Set(failures.map((f) => f.check))) failuresPerCheck[check]++;
  // Every slow input is listed: they are not minimised, and each says how it was made.
  const slow = failures.find((f) => f.check === "time");
  if (slow && distinct.has("time: slow"))
    console.log(`slow   input ${input.index} (${input.strategy}: ${input.note}), ${input.text.length} chars: ${slow.message}`);
  for (const f of failures) {
    const id = `${f.check}: ${f.key}`;
    if (!distinct.has(id)) {
      distinct.set(id, { ...f, input });
      console.log(`found  ${id} — input ${input.index} (${input.strategy}: ${input.note}), ${input.text.length} chars: ${f.message}`);
    }
  }
}

const runner = new Runner(corpus.pools.map(({ path, text }) => ({ path, text })));
console.log(
  `fuzz: seed ${seed}, budget ${budget} s, ${corpus.files.length} corpus files, ${corpus.pools.length} pool models, inputs up to ${Math.round(maxSize / 1024)} KB`,
);

/** Time kept for minimising: 15 s per distinct failure to shrink (slow ones are not shrunk), at most a quarter of the budget. */
function minimiseReserve() {
  const toShrink = [...distinct.values()].filter((f) => f.check !== "time").length;
  return Math.min(budget * 250, toShrink * 15_000);
}

for (let index = 0; ; index++) {
  const stopAt = end - minimiseReserve();
  if (Date.now() >= stopAt) break;
  const input = makeInput(index);
  const limit = hangBound(input.text.length);
  const left = end - Date.now();
  const t0 = Date.now();
  const result = await runner.check(input, Math.min(limit, left));
  if (args.verbose) console.log(`input ${index} ${input.strategy} ${input.text.length} chars ${Date.now() - t0} ms: ${input.note}`);
  if (result.hung && left < limit) {
    unfinished = `input ${index} (${input.strategy}, ${input.text.length} chars) unfinished after ${((Date.now() - t0) / 1000).toFixed(1)} s`;
    break;
  }
  record(input, result, Date.now() - t0);
}

function stillFails(failure) {
  const id = `${failure.check}: ${failure.key}`;
  return async (text) => {
    const limit = hangBound(text.length);
    const left = end - Date.now();
    if (left <= 0) return false;
    const result = await runner.check({ ...failure.input, text, quarter: undefined }, Math.min(limit, left));
    if (result.hung && left < limit) return false;
    return failuresOf(result, text.length).some((f) => `${f.check}: ${f.key}` === id);
  };
}

function jsLiteral(text) {
  return text.length <= 2000 ? JSON.stringify(text) : `${JSON.stringify(text.slice(0, 200))} … (${text.length} characters, see input.txt)`;
}

rmSync(OUT, { recursive: true, force: true });
const written = [];
let unshrunk = 0;
// Quick checks first: a slow input is written as found.
const failures = [...distinct.values()].sort((a, b) => (a.check === "time") - (b.check === "time"));
for (let i = 0; i < failures.length; i++) {
  const failure = failures[i];
  const share = (end - Date.now()) / failures.slice(i).filter((f) => f.check !== "time").length;
  // Shrinking a slow input costs up to its whole time bound per try, and a smaller input is rarely still too slow.
  const small = failure.check === "time" ? failure.input.text : await minimise(failure.input.text, stillFails(failure), Date.now() + share);
  const name = `${failure.check}-${String(i + 1).padStart(2, "0")}`;
  const dir = join(OUT, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "input.txt"), small);
  if (small.length === failure.input.text.length && failure.check !== "time") unshrunk++;
  const { input } = failure;
  const report = {
    check: failure.check,
    key: failure.key,
    message: failure.message,
    seed,
    input: input.index,
    strategy: input.strategy,
    made: input.note,
    filename: input.filename ?? null,
    pool: input.pool ? { model: corpus.pools[input.pool.index].path, server: input.pool.server ?? null } : null,
    originalLength: input.text.length,
    minimisedLength: small.length,
    literal: jsLiteral(small),
  };
  writeFileSync(join(dir, "failure.json"), `${JSON.stringify(report, null, 2)}\n`);
  written.push(name);
  console.log(
    `wrote  fuzz-failures/${name}: ${failure.check} (${failure.key}), ${input.text.length} → ${small.length} chars: ${jsLiteral(small).slice(0, 160)}`,
  );
}
await runner.stop();

const seconds = ((Date.now() - started) / 1000).toFixed(1);
const ms = (t) => (t >= 1000 ? `${(t / 1000).toFixed(1)} s` : `${Math.round(t)} ms`);
const failed = Object.values(failuresPerCheck).some((n) => n > 0);
console.log("");
console.log(
  `fuzz: ${inputs} inputs in ${seconds} s (seed ${seed}, budget ${budget} s${unfinished ? `; ${unfinished}` : ""}): ${Object.entries(
    perStrategy,
  )
    .map(([s, n]) => `${s} ${n}`)
    .join(" · ")}`,
);
console.log(
  `worst time per input (all calls): ${SIZE_BUCKETS.filter(([, b]) => worstPerSize.has(b))
    .map(([, b]) => `${b} ${ms(worstPerSize.get(b))}`)
    .join(" · ")} · worst ${worstMicrosPerChar.toFixed(1)} µs/char (≥10 KB)`,
);
console.log(
  `failures: ${Object.entries(failuresPerCheck)
    .map(([c, n]) => `${c} ${n}`)
    .join(" · ")}`,
);
const shrinkNote = unshrunk ? ` (${unshrunk} not shrunk: out of time)` : "";
const listed = written.length > 4 ? `${written.slice(0, 4).join(", ")} …` : written.join(", ");
console.log(
  written.length
    ? `written: ${written.length} distinct failures, minimised, to fuzz-failures/ (${listed})${shrinkNote}`
    : "written: nothing (no failure)",
);
console.log(`replay: npm run fuzz -- --seed ${seed} --budget ${budget}`);
console.log(failed ? "FUZZ FAILED" : "FUZZ OK");
process.exitCode = failed ? 1 : 0;
