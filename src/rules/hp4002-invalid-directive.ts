import { defineRule } from "../lint/rule.js";

/** HP4002: an inline directive naming a rule that does not exist. Reported by the engine. */
export default defineRule({
  code: "HP4002",
  name: "invalid-directive",
  severity: "warning",
  description: "An hpom-lint directive comment names an unknown rule code or alias.",
  docs: "docs/rules/HP4002.md",
  fixable: false,
  create: () => ({}),
});
