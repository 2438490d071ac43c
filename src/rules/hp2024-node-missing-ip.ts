import { defineRule } from "../lint/rule.js";
import { quoteString } from "./util.js";
import { nodeByName } from "../ast/build.js";
import { replaceNode } from "../lint/edits.js";
import { KW } from "../lexer/keywords.js";

/** HP2024: a node written as a bare string instead of `IP 0.0.0.0 "name"`. */
export default defineRule({
  code: "HP2024",
  name: "node-missing-ip",
  severity: "error",
  description: 'A node written as a bare string instead of IP 0.0.0.0 "name".',
  docs: "docs/rules/HP2024.md",
  fixable: true,
  create(context) {
    return {
      NameNode(node) {
        const name = node.name.terminated ? quoteString(node.name.value) : node.name.raw;
        context.report({
          node,
          // A variable such as "$OPC_PRIMARY_MGR" stands for a server and has no address of its own.
          message: node.name.value.startsWith("$")
            ? `a node is written ${KW.ip} 0.0.0.0 ${name}, not a bare string; opcmomchk rejects the file`
            : `a node is written ${KW.ip} 0.0.0.0 ${name} (or ${KW.ip} <address> ${name}), not a bare string; opcmomchk rejects the file`,
          ...(node.name.terminated ? { fix: replaceNode(node.range, nodeByName(node.name.value)) } : {}),
        });
      },
    };
  },
});
