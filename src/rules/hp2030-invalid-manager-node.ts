import type { NodeSpec } from "../ast/nodes.js";
import { defineRule } from "../lint/rule.js";
import { sourceOf } from "./managers.js";
import { KW } from "../lexer/keywords.js";

/**
 * HP2030: a manager (OPCMGR, SECONDARYMANAGER NODE, ACTIONALLOWMANAGER NODE) given as
 * `OTHER …` or `NODEGROUP …`. Agents and servers contact a manager by address or host
 * name, so neither a non-IP node identity nor a group of nodes can name one.
 */
export default defineRule({
  code: "HP2030",
  name: "invalid-manager-node",
  severity: "error",
  description: "A management server (OPCMGR, SECONDARYMANAGER or ACTIONALLOWMANAGER) is given as OTHER or NODEGROUP instead of IP.",
  docs: "docs/rules/HP2030.md",
  fixable: false,
  create(context) {
    const check = (node: NodeSpec): void => {
      if (node.type === "OtherNode") {
        context.report({
          node,
          message: `a management server must be given as ${KW.ip} …, not ${sourceOf(context, node)}; write ${KW.ip} 0.0.0.0 "<server fqdn>"`,
        });
      } else if (node.type === "NodeGroupNode") {
        context.report({
          node,
          message: `a management server must be given as ${KW.ip} …, not ${sourceOf(context, node)}: a node group is not a server — list each server as ${KW.ip} 0.0.0.0 "<server fqdn>"`,
        });
      }
    };
    return {
      OpcMgr(node) {
        check(node.node);
      },
      ManagerNode(node) {
        check(node.node);
      },
    };
  },
});
