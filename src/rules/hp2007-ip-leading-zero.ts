import { defineRule } from "../lint/rule.js";
import { isRecovered, quoteString } from "./util.js";

const LEADING_ZERO = /(?:^|\.)0\d/;

/** HP2007: an IPv4 octet written with a leading zero. */
export default defineRule({
  code: "HP2007",
  name: "ip-leading-zero",
  severity: "info",
  description: "An IPv4 address has an octet written with a leading zero, which some tools read as octal.",
  docs: "docs/rules/HP2007.md",
  fixable: true,
  create(context) {
    return {
      IPv4(node) {
        // Tested first without splitting: almost every address of a large file has no leading zero.
        if (isRecovered(node) || !LEADING_ZERO.test(node.raw)) return;
        const parts = node.raw.split(".");
        if (parts.length !== 4 || !parts.some((p) => p.length > 1 && p.startsWith("0"))) return;
        const stripped = parts.map((p) => p.replace(/^0+(?=\d)/, "")).join(".");
        context.report({
          node,
          message: `leading zeros in ${quoteString(node.raw)} may be read as octal by other tools; write ${quoteString(stripped)}`,
          fix: { range: node.range, text: stripped },
        });
      },
    };
  },
});
