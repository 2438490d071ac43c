#!/usr/bin/env node
// Thin shim: everything lives in the built CLI; only this file touches the process's exit code.
import { run } from "../dist/cli.js";

process.exitCode = await run(process.argv.slice(2));
