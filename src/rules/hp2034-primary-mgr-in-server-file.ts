import type { NodeSpec } from "../ast/nodes.js";
import { defineRule } from "../lint/rule.js";
import { isPrimaryMgr, nameLiteral, OPC_PRIMARY_MGR, SERVER_KINDS } from "./managers.js";
import { KW } from "../lexer/keywords.js";
import { quoteString } from "./util.js";

/**
 * HP2034: `$OPC_PRIMARY_MGR` as a manager in a file a management server reads
 * (msgforw, escmgr, outage). The variable names a managed node's current primary
 * manager, which a server evaluating the file does not have. Only manager positions
 * are checked (variables in NODE conditions are HP2015's), and only when the file
 * kind is known to be a server file.
 */
export default defineRule({
  code: "HP2034",
  name: "primary-mgr-in-server-file",
  severity: "warning",
  description: '"$OPC_PRIMARY_MGR" is used as a manager in a msgforw, escmgr or outage file, where it has no meaning.',
  docs: "docs/rules/HP2034.md",
  fixable: false,
  create(context) {
    const kind = context.kind;
    if (kind === undefined || !SERVER_KINDS.has(kind)) return {};
    const check = (node: NodeSpec): void => {
      if (!isPrimaryMgr(node)) return;
      context.report({
        node: nameLiteral(node) ?? node,
        message: `${quoteString(OPC_PRIMARY_MGR)} has no meaning in a ${kind} file: it stands for a managed node's primary manager, and this file is read by a management server — name the server as ${KW.ip} 0.0.0.0 "<server fqdn>"`,
      });
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
