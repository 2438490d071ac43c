/**
 * How a forwarding target reads in the generated files' comments and the
 * runbook; where forwarded messages go is the topology's (`Topology.forwardTargets`).
 */
import type { ForwardTarget } from "../model/topology.js";

/** How a target reads in a comment, `pool "core" (virt.example.com)` or the FQDN; in Markdown, names are code. */
export function describeTarget(target: ForwardTarget, markdown = false): string {
  const name = (s: string) => (markdown ? `\`${s}\`` : s);
  if (!target.pool) return name(target.entry);
  return `pool ${markdown ? name(target.entry) : `"${target.entry}"`} (${target.servers.map(name).join(", ")})`;
}
