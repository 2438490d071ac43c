/** Helpers shared by the rules about managers and rule lists: node identity, kinds, removing list entries. */
import type { AstNode, Clause, IpNode, NodeSpec, StringLiteral, TargetRule, VariableLiteral } from "../ast/nodes.js";
import { forEachChild, isClause } from "../ast/walk.js";
import type { FileKind } from "../files/file-kind.js";
import type { OffsetFix, RuleContext } from "../lint/rule.js";
import { normaliseFqdn } from "../util/fqdn.js";
import { isRecovered, quoteString } from "./util.js";

/** The variable that stands for a managed node's current primary manager. */
export const OPC_PRIMARY_MGR = "$OPC_PRIMARY_MGR";

/** The server-side file kinds (read by a management server, docs/language.md#kinds-and-names). */
export const SERVER_KINDS: ReadonlySet<FileKind> = new Set<FileKind>(["msgforw", "escmgr", "outage"]);

/**
 * The identity of a name part: variables and `$…` strings as written (they are not
 * host names), host names normalised (case, trailing dot, surrounding blanks). Undefined for an
 * unterminated string, whose value is unreliable.
 */
function nameIdentity(literal: StringLiteral | VariableLiteral): string | undefined {
  if (literal.type === "Variable") return literal.raw === "" ? undefined : `$${literal.name}`;
  if (!literal.terminated) return undefined;
  // The one host-name comparison of src/util/fqdn.ts, so a duplicate is the same host the pooling rules see.
  return literal.value.startsWith("$") ? literal.value : normaliseFqdn(literal.value);
}

/** Whether an IPv4 literal is `0.0.0.0` ("resolve the name"). */
export function isZeroAddress(node: IpNode): boolean {
  return node.address.octets.every((o) => o === 0);
}

/**
 * The normalised identity of a node: equal for two specs that name the same node
 * in the same way. `IP 0.0.0.0 "n"`, a bare `"n"` and (for variables) a bare `$V`
 * share the name's identity; a fixed address keeps address and name, octets as
 * numbers. Undefined when the spec cannot be compared (unresolvable, broken by a
 * syntax error).
 */
export function nodeIdentity(node: NodeSpec): string | undefined {
  switch (node.type) {
    case "IpNode": {
      if (isRecovered(node.address) || node.address.octets.some((o) => Number.isNaN(o))) return undefined;
      const name = node.name === null ? null : nameIdentity(node.name);
      if (name === undefined) return undefined;
      if (node.id !== null && !node.id.terminated) return undefined;
      const id = node.id === null ? "" : ` id:${node.id.value}`;
      if (isZeroAddress(node)) return name === null ? undefined : `name:${name}${id}`;
      return `ip:${node.address.octets.join(".")}${name === null ? "" : ` name:${name}`}${id}`;
    }
    case "NameNode": {
      const name = nameIdentity(node.name);
      return name === undefined ? undefined : `name:${name}`;
    }
    case "VariableNode":
      return node.variable.raw === "" ? undefined : `name:$${node.variable.name}`;
    case "OtherNode":
      return node.name.terminated ? `other:${node.name.value}` : undefined;
    case "NodeGroupNode":
      return node.name.terminated ? `nodegroup:${node.name.value}` : undefined;
  }
}

/** The host name a node spec names (lower case), or undefined for variables, address-only and non-IP specs. */
export function hostName(node: NodeSpec): string | undefined {
  const literal = node.type === "IpNode" ? node.name : node.type === "NameNode" ? node.name : null;
  if (literal?.type !== "String" || !literal.terminated || literal.value.startsWith("$")) return undefined;
  return normaliseFqdn(literal.value);
}

/**
 * The FQDN a manager node names, normalised: the name of `IP a.b.c.d "name"`,
 * else undefined (a bare address, a variable or a node group names no server
 * of the model).
 */
export function managerName(node: NodeSpec): string | undefined {
  if (node.type === "IpNode" && node.name?.type === "String" && node.name.terminated) return normaliseFqdn(node.name.value);
  if (node.type === "NameNode" && node.name.terminated) return normaliseFqdn(node.name.value);
  return undefined;
}

/** The name literal of a node spec that may hold `$OPC_PRIMARY_MGR`. */
export function nameLiteral(node: NodeSpec): StringLiteral | VariableLiteral | null {
  switch (node.type) {
    case "IpNode":
      return node.name;
    case "VariableNode":
      return node.variable;
    case "NameNode":
      return node.name;
    default:
      return null;
  }
}

/** Whether a node spec stands for `$OPC_PRIMARY_MGR`, quoted or bare. */
export function isPrimaryMgr(node: NodeSpec): boolean {
  const literal = nameLiteral(node);
  if (literal === null) return false;
  return literal.type === "Variable" ? `$${literal.name}` === OPC_PRIMARY_MGR : literal.terminated && literal.value === OPC_PRIMARY_MGR;
}

/** The source text of a node, for quoting it in a message. */
export function sourceOf(context: RuleContext, node: { range: { start: number; end: number } }): string {
  return context.text.slice(node.range.start, node.range.end);
}

/** How a message names a rule: `rule "<description>"`, or `fallback` when it has no readable description. */
export function ruleLabel(rule: TargetRule, fallback: string): string {
  const d = rule.description?.value;
  return d?.terminated ? `rule ${quoteString(d.value)}` : fallback;
}

/** Whether a clause or any clause inside it carries a comment. */
export function carriesComments(clause: Clause): boolean {
  let found = false;
  const visit = (node: AstNode): void => {
    if (found || !isClause(node)) return;
    if ((node.leadingComments?.length ?? 0) > 0 || (node.trailingComments?.length ?? 0) > 0) {
      found = true;
      return;
    }
    forEachChild(node, visit);
  };
  visit(clause);
  return found;
}

/** Whether a character code is a space or a tab. */
export function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

/**
 * A fix that deletes a list entry: its whole line(s) when it stands on lines of its
 * own, else the entry and the blanks that separate it from its neighbours on the
 * line. Undefined when the entry carries a comment, which the removal would lose.
 */
export function removalFix(context: RuleContext, entry: Clause): OffsetFix | undefined {
  if (carriesComments(entry)) return undefined;
  const { text } = context;
  const { start, end } = entry.range;
  let before = start;
  while (before > 0 && isBlank(text.charCodeAt(before - 1))) before--;
  let after = end;
  while (after < text.length && isBlank(text.charCodeAt(after))) after++;
  // Where the entry's last line ends (after its line break), or -1 when more code follows on it.
  let lineEnd = -1;
  if (after === text.length) lineEnd = after;
  else if (text.charCodeAt(after) === 10) lineEnd = after + 1;
  else if (text.startsWith("\r\n", after)) lineEnd = after + 2;
  const ownsStart = before === 0 || text.charCodeAt(before - 1) === 10;
  if (ownsStart && lineEnd >= 0) return { range: { start: before, end: lineEnd }, text: "" };
  if (lineEnd >= 0) return { range: { start: before, end }, text: "" };
  return { range: { start, end: after }, text: "" };
}
