import type { OffsetRange } from "../ast/nodes.js";
import { defineRule } from "../lint/rule.js";

const THIRD_PARTY = "only the third-party OMiPolicy grammar has it";

/** Where `keyword` starts, searching back from `before` to no earlier than `after` (only blanks and comments lie between). */
function keywordBefore(text: string, keyword: string, after: number, before: number): number {
  const at = text.lastIndexOf(keyword, before - keyword.length);
  return at >= after ? at : before;
}

/**
 * HP2042: syntax hpom-lint accepts that no HP document shows. Undocumented date
 * wildcards are left to date-wildcard (HP2011) and all-wildcard-date (HP2012).
 */
export default defineRule({
  code: "HP2042",
  name: "extension-syntax",
  severity: "info",
  description: 'Syntax accepted by some products only: ID "…" after a node, SEPARATORS, ICASE, SERVICE_NAME, TIMEZONETYPE Mgmtserver.',
  docs: "docs/rules/HP2042.md",
  fixable: false,
  create(context) {
    const report = (range: OffsetRange, construct: string, source: string): void => {
      context.report({
        range,
        message: `${construct} is not part of the documented HP syntax (${source}); check that your HPOM version accepts it`,
      });
    };
    return {
      IpNode(node) {
        if (!node.id) return;
        const start = keywordBefore(context.text, "ID", (node.name ?? node.address).range.end, node.id.range.start);
        report({ start, end: node.id.range.end }, "ID after a node", `${THIRD_PARTY}, for the core id of an HTTPS agent's server`);
      },
      PatternAttribute(node) {
        if (node.keyword === "SERVICE_NAME") {
          report(
            { start: node.range.start, end: node.range.start + node.keyword.length },
            "SERVICE_NAME",
            "no HP source documents it; HP documents SERVICE",
          );
        }
        if (node.separators) {
          const start = keywordBefore(context.text, "SEPARATORS", node.pattern.range.end, node.separators.range.start);
          report({ start, end: node.separators.range.end }, "SEPARATORS", THIRD_PARTY);
        }
        if (node.icase) report({ start: node.range.end - "ICASE".length, end: node.range.end }, "ICASE", THIRD_PARTY);
      },
      TimeZone(node) {
        if (node.zoneType.value === "Mgmtserver")
          report(node.zoneType.range, "TIMEZONETYPE Mgmtserver", `${THIRD_PARTY}; HP documents Fix and Local`);
      },
    };
  },
});
