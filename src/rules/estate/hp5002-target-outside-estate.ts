import type { EstateFile } from "../../estate/load.js";
import { printable } from "../../util/printable.js";
import { defineEstateRule } from "./estate-rule.js";
import { filesWithTargets, poolOf, targetsOf, type TargetUse } from "./targets.js";

const WHAT: Record<TargetUse, string> = {
  agent: "the agent sends messages to",
  forward: "this server forwards messages to",
  escalate: "this server escalates messages to",
};

/**
 * HP5002: a target that is no server of the estate, nor a member or virtual
 * interface of one of its pools. Often on purpose (a server run by someone
 * else), hence only information: what that server does with the messages is
 * beyond every other cross-server check. Each name is reported once per file.
 */
export default defineEstateRule({
  code: "HP5002",
  name: "target-outside-estate",
  severity: "info",
  description: "A message target of an agent file, msgforw or escmgr that is not a server of the estate.",
  docs: "docs/rules/HP5002.md",
  fixable: false,
  check(context) {
    const { estate } = context;
    const done = new Set<EstateFile>();
    for (const server of estate.servers.values()) {
      for (const { file, use } of filesWithTargets(server)) {
        if (done.has(file)) continue;
        done.add(file);
        for (const target of targetsOf(file)) {
          if (estate.servers.has(target.name) || poolOf(estate, target.name)) continue;
          context.report({
            file,
            range: target.manager.manager.node.range,
            message: `${WHAT[use]} ${printable(target.name)}, which is not in the estate (no folder of its files, no pool names it): where the messages go from there is not checked`,
          });
        }
      }
    }
  },
});
