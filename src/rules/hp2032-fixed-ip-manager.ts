import type { NodeSpec } from "../ast/nodes.js";
import { defineRule } from "../lint/rule.js";
import { isZeroAddress, sourceOf } from "./managers.js";
import { isRecovered } from "./util.js";
import { KW } from "../lexer/keywords.js";

/**
 * HP2032: a manager (OPCMGR, SECONDARYMANAGER NODE, ACTIONALLOWMANAGER NODE) written
 * with a fixed address. HP recommends `IP 0.0.0.0 "fqdn"` for management servers: a
 * fixed address breaks when a server is renumbered and cannot follow a pool's virtual
 * interface. When the entry has a name, the fix replaces the address with 0.0.0.0 so
 * the name is resolved instead — the name must then resolve to that server.
 */
export default defineRule({
  code: "HP2032",
  name: "fixed-ip-manager",
  severity: "info",
  description: 'A management server is written with a fixed IP address instead of IP 0.0.0.0 "fqdn".',
  docs: "docs/rules/HP2032.md",
  fixable: true,
  create(context) {
    const check = (node: NodeSpec): void => {
      if (node.type !== "IpNode" || isRecovered(node.address) || node.address.octets.some((o) => Number.isNaN(o)) || isZeroAddress(node))
        return;
      const { name } = node;
      // An unterminated name has no reliable text to resolve, so it gets no fix.
      const named = name !== null && (name.type === "Variable" || name.terminated) ? name : null;
      context.report({
        node,
        message: `manager ${sourceOf(context, node)} has a fixed address, which breaks when the server is renumbered or moves; prefer ${KW.ip} 0.0.0.0 ${named ? sourceOf(context, named) : '"<server fqdn>"'}`,
        ...(named ? { fix: { range: node.address.range, text: "0.0.0.0" } } : {}),
      });
    };
    return {
      OpcMgr(node) {
        check(node.node);
      },
      ManagerNode(node) {
        check(node.node);
      },
    };
  },
});
