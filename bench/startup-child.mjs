/**
 * Start-up probe, timed by bench.mjs against bare `node -e 0`: load the built
 * library and parse the smallest file.
 *
 *   node bench/startup-child.mjs [dist-dir]           the parser entry (hpom-lint/parser)
 *   node bench/startup-child.mjs [dist-dir] --main    the main entry (hpom-lint), for context
 *   node bench/startup-child.mjs --no-lib             the same ESM entry, without the library
 *
 * The target is set on the parser entry: it is what an editor extension and the
 * Prettier plugin load to parse or format a file (the CLI has its own bundle). The
 * main entry also loads the linter, the generator and the pool model (zod, yaml);
 * its row shows what that costs.
 *
 * Exits 1 if the tiny parse reports anything, so a broken build cannot pass as fast.
 * The `--no-lib` run separates Node's own ESM-entry cost from the library's.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

if (process.argv[2] === "--no-lib") process.exit(0);
const args = process.argv.slice(2).filter((a) => a !== "--main");
const distDir = args[0] ?? new URL("../dist/", import.meta.url).pathname;
const entry = process.argv.includes("--main") ? "index.js" : "parser.js";
const { parse } = await import(pathToFileURL(resolve(distDir, entry)).href);
if (parse("RESPMGRCONFIGS\n").diagnostics.length !== 0) process.exitCode = 1;
