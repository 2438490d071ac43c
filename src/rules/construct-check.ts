/**
 * What construct-not-allowed (HP2046) and construct-ignored (HP2047) share:
 * every node docs/language.md#what-each-kind-may-contain judges, checked against the table in
 * `files/constructs.ts` for the file's kind. Both stay silent when the kind is
 * unknown, and cells the catalogue gives a rule of its own are left to it.
 */
import type { AstNode, OffsetRange } from "../ast/nodes.js";
import { CONSTRUCTS, JUDGED_NODE_TYPES, constructOf, permission, reportedBy, type ConstructId } from "../files/constructs.js";
import type { FileKind } from "../files/file-kind.js";
import type { RuleContext, Visitor } from "../lint/rule.js";
import { keywordRange } from "./util.js";
import { printNodeSpec } from "../printer/print.js";

/** A construct the table gives the verdict asked for. */
export interface ConstructFinding {
  kind: FileKind;
  construct: ConstructId;
  /** The keyword (or `NODEGROUP "name"`) the construct is written with. */
  label: string;
  /** Where to report: the keyword, or the whole node spec. */
  range: OffsetRange;
  /** The construct's node, for a fix that removes it. */
  node: AstNode;
  /** Why the construct is rejected or ignored, from the table. */
  why: string | undefined;
}

const WORD = /[A-Za-z_]+/y;

/** The keyword a clause starts with, as written (a misspelling the parser forgave included). */
function keywordAt(text: string, start: number): string {
  WORD.lastIndex = start;
  return WORD.exec(text)?.[0] ?? "";
}

/** A visitor that calls `found` for every construct whose verdict in this file is `verdict`. */
export function constructVisitor(context: RuleContext, verdict: "W" | "E", found: (finding: ConstructFinding) => void): Visitor {
  const kind = context.kind;
  if (kind === undefined) return {};
  // A construct inside a reported one is not reported again: removing the outer one settles it.
  let reportedUntil = -1;
  /** Judges `node` as `construct`; without a `label` it is named and underlined by its first keyword. */
  const judge = (construct: ConstructId, node: AstNode, label?: string): void => {
    if (node.range.start < reportedUntil) return;
    if (permission(construct, kind) !== verdict || reportedBy(construct, kind) !== undefined) return;
    reportedUntil = node.range.end;
    const keyword = label === undefined ? keywordAt(context.text, node.range.start) : undefined;
    found({
      kind,
      construct,
      label: label ?? keyword!,
      range: keyword === undefined ? node.range : keywordRange(node.range.start, keyword),
      node,
      why: CONSTRUCTS[construct].why?.[verdict],
    });
  };
  const handlers: Record<string, (node: AstNode) => void> = {};
  for (const type of JUDGED_NODE_TYPES) handlers[type] = (node) => judge(constructOf(node)!, node);
  handlers.NodeAttribute = (node) => {
    if (node.type !== "NodeAttribute") return;
    judge("condition", node);
    for (const spec of node.nodes) if (spec.type === "NodeGroupNode") judge("nodeGroup", spec, printNodeSpec(spec));
  };
  return handlers;
}
