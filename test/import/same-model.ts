/**
 * A pool model reduced to what the HPOM files carry, in one order, with the
 * defaults applied: two models that `import` cannot tell apart compare equal.
 * What only the runbook uses (os, gui, details, loadBalancer, outboundOnly, the
 * node names of assignments) is in no flexible-management file and is left out.
 */
import { addressOf, isPoolName, modeOf, primaryOf } from "../../src/model/resolve.js";
import type { PoolModel } from "../../src/model/schema.js";

const sorted = (names: readonly string[]): string[] => [...names].sort();

/** What the files of `model` say, comparable with `toEqual`. */
export function filesFacts(model: PoolModel): unknown {
  const pools = model.pools
    .map((pool) => {
      const assigned = new Map<string, string[]>();
      for (const a of pool.assignments ?? []) assigned.set(a.virtual, [...(assigned.get(a.virtual) ?? []), ...a.nodes.map(addressOf)]);
      return {
        name: pool.name,
        members: sorted(pool.members),
        virtual: sorted(pool.virtual),
        primary: primaryOf(pool),
        forwardTo: sorted(pool.forwardTo ?? []),
        assignments: [...assigned]
          .map(([v, nodes]) => ({ virtual: v, nodes: sorted(nodes) }))
          .sort((a, b) => (a.virtual < b.virtual ? -1 : 1)),
      };
    })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const senders = (model.senders ?? [])
    .map((s) => ({
      server: s.server,
      forwardTo: sorted(s.forwardTo),
      // The mode says how pools are reached: without a pool among the targets it leaves no trace.
      mode: s.forwardTo.some(isPoolName) ? modeOf(s) : undefined,
    }))
    .sort((a, b) => (a.server < b.server ? -1 : 1));
  return { pools, senders };
}
