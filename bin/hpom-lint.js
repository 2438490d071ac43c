#!/usr/bin/env node
// Thin shim: starts the built CLI through its compile cache (src/cli/start.ts); only this
// file touches the process's exit code. CommonJS (see bin/package.json): an ES module
// entry point costs Node about 10 ms more to start.
require("../dist/start.cjs")
  .start(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
