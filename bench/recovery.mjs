/**
 * Error recovery on junk (issue #19 item 3): 5 MB of stray keywords, and 80,000 stray
 * `MSGTARGETRULE` words inside a MSGTARGETRULES block, each parsed in a fresh child
 * process (this file, run with `--child`) so that its peak RSS is its own.
 *
 *   node bench/recovery.mjs [dist-dir]     prints both measurements
 */
import { spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const BENCH = dirname(fileURLToPath(import.meta.url));
const MB = 2 ** 20;

/** Clause keywords of every block, in an order that never forms a valid clause. */
const STRAY = ["MSGTARGETRULE", "SEVERITY", "NODE", "TIMETEMPLATE", "DESCRIPTION", "MSGTARGETRULECOND", "IP", "OPCMGR"];

/** The inputs: `stray` is `mb` MB of the keywords above; `rules` is `count` stray MSGTARGETRULE words in a block. */
export function junk(kind, amount) {
  if (kind === "rules") {
    return 'RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "x"\n    MSGTARGETRULES\n' + "MSGTARGETRULE ".repeat(amount) + "\n";
  }
  const words = [];
  let bytes = 0;
  for (let i = 0; bytes < amount * MB; i++) {
    const w = STRAY[(i * 7) % STRAY.length];
    words.push(w);
    bytes += w.length + 1;
  }
  return words.join(" ");
}

/** Parses one junk input in a fresh process; its time, peak RSS and size. */
function child(distDir, kind, amount) {
  const r = spawnSync(process.execPath, [join(BENCH, "recovery.mjs"), "--child", distDir, kind, String(amount)], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (r.status !== 0) throw new Error(`recovery child exited ${r.status ?? r.signal}: ${r.stderr.trim().slice(-500)}`);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

/** Both measurements, best time of `runs` children (peak RSS of that run). */
export function measureRecovery(distDir, runs = 2) {
  const best = (kind, amount) => {
    const all = Array.from({ length: runs }, () => child(distDir, kind, amount));
    return all.reduce((a, b) => (b.ms < a.ms ? b : a));
  };
  return { stray5MB: best("stray", 5), rules80k: best("rules", 80_000) };
}

if (process.argv[2] === "--child") {
  const [distDir, kind, amount] = process.argv.slice(3);
  const { parse } = await import(pathToFileURL(resolve(distDir, "index.js")).href);
  const text = junk(kind, Number(amount));
  const t0 = performance.now();
  const result = parse(text);
  const ms = performance.now() - t0;
  const maxRssKiB = process.resourceUsage().maxRSS;
  process.stdout.write(JSON.stringify({ bytes: Buffer.byteLength(text), ms, maxRssKiB, diagnostics: result.diagnostics.length }) + "\n");
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(measureRecovery(resolve(process.argv[2] ?? join(BENCH, "..", "dist"))), null, 2));
}
