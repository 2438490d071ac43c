import { readFileSync } from "node:fs";
import { defineConfig } from "vitest/config";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

export default defineConfig({
  // What tsup.config.ts puts in the build: the CLI run in process reports the package's version, as the built one does.
  define: { __HPOM_LINT_VERSION__: JSON.stringify(version) },
  test: {
    include: ["test/**/*.test.ts"],
    // Test files share a worker and its loaded modules instead of each starting a process of its own,
    // which cost more than most files' tests; the tests keep no state in modules (test/setup.ts).
    isolate: false,
    setupFiles: ["test/setup.ts"],
    testTimeout: 60_000,
  },
});
