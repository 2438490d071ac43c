/**
 * How a forwarding file addresses each pool it forwards into: through the
 * pool's virtual interfaces, through its physical members, or both. Shared by
 * the rules that check a sender's (or a pool's upward) forwarding.
 */
import type { RuleContext } from "../../lint/rule.js";
import type { FileOwner, PoolView, Topology } from "../../model/topology.js";
import { forwardRules, type Target } from "./forwarding.js";
import { forwardingFileOwner } from "./scope.js";

/** The targets of one foreign pool named in a forwarding file. */
export interface PoolTargets {
  readonly pool: PoolView;
  readonly virtual: readonly Target[];
  readonly members: readonly Target[];
}

/** Targets of a forwarding file grouped by the pool they belong to, skipping the file owner's own pool (that is synchronisation). */
export function targetsByPool(context: RuleContext): readonly PoolTargets[] {
  // Three rules ask for the same grouping in one lint, each going through every target of the file.
  return context.shared(group);
}

function group(context: RuleContext): readonly PoolTargets[] {
  const found = forwardingFileOwner(context);
  if (!found) return [];
  const { topology, owner } = found;
  const own = owner.kind === "pool" ? owner.pool : undefined;
  const byPool = new Map<PoolView, { pool: PoolView; virtual: Target[]; members: Target[] }>();
  for (const rule of forwardRules(context)) {
    for (const target of rule.targets) {
      const id = target.fqdn === undefined ? undefined : topology.identify(target.fqdn);
      if (!id || id.kind === "sender" || id.pool === own) continue;
      let entry = byPool.get(id.pool);
      if (!entry) byPool.set(id.pool, (entry = { pool: id.pool, virtual: [], members: [] }));
      (id.kind === "virtual" ? entry.virtual : entry.members).push(target);
    }
  }
  return [...byPool.values()];
}

/** How the owner is meant to forward into `pool`: a sender in members mode names members, everyone else a V. */
export function modeFor(owner: FileOwner, pool: PoolView, topology: Topology): "virtual" | "members" {
  if (owner.kind === "sender" && owner.sender.mode === "members" && topology.targetPools(owner.sender.forwardTo).includes(pool))
    return "members";
  return "virtual";
}
