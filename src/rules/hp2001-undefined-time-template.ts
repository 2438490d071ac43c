import { defineRule } from "../lint/rule.js";
import { closest, typoBudget } from "../util/did-you-mean.js";
import { NameIndex } from "../util/name-index.js";
import { OPC_ALWAYS, quoteString, referencedName } from "./util.js";
import { KW } from "../lexer/keywords.js";

/** HP2001: a TIMETEMPLATE reference to a template the file does not define. */
export default defineRule({
  code: "HP2001",
  name: "undefined-time-template",
  severity: "error",
  description: 'A TIMETEMPLATE reference names a template that is neither "$OPC_ALWAYS" nor defined in the file.',
  docs: "docs/rules/HP2001.md",
  fixable: true,
  create(context) {
    const defined = new Set<string>();
    for (const t of context.ast.timeTemplates?.templates ?? []) if (t.name.terminated) defined.add(t.name.value);
    let definedNames: NameIndex | undefined;
    return {
      TimeTemplateRef(node) {
        if (node.name.type === "String" && !node.name.terminated) return;
        const name = referencedName(node);
        if (name === OPC_ALWAYS || defined.has(name)) return;
        // A "$" name cannot be defined (HP2004), so the only name it can have meant is "$OPC_ALWAYS".
        const variable = name.startsWith("$");
        const max = Math.max(typoBudget(name.length), 1) + 1;
        const suggestion = variable
          ? closest(name, [OPC_ALWAYS], max)
          : (definedNames ??= new NameIndex([...defined].filter((d) => !d.startsWith("$")))).closest(name, max);
        const hint = variable ? `; the only "$" template is "$OPC_ALWAYS"` : `; define it under ${KW.timetemplates} or use "$OPC_ALWAYS"`;
        context.report({
          node: node.name,
          message: `time template ${quoteString(name)} is not defined in this file${suggestion ? `; did you mean ${quoteString(suggestion)}?` : hint}`,
          ...(suggestion ? { fix: { range: node.name.range, text: quoteString(suggestion) } } : {}),
        });
      },
    };
  },
});
