/**
 * `npm run bench -- --profile`: a CPU profile of `parse` on the 10 MB input, taken
 * with node's inspector in this process after warm-up, written as a .cpuprofile
 * (open it in Chrome DevTools or VS Code), and summed up by self time per function.
 */
import { Session } from "node:inspector/promises";
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

/**
 * The library bundled from src/ without minifying, so that the profile names our
 * functions and files (dist/ is minified into one line of one chunk).
 */
export async function readableParse(root, outDir) {
  const outfile = join(outDir, "profile-build", "index.js");
  await build({
    entryPoints: [join(root, "src", "index.ts")],
    bundle: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    outfile,
    logLevel: "error",
  });
  const { parse } = await import(pathToFileURL(outfile).href);
  return { parse, bundleFile: outfile };
}

/**
 * For each line of the bundle, the source module it came from: esbuild heads each
 * module with a `// src/…` or `// node_modules/…` comment.
 */
function moduleOfLine(bundleFile) {
  const modules = [];
  let current = "(bundle)";
  for (const line of readFileSync(bundleFile, "utf8").split("\n")) {
    const m = /^\/\/ (\S*(?:src|node_modules)\/\S+)$/.exec(line);
    if (m) current = m[1].replace(/^.*node_modules\/(@[^/]+\/[^/]+|[^/]+)\/.*/, "$1");
    modules.push(current);
  }
  return (url, line) => (url.endsWith(basename(bundleFile)) ? (modules[line] ?? "(bundle)") : url ? basename(url) : "");
}

/**
 * Self time per function (name and source module) and per module, largest first,
 * from a profile's samples. A function V8 inlined counts in its caller's time.
 */
export function selfTimes(profile, bundleFile) {
  const moduleOf = moduleOfLine(bundleFile);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  // The profiler's own calls (node:inspector's `post` and what it dispatches) are not the parse's.
  const own = new Set();
  const mark = (n) => {
    own.add(n.id);
    for (const c of n.children ?? []) mark(byId.get(c));
  };
  for (const n of profile.nodes) if (n.callFrame.url === "node:inspector" && !own.has(n.id)) mark(n);
  const ms = new Map();
  // timeDeltas[i] is the time before sample i; it is charged to that sample's node.
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    if (own.has(id)) continue;
    ms.set(id, (ms.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const total = [...ms.values()].reduce((a, b) => a + b, 0);
  const byFunction = new Map();
  const byModule = new Map();
  for (const [id, t] of ms) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const module = moduleOf(url, lineNumber);
    const key = `${functionName || "(anonymous)"} ${module}`.trim();
    byFunction.set(key, (byFunction.get(key) ?? 0) + t);
    const group = module || functionName;
    byModule.set(group, (byModule.get(group) ?? 0) + t);
  }
  const rows = (map) => [...map].map(([name, t]) => ({ name, ms: t, share: t / total })).sort((a, b) => b.ms - a.ms);
  return { totalMs: total, functions: rows(byFunction), modules: rows(byModule) };
}

/** Profiles `rounds` parses of `text` after `warmups` untimed ones; writes the profile to `file`. */
export async function profileParse({ parse, bundleFile }, text, file, { warmups = 2, rounds = 3 } = {}) {
  for (let i = 0; i < warmups; i++) parse(text);
  const session = new Session();
  session.connect();
  try {
    await session.post("Profiler.enable");
    // 100 µs between samples: fine enough for a parse of seconds, small enough a profile to write.
    await session.post("Profiler.setSamplingInterval", { interval: 100 });
    await session.post("Profiler.start");
    for (let i = 0; i < rounds; i++) parse(text);
    const { profile } = await session.post("Profiler.stop");
    writeFileSync(file, JSON.stringify(profile));
    return selfTimes(profile, bundleFile);
  } finally {
    session.disconnect();
  }
}
