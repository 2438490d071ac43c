/**
 * Where forwarded messages go: a `forwardTo` entry that names a pool becomes
 * that pool's primary virtual interface, or every member of it in `members`
 * mode (never a mix, per target pool); an FQDN stays itself.
 */
import { isPoolName, primaryOf } from "../model/resolve.js";
import type { Pool, PoolModel } from "../model/schema.js";

/** One `forwardTo` entry and the servers it stands for. */
export interface ForwardTarget {
  /** The entry as written: a pool name or an FQDN. */
  entry: string;
  /** The pool it names, if any. */
  pool?: Pool;
  /** The FQDNs to write as target managers. */
  servers: string[];
}

/** The targets of a `forwardTo` list, in its order. */
export function forwardTargets(model: PoolModel, entries: readonly string[], mode: "virtual" | "members"): ForwardTarget[] {
  return entries.map((entry) => {
    if (!isPoolName(entry)) return { entry, servers: [entry] };
    const pool = model.pools.find((p) => p.name === entry)!;
    return { entry, pool, servers: mode === "members" ? [...pool.members] : [primaryOf(pool)] };
  });
}

/** How a target reads in a comment, `pool "core" (virt.example.com)` or the FQDN; in Markdown, names are code. */
export function describeTarget(target: ForwardTarget, markdown = false): string {
  const name = (s: string) => (markdown ? `\`${s}\`` : s);
  if (!target.pool) return name(target.entry);
  return `pool ${markdown ? name(target.entry) : `"${target.entry}"`} (${target.servers.map(name).join(", ")})`;
}
