import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", cli: "src/cli/index.ts" },
  format: ["esm", "cjs"],
  dts: { entry: { index: "src/index.ts" } },
  target: "node20",
  platform: "neutral",
  clean: true,
  sourcemap: false,
  splitting: true,
  // Bundled so start-up does not pay for resolving chevrotain's many modules (issue #2).
  noExternal: ["chevrotain"],
  treeshake: true,
});
