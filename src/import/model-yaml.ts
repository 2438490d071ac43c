/**
 * The imported model as YAML, built with the `yaml` package's Document API:
 * each inferred value carries a comment naming the file and line it comes
 * from, a proposed pool says which files must change, and what the files do
 * not say ends the document as `# TODO` lines.
 */
import { Document, isNode } from "yaml";
import { printable } from "../util/printable.js";
import type { ImportResult } from "./import.js";
import type { MigrationPlan } from "./plan.js";

/** Options of `importedModelYaml`. */
export interface ModelYamlOptions {
  /** The estate folder as the user named it, for the header and before every path. */
  estate?: string;
  /** The migration plan, whose changed files a proposed pool lists. */
  plan?: MigrationPlan;
}

/** The model of `result` as commented YAML text. */
export function importedModelYaml(result: ImportResult, options: ModelYamlOptions = {}): string {
  const prefix = options.estate === undefined ? "" : `${options.estate.replace(/\/+$/, "")}/`;
  const doc = new Document(result.model);
  doc.commentBefore = [
    ` Pool model imported by hpom-lint from the estate ${printable(options.estate ?? "")}`.trimEnd() + ".",
    " Each comment names the file and line a value was read from; check the TODO lines at the end.",
  ].join("\n");

  const comments = new Map<string, string[]>();
  for (const fact of result.facts) {
    const key = JSON.stringify(fact.path);
    comments.set(key, [...(comments.get(key) ?? []), `${fact.what} (${prefix}${fact.source.file}:${fact.source.line})`]);
  }
  for (const [key, texts] of comments) {
    const node = doc.getIn(JSON.parse(key) as (string | number)[], true);
    if (isNode(node)) node.comment = ` ${printable(texts.join("; "))}`;
  }

  result.backupServers.forEach((setup) => {
    const index = result.model.pools.findIndex((p) => p.name === setup.pool);
    const pool = doc.getIn(["pools", index], true);
    const virtual = doc.getIn(["pools", index, "virtual", 0], true);
    if (!isNode(pool) || !isNode(virtual)) return;
    virtual.comment = " made up by the import: the virtual interface the pool needs; choose its name (see TODO)";
    const changed = (options.plan?.files ?? []).filter(
      (f) => f.change !== "same" && (f.server === setup.primary || setup.backups.includes(f.server)),
    );
    pool.commentBefore = [
      ` A backup-server set-up: ${setup.primary} is the primary server, ${setup.backups.join(", ")} the backup.`,
      ` The pool HP's guide builds from it: the same servers as members and a virtual interface`,
      ` (${setup.proposedVirtual}, a made-up name) that the agents report to instead.`,
      ...(changed.length > 0
        ? [" Files that must change (hpom-lint import --plan shows how):", ...changed.map((f) => `   ${prefix}${f.path} (${f.change})`)]
        : []),
    ]
      .map(printable)
      .join("\n");
  });

  if (result.todos.length > 0) doc.comment = result.todos.map((t) => ` TODO: ${printable(t)}`).join("\n");
  return doc.toString({ lineWidth: 0 });
}
