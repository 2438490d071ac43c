import { isAgentKind } from "../files/file-kind.js";
import type { ActionAllowManagers, NodeSpec, RespMgrConfig, SecondaryManager } from "../ast/nodes.js";
import { defineRule, type OffsetFix, type RuleContext } from "../lint/rule.js";
import { hostName, isBlank, isPrimaryMgr, nodeIdentity, sourceOf } from "./managers.js";
import { quoteString } from "./util.js";

/** The blanks that start the line holding `offset`. */
function lineIndent(text: string, offset: number): string {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  let end = start;
  while (end < offset && isBlank(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

/** Whether only blanks stand between the start of its line and `offset`. */
function startsLine(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (!isBlank(c)) return false;
  }
  return true;
}

/**
 * Inserts `ACTIONALLOWMANAGER NODE <node>` for each node as the last entries of `list`, laid out like
 * the entries already there (or one level deeper than the list keyword). It goes on a
 * new line after the list's last line, behind any trailing comment, so no comment
 * changes the line it stands on.
 */
function insertEntries(text: string, list: ActionAllowManagers, nodeTexts: readonly string[]): OffsetFix {
  const end = list.range.end;
  let after = end;
  while (after < text.length && isBlank(text.charCodeAt(after))) after++;
  const rest = text.charCodeAt(after);
  if (after < text.length && rest !== 10 && rest !== 13 && rest !== 35) {
    // More code on the list's last line: keep the entry on that line too.
    return { range: { start: end, end }, text: nodeTexts.map((n) => ` ACTIONALLOWMANAGER NODE ${n}`).join("") };
  }
  const lf = text.indexOf("\n", end);
  const at = lf < 0 ? text.length : text.charCodeAt(lf - 1) === 13 ? lf - 1 : lf;
  const eol = lf > 0 && text.charCodeAt(lf - 1) === 13 ? "\r\n" : "\n";
  const first = list.managers[0];
  const entryIndent =
    first && startsLine(text, first.range.start) ? lineIndent(text, first.range.start) : `${lineIndent(text, list.range.start)}  `;
  const entry = (nodeText: string) =>
    first && !startsLine(text, first.node.range.start)
      ? `ACTIONALLOWMANAGER NODE ${nodeText}`
      : `ACTIONALLOWMANAGER${eol}${first ? lineIndent(text, first.node.range.start) : `${entryIndent}  `}NODE ${nodeText}`;
  return { range: { start: at, end: at }, text: nodeTexts.map((n) => `${eol}${entryIndent}${entry(n)}`).join("") };
}

/** How the message names a secondary manager: its host name as written, else the node as written. */
function label(context: RuleContext, node: NodeSpec): string {
  const name = node.type === "IpNode" || node.type === "NameNode" ? node.name : null;
  return name !== null && name.type === "String" && name.terminated ? quoteString(name.value) : sourceOf(context, node);
}

/**
 * HP2033: in an agent file, a SECONDARYMANAGER that may take over the node but is
 * neither an ACTIONALLOWMANAGER nor covered by an ACTIONALLOWMANAGER entry for
 * `$OPC_PRIMARY_MGR`: after a takeover it could not run actions there. The
 * action-allowed entries of all RESPMGRCONFIG blocks count, and a fixed-address entry
 * covers a name-only one of the same host name. Only agent files are checked (with the
 * kind unknown, nothing is reported: the lists mean nothing on a server). The fix adds
 * the server to its block's ACTIONALLOWMANAGERS; the first finding of a list carries
 * the fix for all of that list's, since their insertions would fall on one place.
 */
export default defineRule({
  code: "HP2033",
  name: "primary-not-action-allowed",
  severity: "info",
  description:
    'In an agent file, a SECONDARYMANAGER is not allowed to run actions: it is not an ACTIONALLOWMANAGER and "$OPC_PRIMARY_MGR" is not one either.',
  docs: "docs/rules/HP2033.md",
  fixable: true,
  create(context) {
    if (!isAgentKind(context.kind)) return {};
    const allowed = new Set<string>();
    const allowedHosts = new Set<string>();
    let primaryAllowed = false;
    const secondaries: { entry: SecondaryManager; list: ActionAllowManagers | null }[] = [];
    let block: RespMgrConfig | undefined;
    return {
      RespMgrConfig(node) {
        block = node;
      },
      "RespMgrConfig:exit"() {
        block = undefined;
      },
      SecondaryManager(node) {
        secondaries.push({ entry: node, list: block?.actionAllowManagers ?? null });
      },
      ActionAllowManager(node) {
        const spec = node.node.node;
        if (isPrimaryMgr(spec)) primaryAllowed = true;
        const identity = nodeIdentity(spec);
        if (identity !== undefined) allowed.add(identity);
        const host = hostName(spec);
        if (host !== undefined) allowedHosts.add(host);
      },
      "ConfigFile:exit"() {
        if (primaryAllowed) return;
        const reported = new Set<string>();
        const pending: { spec: NodeSpec; list: ActionAllowManagers | null }[] = [];
        for (const { entry, list } of secondaries) {
          const spec = entry.node.node;
          // OTHER and NODEGROUP are HP2030's; the primary itself needs no right of its own.
          if (spec.type === "OtherNode" || spec.type === "NodeGroupNode" || isPrimaryMgr(spec)) continue;
          const identity = nodeIdentity(spec);
          if (identity === undefined || reported.has(identity) || allowed.has(identity)) continue;
          const host = hostName(spec);
          // One report per server, however many entries (with or without a fixed address) name it.
          if (host !== undefined && (allowedHosts.has(host) || reported.has(host))) continue;
          reported.add(identity);
          if (host !== undefined) reported.add(host);
          pending.push({ spec, list });
        }
        const fixed = new Set<ActionAllowManagers>();
        for (const { spec, list } of pending) {
          let fix: OffsetFix | undefined;
          if (list && !fixed.has(list)) {
            fixed.add(list);
            fix = insertEntries(
              context.text,
              list,
              pending.filter((p) => p.list === list).map((p) => sourceOf(context, p.spec)),
            );
          }
          context.report({
            node: spec,
            message: `${label(context, spec)} may become primary but would not be allowed to run actions; add it or "$OPC_PRIMARY_MGR" to ACTIONALLOWMANAGERS`,
            ...(fix ? { fix } : {}),
          });
        }
      },
    };
  },
});
