import type { NodeSpec } from "../ast/nodes.js";
import { defineRule, type RuleContext } from "../lint/rule.js";
import { OPC_ALWAYS, quoteString } from "./util.js";
import { nodeByName } from "../ast/build.js";
import { replaceNode } from "../lint/edits.js";
import { KW } from "../lexer/keywords.js";

const OPC_PRIMARY_MGR = "$OPC_PRIMARY_MGR";

/** Reports `$OPC_PRIMARY_MGR` written as a bare node or as an unquoted name after `IP`. */
function checkManager(context: RuleContext, node: NodeSpec): void {
  const canonical = quoteString(OPC_PRIMARY_MGR);
  if (node.type === "VariableNode" && `$${node.variable.name}` === OPC_PRIMARY_MGR) {
    context.report({
      node,
      message: `${OPC_PRIMARY_MGR} is written without ${KW.ip} 0.0.0.0 and quotes; HP's syntax has no bare variable as a node — write ${KW.ip} 0.0.0.0 ${canonical}`,
      fix: replaceNode(node.range, nodeByName(OPC_PRIMARY_MGR)),
    });
  } else if (node.type === "IpNode" && node.name?.type === "Variable" && `$${node.name.name}` === OPC_PRIMARY_MGR) {
    context.report({
      node: node.name,
      message: `${OPC_PRIMARY_MGR} is written without quotes; the node's name is a string — write ${KW.ip} ${node.address.raw} ${canonical}`,
      fix: { range: node.name.range, text: canonical },
    });
  }
}

/** HP2041: `$OPC_ALWAYS` or `$OPC_PRIMARY_MGR` where it means something, written without its quotes (or without `IP 0.0.0.0`). */
export default defineRule({
  code: "HP2041",
  name: "bare-variable",
  severity: "warning",
  description: 'A "$OPC_ALWAYS" time template or "$OPC_PRIMARY_MGR" manager written without quotes (or without IP 0.0.0.0).',
  docs: "docs/rules/HP2041.md",
  fixable: true,
  create(context) {
    return {
      TimeTemplateRef(node) {
        const name = node.name;
        if (name.type !== "Variable" || `$${name.name}` !== OPC_ALWAYS) return;
        context.report({
          node: name,
          message: `${OPC_ALWAYS} is written without quotes; the template name is a string, as in HP's own files — write ${KW.timetemplate} ${quoteString(OPC_ALWAYS)}`,
          fix: { range: name.range, text: quoteString(OPC_ALWAYS) },
        });
      },
      OpcMgr(node) {
        checkManager(context, node.node);
      },
      ManagerNode(node) {
        checkManager(context, node.node);
      },
    };
  },
});
