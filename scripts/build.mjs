#!/usr/bin/env node
// Builds dist/ in two passes: the first build records the grammar, its snapshot is
// taken from that build, and the second build embeds the snapshot so the parser
// restores its grammar instead of recording it at every start-up
// (src/parser/gast-snapshot.ts). The snapshot never outlives one build run.
// Then it removes empty chunks and writes the licence notices of the bundled packages.
// Everything it and tsup print goes to stderr: `npm pack` runs this build (prepare)
// and pre-commit reads the tarball's name from npm pack's stdout.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { pruneEmptyChunks } from "./prune-empty-chunks.mjs";
import { writeThirdPartyNotices } from "./third-party-notices.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// A directory of its own per run, so builds in worktrees sharing one node_modules cannot collide.
const snapshotDir = mkdtempSync(join(tmpdir(), "hpom-lint-grammar-"));
const snapshotFile = join(snapshotDir, "grammar-snapshot.json");
const bundledList = join(snapshotDir, "bundled-files.json");
const tsup = join(root, "node_modules/tsup/dist/cli-default.js");

function build(env) {
  // tsup.config.ts builds the library and the CLI side by side, neither cleaning dist/ (each would empty it under the other).
  rmSync(join(root, "dist"), { recursive: true, force: true });
  execFileSync(process.execPath, [tsup], { cwd: root, stdio: ["ignore", process.stderr, process.stderr], env: { ...process.env, ...env } });
}

try {
  build({ HPOM_BUILD_PASS: "record" });
  // The first pass recorded its grammar at construction; take the snapshot from it.
  const tooling = await import(pathToFileURL(join(root, "dist/tooling.js")).href);
  const snapshot = tooling.snapshotParser(tooling.getParser().getGAstProductions());
  writeFileSync(snapshotFile, `${JSON.stringify(snapshot)}\n`);
  build({ HPOM_BUILD_PASS: "final", HPOM_GRAMMAR_SNAPSHOT: snapshotFile, HPOM_BUNDLED_LIST: bundledList });
  pruneEmptyChunks(join(root, "dist"));
  writeThirdPartyNotices(bundledList, join(root, "dist"));
} finally {
  rmSync(snapshotDir, { recursive: true, force: true });
}
