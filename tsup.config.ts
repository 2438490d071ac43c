import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

export default defineConfig({
  entry: { index: "src/index.ts", cli: "src/cli/index.ts", tooling: "src/tooling/index.ts" },
  format: ["esm", "cjs"],
  dts: { entry: { index: "src/index.ts" } },
  target: "node20",
  platform: "node",
  clean: true,
  sourcemap: false,
  splitting: true,
  // Bundled so start-up does not pay for resolving chevrotain's many modules (issue #2).
  noExternal: ["chevrotain"],
  minify: true,
  treeshake: true,
  define: { __HPOM_LINT_VERSION__: JSON.stringify(version) },
});
