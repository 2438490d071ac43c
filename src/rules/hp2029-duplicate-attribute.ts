import type { ConditionAttribute } from "../ast/nodes.js";
import { defineRule } from "../lint/rule.js";
import { nodeIdentity } from "./managers.js";

/**
 * The keyword an attribute is compared under, or undefined for CONDSTATUSVAR, which
 * HP documents as repeatable (one condition may depend on several status variables).
 * SERVICE_NAME is read as an alias of SERVICE.
 */
function attributeKeyword(a: ConditionAttribute): string | undefined {
  switch (a.type) {
    case "SeverityAttribute":
      return "SEVERITY";
    case "NodeAttribute":
      return "NODE";
    case "StringAttribute":
      return a.keyword;
    case "PatternAttribute":
      return a.keyword === "SERVICE_NAME" ? "SERVICE" : a.keyword;
    case "MsgCondTypeAttribute":
      return "MSGCONDTYPE";
    case "CondStatusVarAttribute":
      return undefined;
  }
}

/** What an attribute requires, comparable between two attributes of the same keyword. */
function attributeValue(a: ConditionAttribute): string {
  switch (a.type) {
    case "SeverityAttribute":
    case "MsgCondTypeAttribute":
      return a.value.raw;
    case "NodeAttribute":
      return a.nodes
        .map((n) => nodeIdentity(n) ?? `@${n.range.start}`)
        .sort()
        .join("\u0000");
    case "StringAttribute":
      return a.value.value;
    case "PatternAttribute":
      return `${a.pattern.value}\u0000${a.separators?.value ?? ""}\u0000${a.icase}`;
    case "CondStatusVarAttribute":
      return a.name.value;
  }
}

/** How to resolve a repeated keyword whose values differ. */
function advice(keyword: string): string {
  if (keyword === "NODE")
    return "all attributes must match, so a message would have to come from both nodes at once — list the nodes in one NODE attribute (any of them matches), or use two conditions";
  if (keyword === "MSGCONDTYPE") return "which one applies is undocumented — keep one";
  return "all attributes must match, so this condition can only match if both values are equal — use two conditions";
}

/**
 * HP2029: the same attribute keyword twice in one MSGTARGETRULECOND. Attributes are
 * ANDed, so two different values make the condition unsatisfiable; two equal values
 * are merely redundant, and the message says so.
 */
export default defineRule({
  code: "HP2029",
  name: "duplicate-attribute",
  severity: "warning",
  description: "The same attribute keyword (SEVERITY, NODE, APPLICATION, …) appears twice in one MSGTARGETRULECOND.",
  docs: "docs/rules/HP2029.md",
  fixable: false,
  create(context) {
    return {
      RuleCondition(node) {
        if (node.attributes.length < 2) return;
        const first = new Map<string, ConditionAttribute>();
        for (const attribute of node.attributes) {
          const keyword = attributeKeyword(attribute);
          if (keyword === undefined) continue;
          const previous = first.get(keyword);
          if (!previous) {
            first.set(keyword, attribute);
            continue;
          }
          const line = context.lines.position(previous.range.start).line;
          const equal = attributeValue(previous) === attributeValue(attribute);
          context.report({
            node: attribute,
            message: equal
              ? `${keyword} appears twice in one condition with the same value (first at line ${line}); remove one`
              : `${keyword} appears twice in one condition (first at line ${line}); ${advice(keyword)}`,
          });
        }
      },
    };
  },
});
