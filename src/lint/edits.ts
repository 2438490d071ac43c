/**
 * Fixes as edits of the tree: a rule says which node to replace and with what node,
 * and the text comes from the printer's pieces, so quoting and spelling are never
 * composed by hand in a rule.
 */
import { quoteString, stringLiteral } from "../ast/literals.js";
import type { IpNode, NodeSpec, OffsetRange } from "../ast/nodes.js";
import { printNodeSpec } from "../printer/print.js";
import type { OffsetFix } from "./rule.js";

/** An empty range: built nodes have no source; the printer does not need one for a node spec. */
const NO_RANGE: OffsetRange = { start: 0, end: 0 };

/** `IP 0.0.0.0 "<name>"`: a node resolved by name, as HP recommends for every server. */
export function nodeByName(name: string): IpNode {
  return {
    type: "IpNode",
    address: { type: "IPv4", raw: "0.0.0.0", octets: [0, 0, 0, 0], range: NO_RANGE },
    name: stringLiteral(quoteString(name), NO_RANGE),
    id: null,
    range: NO_RANGE,
  };
}

/** A fix that writes `node` in place of the node spec at `range`. */
export function replaceNode(range: OffsetRange, node: NodeSpec): OffsetFix {
  return { range, text: printNodeSpec(node) };
}
