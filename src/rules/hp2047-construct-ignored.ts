import { isClause } from "../ast/walk.js";
import type { ConstructId } from "../files/constructs.js";
import { describeKind } from "../files/file-kind.js";
import { defineRule } from "../lint/rule.js";
import { constructVisitor } from "./construct-check.js";
import { removalFix } from "./managers.js";

/**
 * What the fix may remove: constructs whose removal leaves HPOM's behaviour as
 * it was. A TEXT or SERVICE condition is kept: it says what the author meant
 * the rule to match, which the author has to express another way.
 */
const REMOVABLE: ReadonlySet<ConstructId> = new Set<ConstructId>(["timeZone", "managerEntries", "targetAttribute", "ackNonLocal"]);

/** HP2047: a construct docs/language.md#what-each-kind-may-contain marks W (accepted, but without effect) for the file's kind. */
export default defineRule({
  code: "HP2047",
  name: "construct-ignored",
  severity: "warning",
  description:
    "A construct without effect in the file's kind, such as MSGCONTROLLINGMGR in an allnodes file or manager-list entries in a msgforw file.",
  docs: "docs/rules/HP2047.md",
  fixable: true,
  create(context) {
    return constructVisitor(context, "W", ({ kind, construct, label, range, node, why }) => {
      const fix = REMOVABLE.has(construct) && isClause(node) ? removalFix(context, node) : undefined;
      context.report({
        range,
        message: `${label} has no effect in ${describeKind(kind)}${why ? `: ${why}` : ""} — remove it`,
        ...(fix ? { fix } : {}),
      });
    });
  },
});
