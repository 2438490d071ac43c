import { defineRule } from "../lint/rule.js";
import { quoteString } from "./util.js";
import { KW } from "../lexer/keywords.js";

/** HP2045: a time template of the outage file without TIMEZONETYPE, so it is read in UTC. */
export default defineRule({
  code: "HP2045",
  name: "timezone-hint",
  severity: "info",
  description:
    "A time template in the outage file without TIMEZONETYPE: service hours are then compared with the message creation time in UTC.",
  docs: "docs/rules/HP2045.md",
  fixable: false,
  create(context) {
    if (context.kind !== "outage") return {};
    return {
      TimeTemplate(node) {
        if (node.timeZone) return;
        context.report({
          node: node.name,
          message: `time template ${quoteString(node.name.value)} has no ${KW.timezonetype}, so HPOM compares it with the message creation time in UTC; consider ${KW.timezonetype} with a ${KW.timezonevalue} after the ${KW.description} (Local: each node's own local time; Fix: one fixed zone)`,
        });
      },
    };
  },
});
