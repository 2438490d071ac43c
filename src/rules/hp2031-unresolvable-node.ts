import { defineRule } from "../lint/rule.js";
import { isZeroAddress } from "./managers.js";
import { isRecovered } from "./util.js";
import { KW } from "../lexer/keywords.js";

/**
 * HP2031: `IP 0.0.0.0` without a name, anywhere a node is written (managers and NODE
 * conditions alike). 0.0.0.0 means "resolve the name", so without one there is nothing
 * to resolve; an `ID` alone does not help, since it is not a name.
 */
export default defineRule({
  code: "HP2031",
  name: "unresolvable-node",
  severity: "error",
  description: "A node is written IP 0.0.0.0 without a host name, so it cannot be resolved.",
  docs: "docs/rules/HP2031.md",
  fixable: false,
  create(context) {
    return {
      IpNode(node) {
        if (node.name !== null || isRecovered(node.address) || !isZeroAddress(node)) return;
        context.report({
          node,
          message: `${KW.ip} 0.0.0.0 needs a host name to resolve: write ${KW.ip} 0.0.0.0 "<fqdn>", or give the node's real address`,
        });
      },
    };
  },
});
