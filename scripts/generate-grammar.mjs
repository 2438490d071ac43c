#!/usr/bin/env node
/**
 * Writes `grammar/` from the parser: the files of `grammarFiles()` and copies of the
 * diagrams' support files from the installed `chevrotain` package; any other file in
 * `grammar/` is removed. Run through `npm run grammar`, after the build.
 *
 * The module that provides `grammarFiles` and `diagramSupportFiles` is the built
 * `dist/tooling.js`; set HPOM_GRAMMAR_MODULE to another path (relative to the current
 * directory) to use another build, e.g. one made with
 *   npx esbuild src/tooling/grammar-files.ts --bundle --format=esm --platform=node --outfile=/tmp/gf.mjs
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "grammar");

const moduleUrl = process.env.HPOM_GRAMMAR_MODULE
  ? pathToFileURL(resolve(process.env.HPOM_GRAMMAR_MODULE)).href
  : new URL("../dist/tooling.js", import.meta.url).href;

/** The folder of the installed `chevrotain` package (its `exports` hide `package.json`). */
function chevrotainDir() {
  let dir = dirname(createRequire(join(root, "package.json")).resolve("chevrotain"));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "chevrotain") return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("cannot find the chevrotain package folder");
    dir = parent;
  }
}

/** Writes `contents` to `grammar/<name>` through a temporary file, so a reader never sees half a file. */
function writeAtomically(name, contents) {
  const target = join(outDir, name);
  mkdirSync(dirname(target), { recursive: true });
  const temp = join(dirname(target), `.${name.split("/").pop()}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, contents);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Every file under `dir`, as paths relative to `outDir` with `/` separators. */
function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [relative(outDir, path).split(sep).join("/")];
  });
}

/** Removes the empty folders under `dir` (not `dir` itself). */
function removeEmptyFolders(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = join(dir, entry.name);
    removeEmptyFolders(path);
    if (readdirSync(path).length === 0) rmdirSync(path);
  }
}

async function main() {
  let tooling;
  try {
    tooling = await import(moduleUrl);
  } catch (error) {
    throw new Error(`cannot load ${fileURLToPath(moduleUrl)} (run \`npm run build\` first): ${error.message}`, { cause: error });
  }
  const { grammarFiles, diagramSupportFiles } = tooling;
  if (typeof grammarFiles !== "function" || typeof diagramSupportFiles !== "function") {
    throw new Error(
      `${fileURLToPath(moduleUrl)} does not export grammarFiles and diagramSupportFiles: add ` +
        '`export { diagramSupportFiles, grammarFiles } from "./grammar-files.js";` to src/tooling/index.ts and rebuild',
    );
  }

  const files = grammarFiles();
  const support = diagramSupportFiles(files["diagrams.html"]);
  const chevrotain = chevrotainDir();

  for (const [name, contents] of Object.entries(files)) writeAtomically(name, contents);
  for (const [name, source] of Object.entries(support)) writeAtomically(name, readFileSync(join(chevrotain, source)));

  const expected = new Set([...Object.keys(files), ...Object.keys(support)]);
  const stale = listFiles(outDir).filter((name) => !expected.has(name));
  for (const name of stale) rmSync(join(outDir, name));
  removeEmptyFolders(outDir);

  const written = [...expected].sort();
  console.log(`grammar/: wrote ${written.length} files (${written.join(", ")})${stale.length ? `; removed ${stale.join(", ")}` : ""}`);
}

main().catch((error) => {
  console.error(`generate-grammar: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
