/**
 * Whose file is this? Without `--server`, the pooling rules learn it from the
 * path: the nearest folder named like a pool of the model or like one of its
 * servers (`generate` writes `<pool>/allnodes` and `<sender>/msgforw`, and
 * repositories commonly keep `<server-fqdn>/msgforw`).
 */
import { normaliseFqdn } from "../util/fqdn.js";

/** The parts of a pool model the lookup needs. */
export interface ServerNames {
  pools: readonly { name: string; members: readonly string[]; virtual: readonly string[]; forwardTo?: readonly string[] }[];
  senders?: readonly { server: string; forwardTo?: readonly string[] }[];
}

/** The pool names and server FQDNs of the model, normalised, each with its spelling in the model. */
function namesOf(model: ServerNames): Map<string, string> {
  const known = new Map<string, string>();
  const add = (name: string) => known.set(normaliseFqdn(name), name);
  for (const pool of model.pools) {
    add(pool.name);
    pool.members.forEach(add);
    pool.virtual.forEach(add);
  }
  for (const sender of model.senders ?? []) add(sender.server);
  return known;
}

/** The pool name or server FQDN the nearest matching folder of `path` names, as the model spells it; undefined when none does. */
export function serverOfPath(path: string, model: ServerNames): string | undefined {
  const known = namesOf(model);
  // The file name itself is never the server (allnodes, msgforw, a node's hex address).
  const folders = path.split(/[\\/]/).slice(0, -1);
  for (let i = folders.length - 1; i >= 0; i--) {
    const match = known.get(normaliseFqdn(folders[i]!));
    if (match !== undefined) return match;
  }
  return undefined;
}

/**
 * Whether the model names `server`: a pool, a member, a virtual interface, a
 * sender, or a server something forwards to. Of any other server the pooling
 * rules know nothing, so they would check nothing.
 */
export function isServerOf(server: string, model: ServerNames): boolean {
  const known = namesOf(model);
  for (const from of [...model.pools, ...(model.senders ?? [])]) (from.forwardTo ?? []).forEach((t) => known.set(normaliseFqdn(t), t));
  return known.has(normaliseFqdn(server));
}
