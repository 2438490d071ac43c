import { defineRule } from "../lint/rule.js";
import { isRecovered, quoteString } from "./util.js";
import { KW } from "../lexer/keywords.js";

/** HP2006: an IPv4 address with an octet above 255. */
export default defineRule({
  code: "HP2006",
  name: "invalid-ip",
  severity: "error",
  description: "An IPv4 address has an octet above 255.",
  docs: "docs/rules/HP2006.md",
  fixable: false,
  create(context) {
    return {
      IPv4(node) {
        if (isRecovered(node) || node.octets.some((o) => Number.isNaN(o))) return;
        const bad = node.octets.filter((o) => o > 255);
        if (bad.length === 0) return;
        context.report({
          node,
          message: `${quoteString(node.raw)} is not a valid IPv4 address: octet ${bad[0]} is above 255; each octet must be 0–255 (use ${KW.ip} 0.0.0.0 "fqdn" when the address is not fixed)`,
        });
      },
    };
  },
});
