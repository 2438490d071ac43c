/**
 * Peak-RSS probe, run by bench.mjs in a fresh process per input so that one
 * size's garbage or JIT state cannot inflate another's peak.
 *
 *   node --expose-gc bench/rss-child.mjs <file> [dist-dir]
 *
 * Prints one JSON line. maxRSS is the process's whole peak (Node, the library,
 * the input text and the parse result): nothing is subtracted.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [file, distDir = new URL("../dist/", import.meta.url).pathname] = process.argv.slice(2);
if (!file) {
  process.stderr.write("usage: node --expose-gc bench/rss-child.mjs <file> [dist-dir]\n");
  process.exit(2);
}
const { parse } = await import(pathToFileURL(resolve(distDir, "index.js")).href);

const text = readFileSync(file, "utf8");
// Peak so far (Node + library + text), for context only; the report uses the final peak.
const beforeKiB = process.resourceUsage().maxRSS;
const t0 = performance.now();
const result = parse(text, { filename: file });
const ms = performance.now() - t0;
// Read while `result` is still alive, so the AST is certainly part of the peak.
const maxRssKiB = process.resourceUsage().maxRSS;
process.stdout.write(
  JSON.stringify({ bytes: Buffer.byteLength(text), maxRssKiB, beforeKiB, parseMs: ms, diagnostics: result.diagnostics.length }) + "\n",
);
