import type { OffsetRange } from "../ast/nodes.js";
import { defineRule, type RuleContext } from "../lint/rule.js";
import { KW } from "../lexer/keywords.js";
import { description } from "../ast/build.js";
import { insertAfter, insertBefore } from "../lint/edits.js";
import { printDescription } from "../printer/print.js";

/** The description a fix adds: an empty one, which opcmomchk accepts. */
const EMPTY = printDescription(description(""));

/**
 * Reports a block without DESCRIPTION. `after` is where the description belongs (the end of the
 * keyword, or of a template's name); `next` is the block's first child, if any.
 */
function report(context: RuleContext, block: string, at: OffsetRange, after: number, next: { range: OffsetRange } | undefined): void {
  context.report({
    range: at,
    message: `${block} needs a ${KW.description} right after ${block === KW.timetemplate ? "its name" : "the keyword"}; opcmomchk rejects the file without one — add ${KW.description} "…" (it may be empty)`,
    fix: next ? insertBefore(next.range.start, EMPTY) : insertAfter(after, EMPTY),
  });
}

function keyword(start: number, word: string): OffsetRange {
  return { start, end: start + word.length };
}

/** HP2023: RESPMGRCONFIG, MSGTARGETRULE, MSGTARGETRULECOND or a TIMETEMPLATE name without DESCRIPTION. */
export default defineRule({
  code: "HP2023",
  name: "missing-description",
  severity: "error",
  description: "No DESCRIPTION after RESPMGRCONFIG, MSGTARGETRULE, MSGTARGETRULECOND or the name of a TIMETEMPLATE.",
  docs: "docs/rules/HP2023.md",
  fixable: true,
  create(context) {
    return {
      TimeTemplate(node) {
        if (node.description) return;
        report(
          context,
          "TIMETEMPLATE",
          keyword(node.range.start, "TIMETEMPLATE"),
          node.name.range.end,
          node.timeZone ?? node.conditions ?? undefined,
        );
      },
      RespMgrConfig(node) {
        if (node.description) return;
        const at = keyword(node.range.start, "RESPMGRCONFIG");
        report(context, "RESPMGRCONFIG", at, at.end, node.secondaryManagers ?? node.actionAllowManagers ?? node.targetRules ?? undefined);
      },
      TargetRule(node) {
        if (node.description) return;
        const at = keyword(node.range.start, "MSGTARGETRULE");
        report(context, "MSGTARGETRULE", at, at.end, node.conditions);
      },
      RuleCondition(node) {
        if (node.description) return;
        const at = keyword(node.range.start, "MSGTARGETRULECOND");
        report(context, "MSGTARGETRULECOND", at, at.end, node.attributes[0]);
      },
    };
  },
});
