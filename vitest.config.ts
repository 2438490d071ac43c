import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

/** Every test file under `dir`, relative to the repository root. */
function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".test.ts"))
    .map((entry) => join(entry.parentPath, entry.name));
}

// The files that time work (they import test/scaling.ts) run after all the others, one at a time, so
// that no other test file competes with them for the CPU; the rest run two at a time.
const timing = testFiles("test").filter((file) => /from "(\.\.?\/)+scaling\.js"/.test(readFileSync(file, "utf8")));

const shared = {
  // What tsup.config.ts puts in the build: the CLI run in process reports the package's version, as the built one does.
  define: { __HPOM_LINT_VERSION__: JSON.stringify(version) },
};

// Test files share a worker and its loaded modules instead of each starting a process of its own,
// which cost more than most files' tests; the tests keep no state in modules (test/setup.ts). The
// workers are threads: nothing in the suite changes the working folder or exits the process, and
// threads start and pass messages faster than child processes.
const test = { pool: "threads" as const, isolate: false, setupFiles: ["test/setup.ts"], testTimeout: 60_000 };

export default defineConfig({
  test: {
    projects: [
      { ...shared, test: { ...test, name: "tests", include: ["test/**/*.test.ts"], exclude: timing, maxWorkers: 2 } },
      { ...shared, test: { ...test, name: "timing", include: timing, maxWorkers: 1, sequence: { groupOrder: 1 } } },
    ],
  },
});
