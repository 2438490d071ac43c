#!/usr/bin/env node
// Thin shim: starts the built CLI through its compile cache (src/cli/start/compile-cache.ts); only this
// file touches the process's exit code. CommonJS (see bin/package.json): an ES module
// entry point costs Node about 10 ms more to start.
require("../dist/start.cjs")
  .start(process.argv.slice(2))
  .then((code) => {
    // Ending the process at once saves the ~10 ms Node spends winding down by itself (issue #6,
    // start-up); the run has awaited everything it started. Not while output is still queued:
    // where stdout or stderr is asynchronous (pipes on some systems) it would be cut off, so
    // there the process ends by itself once the output is written.
    if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
    process.exitCode = code;
  });
