/**
 * The esbuild plugins that make the bundles start faster (issues #2, #5 and #6): build-time code,
 * run by tsup.config.ts, never part of a bundle.
 */
import { readFileSync } from "node:fs";
import type { Plugin } from "esbuild";

/**
 * Chevrotain's Lexer (with its regexp analysis, ~35 KB minified) is bundled only
 * because its module is imported for the `Lexer.NA` constant; hpom-lint lexes with
 * its own scanner (src/lexer/scanner.ts). This stands in for that module, so the
 * bundles compile less code at every start-up. The constants are Chevrotain's own
 * values; constructing a Lexer fails loudly rather than half-working.
 */
export const withoutChevrotainLexer: Plugin = {
  name: "without-chevrotain-lexer",
  setup(build) {
    build.onResolve({ filter: /[\\/]scan[\\/]lexer_public\.js$/ }, (args) =>
      /[\\/]chevrotain[\\/]/.test(args.importer) ? { path: "chevrotain-lexer-stub", namespace: "hpom-lint" } : undefined,
    );
    build.onLoad({ filter: /^chevrotain-lexer-stub$/, namespace: "hpom-lint" }, () => ({
      loader: "js",
      contents: [
        "export class Lexer {",
        "  static SKIPPED = 'This marks a skipped Token pattern';",
        "  static NA = /NOT_APPLICABLE/;",
        "  constructor() { throw new Error(\"hpom-lint's build leaves out Chevrotain's Lexer (it lexes with its own scanner)\"); }",
        "}",
        "export const LexerDefinitionErrorType = Object.freeze({});",
      ].join("\n"),
    }));
  },
};

/**
 * commander requires node:child_process (and with it net, dgram and the streams:
 * several milliseconds of every start) as it loads, for executable subcommands,
 * which hpom-lint does not have. In the CLI bundle that require becomes a
 * stand-in that loads the module on first use. The build fails if commander
 * changes the line, rather than silently losing the saving.
 */
export const lazyChildProcessForCommander: Plugin = {
  name: "lazy-child-process-for-commander",
  setup(build) {
    build.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const eager = "require('node:child_process')";
      const source = readFileSync(args.path, "utf8");
      if (!source.includes(eager)) throw new Error(`${args.path}: no ${eager} to make lazy; update src/cli/start/bundle-plugins.ts`);
      const lazy = "new Proxy({}, { get: (_, key) => require('node:child_process')[key] })";
      return { loader: "js", contents: source.replace(eager, lazy) };
    });
  },
};

/**
 * Graphviz (`@viz-js/viz`, 1.2 MB of WebAssembly) is for `graph --format svg` only: in the CLI
 * bundle, the import of `render-svg.js` becomes a require of `./render-svg.cjs`, built beside it
 * as an entry of its own, so no other run reads or compiles it.
 */
export const svgRendererApart: Plugin = {
  name: "svg-renderer-apart",
  setup(build) {
    build.onResolve({ filter: /[\\/]render-svg\.js$/ }, () => ({ path: "./render-svg.cjs", external: true }));
  },
};
