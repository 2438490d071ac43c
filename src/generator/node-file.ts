/**
 * `<pool>/<hex>`: the node-specific file of a node the model assigns to a
 * virtual interface other than the primary one. The file is named by the node's
 * IPv4 address in hex (docs/language.md#node-specific-files) and replaces allnodes for that node — it is
 * not merged with it — so it lists the same managers and differs only in the
 * target of its rule.
 */
import { addressOf, nameOf } from "../model/resolve.js";
import { hexFileName } from "../model/names.js";
import type { Assignment, NodeRef } from "../model/schema.js";
import type { PoolView } from "../model/topology.js";
import { print } from "../printer/print.js";
import { agentFile, managersParagraph } from "./allnodes.js";
import type { GeneratedFile } from "./generated-file.js";
import { headerLines } from "./header.js";

/** `<pool>/<hex>` for one assigned node. */
export function nodeFile(pool: PoolView, assignment: Assignment, node: NodeRef, source: string | undefined): GeneratedFile {
  const address = addressOf(node);
  const name = nameOf(node);
  const file = hexFileName(address);
  const header = headerLines(source, [
    `Responsible managers of the managed node ${address}${name ? ` (${name})` : ""} in pool "${pool.name}": a node-specific file, named by the node's address in hex, that replaces allnodes for this node.`,
    managersParagraph(pool),
    `All messages go to the virtual interface ${assignment.virtual} at all times (the model's node assignment).`,
    `Install it as respmgrs/${file} on every member and distribute it from each member; see RUNBOOK.md.`,
  ]);
  return {
    path: `${pool.name}/${file}`,
    content: print(agentFile(pool, assignment.virtual, header)),
    kind: "node",
    servers: [...pool.members],
  };
}
