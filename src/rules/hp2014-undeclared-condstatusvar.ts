import { defineRule } from "../lint/rule.js";
import { typoBudget } from "../util/did-you-mean.js";
import { NameIndex } from "../util/name-index.js";
import { quoteString } from "./util.js";
import { KW } from "../lexer/keywords.js";

/** HP2014: a CONDSTATUSVAR condition naming a variable not declared under CONDSTATUSVARS. */
export default defineRule({
  code: "HP2014",
  name: "undeclared-condstatusvar",
  severity: "error",
  description: "A CONDSTATUSVAR condition names a variable that is not declared under CONDSTATUSVARS.",
  docs: "docs/rules/HP2014.md",
  fixable: true,
  create(context) {
    const declared = new Set<string>();
    for (const v of context.ast.condStatusVars?.variables ?? []) if (v.name.terminated) declared.add(v.name.value);
    let names: NameIndex | undefined;
    return {
      CondStatusVarAttribute(node) {
        if (!node.name.terminated) return;
        const name = node.name.value;
        if (declared.has(name)) return;
        const suggestion = (names ??= new NameIndex(declared)).closest(name, Math.max(typoBudget(name.length), 1) + 1);
        context.report({
          node: node.name,
          message: `condition status variable ${quoteString(name)} is not declared${
            suggestion
              ? `; did you mean ${quoteString(suggestion)}?`
              : `; declare it under ${KW.condstatusvars} (${KW.condstatusvar} ${quoteString(name)} False)`
          }`,
          ...(suggestion ? { fix: { range: node.name.range, text: quoteString(suggestion) } } : {}),
        });
      },
    };
  },
});
