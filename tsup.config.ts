import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin } from "esbuild";
import { defineConfig, type Options } from "tsup";
import { lazyChildProcessForCommander, svgRendererApart, withoutChevrotainLexer } from "./src/cli/start/bundle-plugins.js";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

// scripts/build.mjs builds twice: a first pass that records the grammar (the tooling
// entry only), then the final one embedding the grammar snapshot taken from the first
// (see src/parser/gast-snapshot.ts). A plain `tsup` builds once, without it. No
// configuration cleans dist/: they run at the same time, so scripts/build.mjs empties
// it before each pass.
const pass = process.env.HPOM_BUILD_PASS;
const snapshotFile = process.env.HPOM_GRAMMAR_SNAPSHOT;
const snapshot = snapshotFile ? readFileSync(snapshotFile, "utf8").trim() : undefined;

/**
 * Records every file from node_modules that any bundle reads, for the
 * licence notices scripts/build.mjs writes into dist/ (THIRD-PARTY-NOTICES):
 * the code of those packages ships inside our files. A package read but
 * shaken out entirely is listed too, which errs on the safe side.
 */
const bundledFiles = new Set<string>();
const bundledListFile = process.env.HPOM_BUNDLED_LIST;
const recordBundledPackages: Plugin = {
  name: "record-bundled-packages",
  setup(build) {
    if (!bundledListFile) return;
    build.onLoad({ filter: /[\\/]node_modules[\\/]/ }, (args) => {
      bundledFiles.add(args.path);
      return undefined;
    });
    // Builds run side by side in one process; each writes the union so far, so the last one leaves all of it.
    build.onEnd(() => writeFileSync(bundledListFile, JSON.stringify([...bundledFiles].sort())));
  },
};

const common: Options = {
  target: "node20",
  platform: "node",
  clean: false,
  sourcemap: false,
  minify: true,
  treeshake: true,
  // `import.meta.url` (the CLI finds its worker script by it) also works in the CommonJS builds.
  shims: true,
  esbuildPlugins: [recordBundledPackages, withoutChevrotainLexer],
  esbuildOptions(options) {
    // yaml and jsonc-parser from their ES module builds: for Node both resolve to CommonJS, jsonc-parser's
    // a UMD file whose named exports Node's ES module loader cannot see and esbuild cannot tree-shake.
    options.alias = {
      ...options.alias,
      yaml: resolve("node_modules/yaml/browser/index.js"),
      "jsonc-parser": resolve("node_modules/jsonc-parser/lib/esm/main.js"),
    };
  },
  define: {
    __HPOM_LINT_VERSION__: JSON.stringify(version),
    ...(snapshot ? { __HPOM_GRAMMAR_SNAPSHOT__: snapshot } : {}),
  },
};

/**
 * The published library entries, sharing chunks. `parser` (`hpom-lint/parser`)
 * reaches only the parser, printer and formatter, so it loads without zod, yaml
 * and the rules (issue #2); as the Prettier plugin imports through it, all it
 * needs lands in one chunk (every module more is a few milliseconds of Node's ES
 * module loader). Chevrotain, yaml and jsonc-parser (for pool models named
 * `*.json`) are bundled so start-up does not pay for resolving their many
 * modules (issues #2 and #5).
 */
const library: Options = {
  ...common,
  name: "library",
  entry: { index: "src/index.ts", parser: "src/parser/index.ts", prettier: "src/prettier/index.ts" },
  format: ["esm", "cjs"],
  dts: { entry: { index: "src/index.ts", parser: "src/parser/index.ts", prettier: "src/prettier/index.ts" } },
  splitting: true,
  noExternal: ["chevrotain", "yaml", "jsonc-parser"],
};

/**
 * What the build, the scripts, the benchmark and the tests use of the internals,
 * in a file of its own: sharing chunks with the library, it would split the
 * library's chunks further.
 */
const tooling: Options = {
  ...common,
  name: "tooling",
  entry: { tooling: "src/tooling/index.ts" },
  format: ["esm"],
  splitting: false,
  noExternal: ["chevrotain", "yaml", "jsonc-parser"],
};

/**
 * The command line as one CommonJS file with every dependency inside, which
 * `bin/hpom-lint.js` loads through a V8 code cache (src/cli/start/compile-cache.ts): one file
 * to read and no module resolution at all; its worker threads likewise load one
 * file each. What only some runs need (zod, the reporters, the generator…) is
 * imported dynamically in the source; esbuild turns each such module into a
 * function run on first use, so it costs nothing until then.
 */
const cli: Options = {
  ...common,
  name: "cli",
  entry: {
    cli: "src/cli/index.ts",
    start: "src/cli/start/compile-cache.ts",
    "lint-worker": "src/cli/lint-worker.ts",
    "render-svg": "src/cli/render-svg.ts",
    // `hpom-lint lsp` loads it at run time, so the other commands do not compile the protocol library.
    lsp: "src/lsp/server.ts",
  },
  format: ["cjs"],
  splitting: false,
  noExternal: [/./],
  // esbuild's own tree shaking only: tsup's extra pass (rollup) would hoist every require of a
  // Node module to the top of the file, loading at each start what only some runs use.
  treeshake: false,
  esbuildPlugins: [recordBundledPackages, withoutChevrotainLexer, lazyChildProcessForCommander, svgRendererApart],
  esbuildOptions(options, context) {
    common.esbuildOptions?.(options, context);
    // `import()` of Node's own modules becomes `require`: code compiled by src/cli/start/compile-cache.ts
    // has no dynamic-import callback (Node 20's only one for vm.Script is experimental and warns).
    options.supported = { ...options.supported, "dynamic-import": false };
  },
};

export default defineConfig(pass === "record" ? [tooling] : [library, tooling, cli]);
