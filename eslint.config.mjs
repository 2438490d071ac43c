// The project's own source is linted type-aware: typescript-eslint's recommended type-checked and
// stylistic sets. Part of `npm test`, clean at zero warnings.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "coverage/", "bench/out/", "node_modules/", "grammar/diagrams/", "editors/*/out/", "fuzz-failures/"] },
  js.configs.recommended,
  {
    // A linter for files where control characters are the thing to find, clean and escape.
    rules: { "no-control-regex": "off" },
  },
  {
    files: ["**/*.ts"],
    extends: [...tseslint.configs.recommendedTypeChecked, ...tseslint.configs.stylisticTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Index loops on the lexer's, parser's and walker's hot paths are deliberate.
      "@typescript-eslint/prefer-for-of": "off",
      // `_name` marks what is left out on purpose, such as a key dropped by a rest pattern.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    // Tests read the CLI's JSON output through JSON.parse and stub the io with empty or async functions.
    files: ["test/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-empty-function": "off",
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    files: ["**/*.mjs", "**/*.cjs", "bin/*.js"],
    languageOptions: { globals: { ...globals.node } },
  },
);
