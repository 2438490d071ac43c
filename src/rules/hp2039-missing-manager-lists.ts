import { emptyManagerList } from "../ast/build.js";
import type { ActionAllowManagers, RespMgrConfig, SecondaryManagers } from "../ast/nodes.js";
import { KW } from "../lexer/keywords.js";
import { permission } from "../files/constructs.js";
import { describeKind } from "../files/file-kind.js";
import { insertAfter, insertClausesBefore } from "../lint/edits.js";
import { defineRule, type OffsetFix } from "../lint/rule.js";
import { printManagerListHead } from "../printer/print.js";
import { keywordRange } from "./util.js";

/**
 * Inserts the missing lists, empty, where the grammar puts them: on a line of
 * their own before the clause that follows them (so the insertion never touches
 * a list entry another fix may remove), else after the clause they follow.
 */
function insertLists(text: string, config: RespMgrConfig, lists: readonly string[]): OffsetFix {
  // What is missing always goes before ACTIONALLOWMANAGERS (when only SECONDARYMANAGERS is) or MSGTARGETRULES.
  const next = config.actionAllowManagers ?? config.targetRules;
  if (next) return insertClausesBefore(text, next, lists);
  const after =
    config.secondaryManagers?.range.end ?? config.description?.range.end ?? keywordRange(config.range.start, KW.respmgrconfig).end;
  return insertAfter(after, lists.join(" "));
}

/** The manager lists of a RESPMGRCONFIG, in the order the grammar puts them. */
const LISTS: readonly (SecondaryManagers | ActionAllowManagers)["type"][] = ["SecondaryManagers", "ActionAllowManagers"];

/** HP2039: a RESPMGRCONFIG without its manager lists in a file kind that requires them (docs/language.md#manager-lists-in-msgforw: agent files). */
export default defineRule({
  code: "HP2039",
  name: "missing-manager-lists",
  severity: "error",
  description: "A RESPMGRCONFIG without SECONDARYMANAGERS or ACTIONALLOWMANAGERS in an agent file (allnodes, node-specific file, mgrconf).",
  docs: "docs/rules/HP2039.md",
  fixable: true,
  create(context) {
    const kind = context.kind;
    if (kind === undefined || permission("managerLists", kind) !== "R") return {};
    return {
      RespMgrConfig(node) {
        const missing = LISTS.filter((type) => (type === "SecondaryManagers" ? !node.secondaryManagers : !node.actionAllowManagers)).map(
          (type) => printManagerListHead(emptyManagerList(type)),
        );
        if (missing.length === 0) return;
        context.report({
          range: keywordRange(node.range.start, KW.respmgrconfig),
          message: `${KW.respmgrconfig} has no ${missing.join(" and no ")}; ${describeKind(kind)} requires ${KW.secondarymanagers} and ${KW.actionallowmanagers}, and opcmomchk rejects it without them — add ${missing.length === 1 ? "the list" : "both lists"} (they may be empty)`,
          fix: insertLists(context.text, node, missing),
        });
      },
    };
  },
});
