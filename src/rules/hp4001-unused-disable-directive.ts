import { defineRule } from "../lint/rule.js";

/**
 * HP4001: an inline `hpom-lint-disable…` directive that suppressed nothing. The
 * engine reports it (directives are read before the rules run), so the visitor is empty.
 */
export default defineRule({
  code: "HP4001",
  name: "unused-disable-directive",
  severity: "warning",
  description: "An hpom-lint-disable, hpom-lint-disable-next-line or hpom-lint-enable comment that suppresses nothing.",
  docs: "docs/rules/HP4001.md",
  fixable: true,
  create: () => ({}),
});
