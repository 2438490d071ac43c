/**
 * `generate(model)`: every file of a pool model (CONTRACT.md "Pool model"),
 * built as AST nodes and printed with the formatter's printer, so each
 * flexible-management file is canonical and parses back unchanged. The output
 * depends on the model alone and is sorted by path: byte-for-byte the same in
 * every run.
 */
import { PoolModelError } from "../model/pool-model-error.js";
import { pathText } from "../model/checks.js";
import type { PoolModel } from "../model/schema.js";
import { topologyOf } from "../model/topology.js";
import { validatePoolModel } from "../model/validate.js";
import { allnodesFile } from "./allnodes.js";
import { bbcInstDefaultsFile } from "./bbc-inst-defaults.js";
import type { GeneratedFile } from "./generated-file.js";
import { poolMsgforwFile, senderMsgforwFile } from "./msgforw.js";
import { nodeFile } from "./node-file.js";
import { runbookFile } from "./runbook.js";
import { topologyDiagram, topologyFile } from "./topology.js";

/** Options of `generate`. */
export interface GenerateOptions {
  /**
   * How the generated files name their model, e.g. `pools.yaml`. The CLI gives
   * the model's path relative to `--out`, so the output does not depend on the
   * working directory.
   */
  source?: string;
}

/** Validates `model` (throws `PoolModelError`) and returns every generated file, sorted by path. */
export function generate(model: unknown, options: GenerateOptions = {}): GeneratedFile[] {
  const result = validatePoolModel(model);
  if (!result.ok) throw new PoolModelError(result.problems.map((p) => ({ path: pathText(p.path), message: p.message })));
  return generateFiles(result.model, options.source);
}

function generateFiles(model: PoolModel, source: string | undefined): GeneratedFile[] {
  const topology = topologyOf(model);
  const senders = topology.senders.map((s) => senderMsgforwFile(topology, s, source));
  const files: GeneratedFile[] = [...senders];
  for (const pool of topology.pools) {
    const own = [
      allnodesFile(pool, source),
      ...(pool.model.assignments ?? []).flatMap((a) => a.nodes.map((n) => nodeFile(pool, a, n, source))),
      poolMsgforwFile(topology, pool, source),
      bbcInstDefaultsFile(pool, source),
    ];
    const feeding = senders.filter((_, i) => topology.senders[i]!.forwardTo.includes(pool.name));
    // A loop, not `push(...own)`: a pool's node files are as many as the model names, and a spread that long overflows the stack.
    for (const file of own) files.push(file);
    files.push(runbookFile(topology, pool, [...own, ...feeding], source));
  }
  const diagram = topologyDiagram(model, files);
  for (const pool of model.pools) files.push(topologyFile(pool, diagram, source));
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
