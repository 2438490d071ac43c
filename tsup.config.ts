import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

// scripts/build.mjs builds twice: a first pass that records the grammar (no type
// declarations needed), then the final one embedding the grammar snapshot taken
// from the first (see src/parser/gast-snapshot.ts). A plain `tsup` builds once, without it.
const pass = process.env.HPOM_BUILD_PASS;
const snapshotFile = process.env.HPOM_GRAMMAR_SNAPSHOT;
const snapshot = snapshotFile ? readFileSync(snapshotFile, "utf8").trim() : undefined;

export default defineConfig({
  entry: {
    index: "src/index.ts",
    cli: "src/cli/index.ts",
    "lint-worker": "src/cli/lint-worker.ts",
    tooling: "src/tooling/index.ts",
    prettier: "src/prettier/index.ts",
  },
  format: ["esm", "cjs"],
  dts: pass === "record" ? false : { entry: { index: "src/index.ts", prettier: "src/prettier/index.ts" } },
  target: "node20",
  platform: "node",
  clean: true,
  sourcemap: false,
  splitting: true,
  // `import.meta.url` (the CLI finds its worker script by it) also works in the CommonJS build.
  shims: true,
  // Bundled so start-up does not pay for resolving chevrotain's many modules (issue #2);
  // yaml likewise (issue #5: `parsePoolModel` brings it into the library's import), from its
  // ES module build — under the "node" condition the package resolves to CommonJS.
  noExternal: ["chevrotain", "yaml"],
  esbuildOptions(options) {
    options.alias = { ...options.alias, yaml: resolve("node_modules/yaml/browser/index.js") };
  },
  minify: true,
  treeshake: true,
  define: {
    __HPOM_LINT_VERSION__: JSON.stringify(version),
    ...(snapshot ? { __HPOM_GRAMMAR_SNAPSHOT__: snapshot } : {}),
  },
});
