import type { StringLiteral, VariableLiteral } from "../ast/nodes.js";
import { defineRule } from "../lint/rule.js";
import { closest } from "../util/did-you-mean.js";
import { nameLiteral, OPC_PRIMARY_MGR } from "./managers.js";
import { OPC_ALWAYS, quoteString } from "./util.js";
import { KW } from "../lexer/keywords.js";

/** HP2015: a `$NAME` variable where it has no meaning. */
export default defineRule({
  code: "HP2015",
  name: "unknown-variable",
  severity: "warning",
  description: 'A "$NAME" variable other than "$OPC_ALWAYS" as a time template or "$OPC_PRIMARY_MGR" as a manager node.',
  docs: "docs/rules/HP2015.md",
  fixable: false,
  create(context) {
    /** Reports `literal` when it is a variable (bare or in a string) other than `allowed`. */
    const check = (literal: StringLiteral | VariableLiteral | null, allowed: string | null, hint: string): void => {
      if (!literal) return;
      let name: string;
      if (literal.type === "Variable") {
        if (literal.raw === "") return;
        name = `$${literal.name}`;
      } else {
        if (!literal.terminated || !literal.value.startsWith("$")) return;
        name = literal.value;
      }
      if (name === allowed) return;
      const suggestion = allowed ? closest(name, [allowed], 3) : undefined;
      context.report({
        node: literal,
        message: `variable ${quoteString(name)} has no meaning here; ${suggestion ? `did you mean ${quoteString(suggestion)}? Otherwise ` : ""}${hint}`,
      });
    };
    const TIME_HINT = `use ${quoteString(OPC_ALWAYS)} or a template defined under ${KW.timetemplates}`;
    const MANAGER_HINT = `use ${quoteString(OPC_PRIMARY_MGR)} or ${KW.ip} 0.0.0.0 "<server fqdn>"`;
    return {
      TimeTemplateRef(node) {
        check(node.name, OPC_ALWAYS, TIME_HINT);
      },
      OpcMgr(node) {
        check(nameLiteral(node.node), OPC_PRIMARY_MGR, MANAGER_HINT);
      },
      ManagerNode(node) {
        check(nameLiteral(node.node), OPC_PRIMARY_MGR, MANAGER_HINT);
      },
      NodeAttribute(node) {
        for (const n of node.nodes)
          check(
            nameLiteral(n),
            null,
            `name the message's node as ${KW.ip} 0.0.0.0 "<node fqdn>" (variables are not expanded in conditions)`,
          );
      },
    };
  },
});
