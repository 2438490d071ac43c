/**
 * Hints about a valid pool model: choices HP's guide advises against that are
 * not errors. `generate` still writes the files; the CLI prints each hint.
 */
import type { CheckIssue } from "./checks.js";
import type { Pool, PoolModel } from "./schema.js";

/** Whether `entry` of a forwardTo list names `pool`: by its name, a member or a virtual interface. */
function names(entry: string, pool: Pool): boolean {
  const e = entry.toLowerCase();
  return e === pool.name || pool.members.some((m) => m.toLowerCase() === e) || pool.virtual.some((v) => v.toLowerCase() === e);
}

/**
 * A sender left on the default `mode: virtual` that forwards into a pool which
 * forwards no further — a two-level hierarchy, where HP's guide recommends the
 * backup-server style (docs/language.md#server-pooling).
 * Setting `mode` explicitly, to either value, records the choice and ends the hint.
 */
export function poolModelHints(model: PoolModel): CheckIssue[] {
  const hints: CheckIssue[] = [];
  (model.senders ?? []).forEach((sender, i) => {
    if (sender.mode !== undefined) return;
    for (const pool of model.pools) {
      if ((pool.forwardTo ?? []).length > 0 || !sender.forwardTo.some((entry) => names(entry, pool))) continue;
      hints.push({
        path: ["senders", i, "server"],
        message: `${sender.server} forwards into pool "${pool.name}", which forwards no further, on the default mode "virtual"; for two-level hierarchies HP's guide recommends the backup-server style: set mode: members (or mode: virtual to keep forwarding to the virtual interface)`,
      });
    }
  });
  return hints;
}
