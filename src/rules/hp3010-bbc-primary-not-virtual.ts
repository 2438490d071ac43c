import { readIniSettings, type IniSetting } from "../files/bbc-inst-defaults.js";
import { defineRule } from "../lint/rule.js";
import { normaliseFqdn } from "../util/fqdn.js";
import type { PoolView } from "../model/topology.js";

const KEY = "OPC_PRIMARY_MGR";
const NAMESPACE = "eaagt";

/**
 * HP3010: a pool's `bbc_inst_defaults` makes agents installed from any member
 * report to V, so its `[eaagt]` `OPC_PRIMARY_MGR` must name a virtual interface of
 * the pool; a member there ties every new agent to one physical server, which it
 * no longer leaves on a switchover (docs/language.md#server-pooling).
 */
export default defineRule({
  code: "HP3010",
  name: "bbc-primary-not-virtual",
  severity: "error",
  description: "A pool's bbc_inst_defaults whose [eaagt] OPC_PRIMARY_MGR is missing or does not name a virtual interface of the pool.",
  docs: "docs/rules/HP3010.md",
  fixable: true,
  create(context) {
    const { topology, server } = context.settings;
    if (!topology) return {};
    const owner = topology.owner(server);
    const own = owner?.kind === "pool" ? owner.pool : undefined;
    return {
      ConfigFile() {
        const settings = readIniSettings(context.text).filter((s) => s.key.toUpperCase() === KEY);
        for (const s of settings.filter((s) => s.namespace?.toLowerCase() !== NAMESPACE)) {
          const where = s.namespace === undefined ? "outside any [namespace]" : `under [${s.namespace}]`;
          context.report({
            range: { start: s.keyStart, end: s.keyStart + s.key.length },
            message: `${KEY} stands ${where}; the agent installation reads it only under [${NAMESPACE}]`,
          });
        }
        const primaries = settings.filter((s) => s.namespace?.toLowerCase() === NAMESPACE);
        if (primaries.length === 0 && own) {
          context.report({
            range: { start: 0, end: firstLineEnd(context.text) },
            message: `no ${KEY} under [${NAMESPACE}]: agents installed from this member keep it as their primary manager; add [${NAMESPACE}] ${KEY}=${own.primary}`,
          });
        }
        for (const s of primaries) checkValue(s, own);
      },
    };

    function checkValue(s: IniSetting, pool: PoolView | undefined): void {
      const id = s.value === "" ? undefined : topology!.identify(s.value);
      if (id?.kind === "virtual" && (pool === undefined || id.pool === pool)) return;
      const expected = pool ?? (id?.kind === "member" ? id.pool : undefined);
      if (!expected) return;
      const named =
        s.value === ""
          ? `${KEY} is empty`
          : id?.kind === "member"
            ? `${KEY}=${s.value} names member ${normaliseFqdn(s.value)} of pool ${id.pool.name}: new agents would report to that physical server and not follow V on a switchover`
            : `${KEY}=${s.value} is not a virtual interface of pool ${expected.name}`;
      context.report({
        range: { start: s.valueStart, end: s.valueEnd },
        message: `${named}; set it to ${expected.primary}, the pool's virtual interface`,
        fix: { range: { start: s.valueStart, end: s.valueEnd }, text: expected.primary },
      });
    }
  },
});

function firstLineEnd(text: string): number {
  const end = text.indexOf("\n");
  return end < 0 ? text.length : end;
}
