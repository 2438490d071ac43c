#!/usr/bin/env node
// Writes schema/pool-model.schema.json: the pool model's JSON Schema, generated
// from the zod schema of the build in dist/ (run `npm run schema`, which builds
// first). The library embeds that file as `poolModelJsonSchema`, so a changed
// schema is followed by a second build. test/model/json-schema.test.ts fails
// when the committed file is stale.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const tooling = await import(pathToFileURL(join(root, "dist/tooling.js")).href);
const file = join(root, "schema/pool-model.schema.json");
const text = `${JSON.stringify(tooling.buildPoolModelJsonSchema(), null, 2)}\n`;
if (readFileSync(file, "utf8") === text) {
  console.log(`${file} is current`);
} else {
  writeFileSync(file, text);
  console.log(`wrote ${file}; building again to embed it`);
  execFileSync(process.execPath, [join(root, "scripts/build.mjs")], { cwd: root, stdio: "inherit" });
}
