// The project's own source is linted type-aware: typescript-eslint's recommended type-checked and
// stylistic sets. Part of `npm test`, clean at zero warnings.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "coverage/", "bench/out/", "node_modules/", "grammar/diagrams/", "editors/*/out/", "fuzz-failures/"] },
  js.configs.recommended,
  {
    files: ["**/*.ts"],
    extends: [...tseslint.configs.recommendedTypeChecked, ...tseslint.configs.stylisticTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    files: ["**/*.mjs", "**/*.cjs", "bin/*.js"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // A linter for files where control characters are the thing to find, clean and escape.
    rules: { "no-control-regex": "off" },
  },
);
