/**
 * Start-up probe, timed by bench.mjs against bare `node -e 0`: load the built
 * library and parse the smallest file, as a one-file CLI run would.
 *
 *   node bench/startup-child.mjs [dist-dir]
 *   node bench/startup-child.mjs --no-lib     (the same ESM entry, without the library)
 *
 * Exits 1 if the tiny parse reports anything, so a broken build cannot pass as fast.
 * The `--no-lib` run separates Node's own ESM-entry cost from the library's.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

if (process.argv[2] === "--no-lib") process.exit(0);
const distDir = process.argv[2] ?? new URL("../dist/", import.meta.url).pathname;
const { parse } = await import(pathToFileURL(resolve(distDir, "index.js")).href);
if (parse("RESPMGRCONFIGS\n").diagnostics.length !== 0) process.exitCode = 1;
