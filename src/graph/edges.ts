/** The target managers of a file's rules as edges by name, before the graph gives them ids. */
import type { NodeSpec } from "../ast/nodes.js";
import type { EstateFile } from "../estate/load.js";
import { rulesOf } from "../estate/match.js";
import { hostName } from "../rules/managers.js";
import { OPC_ALWAYS, referencedName } from "../rules/util.js";
import type { GraphEdgeKind } from "./types.js";

/** An edge between names (servers, interfaces, agent groups). */
export interface NamedEdge {
  from: string;
  to: string;
  kind: GraphEdgeKind;
  rule: string | null;
  template: string | null;
  primary?: true;
  both?: true;
  loop?: true;
}

/** The server a manager names: a host name normalised, or a fixed address; undefined for what names none. */
export function managerName(node: NodeSpec): string | undefined {
  const host = hostName(node);
  if (host !== undefined) return host;
  if (node.type === "IpNode" && node.address.octets.some((o) => o !== 0)) return node.address.octets.join(".");
  return undefined;
}

/**
 * One edge per target manager of every rule of `file` (a picture shows every
 * rule, not the first a message matches). `special` names the target of a
 * variable such as `$OPC_PRIMARY_MGR`, or undefined to leave it out; `kind`
 * is the edge's kind, or for msgforw, decided by the target's attribute.
 */
export function targetEdges(
  from: string,
  file: EstateFile,
  special: (node: NodeSpec) => string | undefined,
  kind: GraphEdgeKind | "forward",
): NamedEdge[] {
  const edges: NamedEdge[] = [];
  const seen = new Set<string>();
  for (const rule of rulesOf(file.ast)) {
    if (rule.outcome.type !== "TargetManagers") continue;
    for (const m of rule.outcome.managers) {
      const to = special(m.manager.node) ?? managerName(m.manager.node);
      if (to === undefined || to === from) continue;
      const template = referencedName(m.timeTemplate);
      const edge: NamedEdge = {
        from,
        to,
        kind: kind === "forward" ? (m.attribute?.keyword === "MSGCONTROLLINGMGR" ? "controlling" : "notify") : kind,
        rule: rule.description?.value.value ?? null,
        template: template === OPC_ALWAYS ? null : template,
      };
      const key = JSON.stringify([edge.to, edge.kind, edge.rule, edge.template]);
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push(edge);
    }
  }
  return edges;
}
