/**
 * Whose file is this? Without `--server`, the pooling rules learn it from the
 * path: the nearest folder named like a pool of the model or like one of its
 * servers (`generate` writes `<pool>/allnodes` and `<sender>/msgforw`, and
 * repositories commonly keep `<server-fqdn>/msgforw`).
 */
import type { Topology } from "../model/topology.js";

/** The pool name or server FQDN the nearest matching folder of `path` names, as the model spells it; undefined when none does. */
export function serverOfPath(path: string, topology: Topology): string | undefined {
  // The file name itself is never the server (allnodes, msgforw, a node's hex address).
  const folders = path.split(/[\\/]/).slice(0, -1);
  for (let i = folders.length - 1; i >= 0; i--) {
    const match = topology.spellingOf(folders[i]!);
    if (match !== undefined) return match;
  }
  return undefined;
}
