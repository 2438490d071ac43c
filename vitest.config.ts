import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Chevrotain's grammar validations are off in production for start-up time; tests turn them on.
    env: { HPOM_LINT_VALIDATE_GRAMMAR: "1" },
    testTimeout: 60_000,
  },
});
