import type { RespMgrConfig } from "../ast/nodes.js";
import { permission } from "../files/constructs.js";
import { describeKind } from "../files/file-kind.js";
import { defineRule, type OffsetFix } from "../lint/rule.js";
import { keywordRange } from "./util.js";

/**
 * Inserts the missing lists, empty, where the grammar puts them: on a line of
 * their own before the clause that follows them (so the insertion never touches
 * a list entry another fix may remove), else after the clause they follow.
 */
function insertLists(text: string, config: RespMgrConfig, missing: readonly string[]): OffsetFix {
  const lists = missing.join(" ");
  // What is missing always goes before ACTIONALLOWMANAGERS (when only SECONDARYMANAGERS is) or MSGTARGETRULES.
  const next = config.actionAllowManagers ?? config.targetRules;
  if (next) {
    const lineStart = text.lastIndexOf("\n", next.range.start - 1) + 1;
    const indent = text.slice(lineStart, next.range.start);
    const ownLine = /^[ \t]*$/.test(indent);
    // The file's own line break, so a CRLF file does not get a lone LF (as HP2033's insertion).
    const eol = lineStart >= 2 && text.charCodeAt(lineStart - 2) === 13 ? "\r\n" : "\n";
    return { range: { start: next.range.start, end: next.range.start }, text: ownLine ? `${lists}${eol}${indent}` : `${lists} ` };
  }
  const after =
    config.secondaryManagers?.range.end ?? config.description?.range.end ?? keywordRange(config.range.start, "RESPMGRCONFIG").end;
  return { range: { start: after, end: after }, text: ` ${lists}` };
}

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
        const missing = [node.secondaryManagers ? "" : "SECONDARYMANAGERS", node.actionAllowManagers ? "" : "ACTIONALLOWMANAGERS"].filter(
          (list) => list !== "",
        );
        if (missing.length === 0) return;
        context.report({
          range: keywordRange(node.range.start, "RESPMGRCONFIG"),
          message: `RESPMGRCONFIG has no ${missing.join(" and no ")}; ${describeKind(kind)} requires SECONDARYMANAGERS and ACTIONALLOWMANAGERS, and opcmomchk rejects it without them — add ${missing.length === 1 ? "the list" : "both lists"} (they may be empty)`,
          fix: insertLists(context.text, node, missing),
        });
      },
    };
  },
});
