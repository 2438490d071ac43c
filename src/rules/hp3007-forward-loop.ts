import { defineRule } from "../lint/rule.js";
import { forwardRules } from "./pooling/forwarding.js";
import { forwardingFileOwner } from "./pooling/scope.js";
import type { FileOwner, Topology } from "../model/topology.js";

/**
 * HP3007: a forwarding loop. The file's own targets are followed through the
 * model's `forwardTo` edges (pools and senders); reaching the file's owner again
 * means its messages come back to it. Forwarding to itself is self-forward's
 * (HP2037) and synchronisation inside the owner's pool is not forwarding.
 */
export default defineRule({
  code: "HP3007",
  name: "forward-loop",
  severity: "error",
  description: "A msgforw target from which, following the pool model's forwarding, messages come back to this server.",
  docs: "docs/rules/HP3007.md",
  fixable: false,
  create(context) {
    const found = forwardingFileOwner(context);
    if (!found) return {};
    return {
      ConfigFile() {
        const { topology, owner } = found;
        const source = ownerKey(owner);
        const reported = new Set<string>();
        // A large file names the same few servers thousands of times; a server's first target decides for all of them.
        const seen = new Set<string>();
        for (const rule of forwardRules(context)) {
          for (const target of rule.targets) {
            if (target.fqdn === undefined || seen.has(target.fqdn)) continue;
            seen.add(target.fqdn);
            const start = nodeKey(topology, target.fqdn);
            if (start === source || reported.has(start)) continue;
            const path = pathBack(topology, start, source);
            if (!path) continue;
            reported.add(start);
            context.report({
              node: target.node.manager.node,
              message: `messages forwarded by ${label(source)} to ${target.fqdn} come back to it: ${[source, ...path].map(label).join(" → ")}`,
            });
          }
        }
      },
    };
  },
});

// Graph nodes are pools ("pool:core") and single servers ("server:fqdn"): a pool's members and Vs are one node.
function ownerKey(owner: FileOwner): string {
  return owner.kind === "pool" ? `pool:${owner.pool.name}` : `server:${owner.sender.server}`;
}

function nodeKey(topology: Topology, target: string): string {
  if (topology.pool(target)) return `pool:${target}`;
  const id = topology.identify(target);
  if (id && id.kind !== "sender") return `pool:${id.pool.name}`;
  return `server:${target.toLowerCase()}`;
}

function label(key: string): string {
  return key.startsWith("pool:") ? `pool ${key.slice(5)}` : key.slice(7);
}

function edges(topology: Topology, key: string): string[] {
  if (key.startsWith("pool:")) return (topology.pool(key.slice(5))?.forwardTo ?? []).map((t) => nodeKey(topology, t));
  const id = topology.identify(key.slice(7));
  return id?.kind === "sender" ? id.sender.forwardTo.map((t) => nodeKey(topology, t)) : [];
}

/** The nodes from `start` to `goal` (both included) along model edges, breadth first; undefined when unreachable. */
function pathBack(topology: Topology, start: string, goal: string): string[] | undefined {
  const parent = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const key = queue[i]!;
    for (const next of edges(topology, key)) {
      if (parent.has(next)) continue;
      parent.set(next, key);
      if (next === goal) {
        const path: string[] = [];
        for (let at: string | null = next; at !== null; at = parent.get(at) ?? null) path.unshift(at);
        return path;
      }
      queue.push(next);
    }
  }
  return undefined;
}
