import { defineRule } from "../lint/rule.js";
import { fileAnchor, forwardRules } from "./pooling/forwarding.js";
import { forwardingFileOwner } from "./pooling/scope.js";
import { normaliseFqdn } from "../util/fqdn.js";

/**
 * HP3009: the model says where a server forwards (`forwardTo` of a sender or of
 * a pool); its msgforw must name those targets — a pool's V (any of them), each
 * member in `members` mode, or the FQDN given. Conditions and time templates are
 * not judged here: escalating only some messages upwards is a legitimate choice.
 */
export default defineRule({
  code: "HP3009",
  name: "missing-forward-target",
  severity: "error",
  description: "A msgforw that does not name a forwarding target the pool model gives its server.",
  docs: "docs/rules/HP3009.md",
  fixable: false,
  create(context) {
    const found = forwardingFileOwner(context);
    if (!found) return {};
    return {
      ConfigFile(ast) {
        const { topology, owner } = found;
        const named = new Set<string>();
        for (const rule of forwardRules(context)) for (const t of rule.targets) if (t.fqdn !== undefined) named.add(t.fqdn);
        const forwardTo = owner.kind === "pool" ? owner.pool.forwardTo : owner.sender.forwardTo;
        const who = owner.kind === "pool" ? `pool ${owner.pool.name}` : owner.sender.server;
        const report = (target: string, missing: string) =>
          context.report({
            range: fileAnchor(ast),
            message: `${who} forwards to ${target} in the pool model, but this file does not forward to ${missing}`,
          });
        for (const target of forwardTo) {
          const pool = topology.targetPools([target])[0];
          if (!pool) {
            const fqdn = normaliseFqdn(target);
            if (!named.has(fqdn)) report(fqdn, fqdn);
            continue;
          }
          const namesV = pool.virtual.some((v) => named.has(v));
          const namesMember = pool.members.some((m) => named.has(m));
          // Naming the pool in the other style is HP3003's or HP3008's finding, not a missing target.
          if (owner.kind === "sender" && owner.sender.mode === "members") {
            if (namesV && !namesMember) continue;
            for (const m of pool.members) if (!named.has(m)) report(`every member of pool ${pool.name}`, `member ${m}`);
          } else if (!namesV && !namesMember) {
            report(`pool ${pool.name}`, `its virtual interface ${pool.primary}`);
          }
        }
      },
    };
  },
});
