/**
 * `migrationPlan(estate, result)`: what moving today's files to the imported
 * model takes — per server and file, the unified diff between the file today
 * and what `generate` writes from the model — ordered in the phases of HP's
 * migration from a backup-server set-up (docs/import.md#the-migration-plan):
 * configure V; add V to the responsible-manager files and redistribute them;
 * keep the forwarding between the servers; switch the agents' primary manager
 * to V, all at once or in groups of nodes.
 */
import type { Estate, EstateInput, EstateServer } from "../estate/load.js";
import { baseName, fileKindFromName } from "../files/file-kind.js";
import { generate } from "../generator/generate.js";
import { primaryOf } from "../model/resolve.js";
import type { PoolModel } from "../model/schema.js";
import { unifiedDiff } from "../util/unified-diff.js";
import type { ImportResult } from "./import.js";
import { installedFiles } from "./installed.js";

/** How a server's file changes: written anew, changed, left as it is, or removed (generate writes no such file). */
export type FileChange = "new" | "changed" | "same" | "removed";

/** One file of one server in the migration plan. */
export interface PlannedFile {
  server: string;
  /** The file's name on the server: allnodes, msgforw, bbc_inst_defaults or a node-specific file. */
  name: string;
  /** Today's file below the estate folder, or `<server>/<name>` for a new one. */
  path: string;
  change: FileChange;
  /** The unified diff from today's file to the generated one; for bbc_inst_defaults, of its OPC_PRIMARY_MGR setting only. */
  diff: string;
  /** The phase (1-based) the change belongs to. */
  phase: number;
}

/** One phase of the migration. */
export interface MigrationPhase {
  title: string;
  /** Whether the old set-up keeps running, unchanged for the agents, while this is done. */
  whileOldRuns: boolean;
  /** What changes for the managed nodes' agents. */
  agents: string;
  steps: string[];
}

/** The phases and, per server and file, the changes. */
export interface MigrationPlan {
  phases: MigrationPhase[];
  files: PlannedFile[];
}

/** The phase of each generated file: agent files in 2, forwarding in 3, installation defaults at the switch in 4. */
function phaseOf(name: string): number {
  if (name === "bbc_inst_defaults") return 4;
  return fileKindFromName(name) === "msgforw" ? 3 : 2;
}

/** Options of `migrationPlan`. */
export interface PlanOptions {
  /** How the generated files name their model (`generate`'s `source`), e.g. the file `import --out` writes. */
  source?: string;
  /** The estate's files as read: the estate keeps only the OPC_PRIMARY_MGR setting of bbc_inst_defaults, whose diff needs the whole text. */
  inputs?: readonly EstateInput[];
}

/** The plan that turns the files of `estate` into those `generate` writes from the imported model. */
export function migrationPlan(estate: Estate, result: ImportResult, options: PlanOptions = {}): MigrationPlan {
  const model = result.model;
  const generated = installedFiles(generate(model, options.source === undefined ? {} : { source: options.source }));
  const files: PlannedFile[] = [];
  const written = new Set<string>();
  for (const file of generated) {
    const server = file.path.slice(0, file.path.indexOf("/"));
    const name = baseName(file.path);
    written.add(`${server}/${name}`);
    const today = estate.servers.get(server);
    const kind = fileKindFromName(name);
    const phase = phaseOf(name);
    if (name === "bbc_inst_defaults") {
      files.push(installationDefaults(today, server, file.text, phase, options.inputs));
      continue;
    }
    const before = today && (kind === "node" ? today.nodeFiles.get(name) : kind === "allnodes" ? today.allnodes : today.msgforw);
    const path = before?.path ?? file.path;
    const change: FileChange = !before ? "new" : before.text === file.text ? "same" : "changed";
    files.push({ server, name, path, change, diff: unifiedDiff(before?.text ?? "", file.text, path), phase });
  }
  for (const server of serversOf(model)) {
    const today = estate.servers.get(server);
    for (const [name, file] of today?.nodeFiles ?? []) {
      if (written.has(`${server}/${name}`)) continue;
      files.push({ server, name, path: file.path, change: "removed", diff: unifiedDiff(file.text, "", file.path), phase: phaseOf(name) });
    }
  }
  files.sort((a, b) => (a.server !== b.server ? (a.server < b.server ? -1 : 1) : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { phases: phasesOf(result), files };
}

/** Every server generate writes for: the members and the senders. */
function serversOf(model: PoolModel): string[] {
  return [...model.pools.flatMap((p) => p.members), ...(model.senders ?? []).map((s) => s.server)];
}

/**
 * A member's bbc_inst_defaults: only its OPC_PRIMARY_MGR line changes (the
 * file may hold other settings, which stay); a member without the setting gets
 * the generated file. Without the file's text the diff is of that line alone.
 */
function installationDefaults(
  today: EstateServer | undefined,
  server: string,
  text: string,
  phase: number,
  inputs: readonly EstateInput[] | undefined,
): PlannedFile {
  const wanted = /^OPC_PRIMARY_MGR=(.*)$/m.exec(text)![1]!;
  const setting = today?.primaryManager;
  if (!setting) {
    const path = `${server}/bbc_inst_defaults`;
    return { server, name: "bbc_inst_defaults", path, change: "new", diff: unifiedDiff("", text, path), phase };
  }
  const change: FileChange = setting.value === wanted ? "same" : "changed";
  const before = inputs?.find((i) => i.path === setting.path)?.text;
  const lines = before?.split(/(?<=\n)/) ?? [`OPC_PRIMARY_MGR=${setting.value}\n`];
  const at = before === undefined ? 0 : setting.line - 1;
  const after = lines.map((line, i) => (i === at ? `OPC_PRIMARY_MGR=${wanted}${/\r?\n$/.exec(line)?.[0] ?? ""}` : line)).join("");
  return { server, name: "bbc_inst_defaults", path: setting.path, change, diff: unifiedDiff(lines.join(""), after, setting.path), phase };
}

function phasesOf(result: ImportResult): MigrationPhase[] {
  const pools = result.model.pools;
  const virtual = pools.map((p) => `${primaryOf(p)} (pool "${p.name}")`).join(", ");
  return [
    {
      title: "Configure the virtual interfaces",
      whileOldRuns: true,
      agents: "nothing changes: they keep sending to their primary manager",
      steps: [
        `Bring up ${virtual} on its first member, add every virtual interface to every member's node bank with one node id, and exchange the members' trusted certificates (each pool's RUNBOOK.md, written by \`hpom-lint generate\`).`,
        ...result.backupServers.map(
          (b) => `Name the virtual interface of pool "${b.pool}" (proposed: ${b.proposedVirtual}) in the model before generating.`,
        ),
      ],
    },
    {
      title: "Add the virtual interfaces to the responsible-manager files and redistribute them",
      whileOldRuns: true,
      agents:
        "they receive the new responsible-manager policy (mgrconf) and send every message to the virtual interface, which the old primary server holds, so messages still arrive where they did",
      steps: [
        "Install the new allnodes and node-specific files on every member and distribute them from each member (opcragt -distrib -templates).",
      ],
    },
    {
      title: "Keep the forwarding between the servers",
      whileOldRuns: true,
      agents: "nothing changes",
      steps: [
        "Install the new msgforw on every member (every member forwards every message to every member, itself included) and on every sender, and activate it with ovconfchg; the servers keep forwarding to each other throughout.",
      ],
    },
    {
      title: "Switch the agents' primary manager to the virtual interface",
      whileOldRuns: false,
      agents: `their primary manager becomes ${virtual}: from now on a failover moves the virtual interface, and \`opcragt -primmgr\` must no longer be run on a member`,
      steps: [
        "Set OPC_PRIMARY_MGR in every member's bbc_inst_defaults, so new agents report to the virtual interface.",
        "Switch the existing agents with `opcragt -set_config_var eaagt:OPC_PRIMARY_MGR=<virtual interface> <node>`, all at once or in groups of nodes.",
      ],
    },
  ];
}
