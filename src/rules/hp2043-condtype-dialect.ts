import type { ValueWord } from "../ast/nodes.js";
import { permission } from "../files/constructs.js";
import { describeKind } from "../files/file-kind.js";
import { defineRule } from "../lint/rule.js";

/** What each condition type is documented for, and what to write instead (docs/language.md#condition-types-per-file-kind). */
const DOCUMENTED = {
  Unmatch: { construct: "unmatch", documentedFor: "the outage file", instead: "Suppress" },
  Suppress: { construct: "suppress", documentedFor: "agent, msgforw and escmgr files", instead: "Unmatch" },
} as const;

/** HP2043: a condition type the file's kind does not document: Unmatch outside the outage file, Suppress in it. */
export default defineRule({
  code: "HP2043",
  name: "condtype-dialect",
  severity: "warning",
  description:
    "TIMECONDTYPE or MSGCONDTYPE Unmatch outside the outage file, or Suppress in it: HP documents each for the other kind of file only.",
  docs: "docs/rules/HP2043.md",
  fixable: false,
  create(context) {
    const kind = context.kind;
    if (kind === undefined) return {};
    const check = (keyword: string, word: ValueWord<"condition-type">): void => {
      if (word.value !== "Unmatch" && word.value !== "Suppress") return;
      const { construct, documentedFor, instead } = DOCUMENTED[word.value];
      if (permission(construct, kind) !== "W") return;
      context.report({
        node: word,
        message: `${keyword} ${word.value} is documented only for ${documentedFor}; for ${describeKind(kind)} HP documents Match and ${instead} — write ${instead} to exclude`,
      });
    };
    return {
      TimeCondType(node) {
        check("TIMECONDTYPE", node.value);
      },
      MsgCondTypeAttribute(node) {
        check("MSGCONDTYPE", node.value);
      },
    };
  },
});
