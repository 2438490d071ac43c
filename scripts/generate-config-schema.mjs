#!/usr/bin/env node
/**
 * Writes `schema/hpom-lint-config.schema.json`, the JSON Schema of the
 * configuration file, from its zod schema (`src/cli/config/schema.ts`) in the
 * built `dist/tooling.js`. Run through `npm run schema:config`, which builds
 * first; test/cli/config-schema.test.ts fails when the committed file is stale.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "schema/hpom-lint-config.schema.json");
const { configJsonSchema } = await import(new URL("../dist/tooling.js", import.meta.url).href);

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out.slice(root.length + 1)}`);
