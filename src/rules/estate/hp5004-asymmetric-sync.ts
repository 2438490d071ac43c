import { defineEstateRule } from "./estate-rule.js";
import { targetsOf, type FileTarget } from "./targets.js";

/**
 * HP5004: hot synchronisation that is not symmetric. A member whose msgforw
 * forwards to another member synchronises its messages there; unless the other
 * forwards back, the messages the other receives never reach it, and after a
 * switch-over its operators miss them. Reported in the file that synchronises,
 * at the target whose counterpart is missing.
 */
export default defineEstateRule({
  code: "HP5004",
  name: "asymmetric-sync",
  severity: "error",
  description: "A pool member that forwards to another member whose msgforw does not forward back.",
  docs: "docs/rules/HP5004.md",
  fixable: false,
  check(context) {
    const { estate } = context;
    for (const pool of estate.pools) {
      // Each member's targets among the other members; a member without files is not judged.
      const syncs = new Map<string, Map<string, FileTarget>>();
      for (const member of pool.members) {
        if (!estate.servers.has(member)) continue;
        const file = estate.servers.get(member)!.msgforw;
        const others = new Map<string, FileTarget>();
        if (file) for (const t of targetsOf(file)) if (t.name !== member && pool.members.includes(t.name)) others.set(t.name, t);
        syncs.set(member, others);
      }
      for (const [member, targets] of syncs) {
        const file = estate.servers.get(member)!.msgforw;
        if (!file) continue;
        for (const [other, target] of targets) {
          const back = syncs.get(other);
          if (back === undefined || back.has(member)) continue;
          const otherFile = estate.servers.get(other)!.msgforw;
          context.report({
            file,
            range: target.manager.manager.node.range,
            message: `${member} synchronises its messages to ${other}, but ${
              otherFile ? `${other}'s msgforw (${otherFile.path}) does not forward to ${member}` : `${other} has no msgforw`
            }: messages that reach ${other} first are missing on ${member}`,
          });
        }
      }
    }
  },
});
