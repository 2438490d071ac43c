import { describeKind } from "../files/file-kind.js";
import { defineRule } from "../lint/rule.js";
import { constructVisitor } from "./construct-check.js";

/** HP2046: a construct docs/language.md#what-each-kind-may-contain marks E (not allowed) for the file's kind. */
export default defineRule({
  code: "HP2046",
  name: "construct-not-allowed",
  severity: "error",
  description:
    "A construct the file's kind does not allow, such as MSGOPERATIONS in an allnodes file or MSGTARGETMANAGERS in the outage file.",
  docs: "docs/rules/HP2046.md",
  fixable: false,
  create(context) {
    return constructVisitor(context, "E", ({ kind, label, range, why }) => {
      context.report({ range, message: `${label} is not allowed in ${describeKind(kind)}${why ? `: ${why}` : ""}` });
    });
  },
});
