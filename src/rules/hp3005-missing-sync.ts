import type { OffsetRange } from "../ast/nodes.js";
import { defineRule } from "../lint/rule.js";
import { ruleLabel } from "./managers.js";
import { fileAnchor, forwardRules } from "./pooling/forwarding.js";
import { forwardingFileOwner } from "./pooling/scope.js";
import { KW } from "../lexer/keywords.js";

/**
 * HP3005: hot synchronisation — a member's msgforw forwards every message to
 * every member at all times. HPOM uses only the first rule a message matches,
 * so every rule up to and including the first catch-all rule must list every
 * member with "$OPC_ALWAYS", and a catch-all rule must exist. A member's own
 * file may leave itself out; the shared pool file (server = pool name) lists all.
 */
export default defineRule({
  code: "HP3005",
  name: "missing-sync",
  severity: "error",
  description: "A pool member's msgforw that does not forward every message to every other member at all times.",
  docs: "docs/rules/HP3005.md",
  fixable: false,
  create(context) {
    const found = forwardingFileOwner(context);
    const owner = found?.owner.kind === "pool" ? found.owner : undefined;
    if (!owner) return {};
    return {
      ConfigFile(ast) {
        const { pool, member } = owner;
        const required = pool.members.filter((m) => m !== member);
        const who = member === undefined ? `pool ${pool.name}` : `pool member ${member}`;
        const missing = new Set<string>();
        const report = (range: OffsetRange, other: string, why: string) => {
          if (missing.has(other)) return;
          missing.add(other);
          context.report({ range, message: `${who} is not hot-synchronised to ${other}: ${why}` });
        };
        let caughtAll = false;
        for (const rule of forwardRules(context)) {
          // Each member is reported once: when all are, later rules cannot add anything.
          if (missing.size === required.length) return;
          // A bare rule fragment has no description to name it by.
          const label = rule.rule.type === "TargetRule" ? ruleLabel(rule.rule, "the rule") : "the rule";
          const anchor =
            rule.rule.type === "TargetRule" && rule.rule.description ? rule.rule.description.range : rule.rule.conditions.range;
          for (const other of required) {
            if (rule.targets.some((t) => t.always && t.fqdn === other)) continue;
            const timed = rule.targets.some((t) => t.fqdn === other);
            report(
              anchor,
              other,
              timed
                ? `${label} forwards to it only during a time template; use ${KW.timetemplate} "$OPC_ALWAYS"`
                : `messages matching ${label} are not forwarded to it; add it as a target with ${KW.msgcontrollingmgr}`,
            );
          }
          if (rule.catchAll) {
            caughtAll = true;
            break;
          }
        }
        if (caughtAll) return;
        for (const other of required) {
          report(
            fileAnchor(ast),
            other,
            `no rule forwards all messages; add a last rule with empty ${KW.msgtargetruleconds} that forwards to every member with ${KW.msgcontrollingmgr}`,
          );
        }
      },
    };
  },
});
