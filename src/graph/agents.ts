/**
 * The managed nodes of an estate, grouped by the file that governs them: a
 * server's `allnodes` or a node-specific file (docs/language.md#the-estate).
 * Copies of one file on several servers are one group; node-specific files
 * that send to the same managers from the same servers are one group too, so
 * a pool with thousands of assigned nodes stays a readable picture.
 */
import type { Estate, EstateFile, EstatePool } from "../estate/load.js";
import { baseName } from "../files/file-kind.js";
import { addressOfHexFileName } from "../model/names.js";
import { isPrimaryMgr } from "../rules/managers.js";
import { targetEdges, type NamedEdge } from "./edges.js";

/** The nodes one agent file (or several alike) governs, and where they send. */
export interface AgentGroup {
  /** A name no server can have, for the edges. */
  key: string;
  /** What governs them. */
  title: string;
  details: string[];
  edges: NamedEdge[];
}

/** How many node files a merged group names before "and n more". */
const SHOWN = 3;
/** How many servers a group names before "and n more". */
const SHOWN_SERVERS = 3;

interface Found {
  file: EstateFile;
  servers: string[];
}

/** `a, b and c`, or the first few and how many more. */
export function listed(items: readonly string[], shown: number): string {
  if (items.length > shown) return `${items.slice(0, shown).join(", ")} and ${items.length - shown} more`;
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** A node file's name with the address it stands for: `c0a80a0b (192.168.10.11)`. */
function nodeFileName(file: EstateFile): string {
  const name = baseName(file.path).toLowerCase();
  const address = addressOfHexFileName(name);
  return address === undefined ? name : `${name} (${address})`;
}

/** `$OPC_PRIMARY_MGR` for the agents whose file `server` holds (docs/language.md#the-primary-manager-in-a-route). */
function primaryOf(estate: Estate, server: string, poolOf: ReadonlyMap<string, EstatePool>): string {
  const pool = poolOf.get(server);
  if (pool?.members.includes(server)) return pool.primary;
  return estate.servers.get(server)?.primaryManager?.value ?? server;
}

/** Every agent file of the estate, one entry per distinct file, with the servers holding it, in server-name order. */
function agentFiles(estate: Estate): Found[] {
  const found = new Map<string, Found>();
  for (const server of estate.servers.values()) {
    const files = [server.allnodes, ...[...server.nodeFiles.keys()].sort().map((k) => server.nodeFiles.get(k))];
    for (const file of files) {
      if (!file) continue;
      const key = `${file.kind}\0${baseName(file.path).toLowerCase()}\0${file.text}`;
      const entry = found.get(key);
      if (entry) entry.servers.push(server.name);
      else found.set(key, { file, servers: [server.name] });
    }
  }
  return [...found.values()];
}

/** The managed nodes of `estate` by governing file, each group with its edges to target and primary managers. */
export function agentGroups(estate: Estate, poolOf: ReadonlyMap<string, EstatePool>): AgentGroup[] {
  const groups: AgentGroup[] = [];
  const merged = new Map<string, { group: AgentGroup; names: string[]; where: string }>();
  for (const { file, servers } of agentFiles(estate)) {
    const key = `\0agents ${groups.length + merged.size}`;
    const primary = primaryOf(estate, servers[0]!, poolOf);
    const targets = targetEdges(key, file, (node) => (isPrimaryMgr(node) ? primary : undefined), "agent");
    for (const edge of targets) if (edge.to === primary) edge.primary = true;
    const edges = targets.some((e) => e.primary)
      ? targets
      : [{ from: key, to: primary, kind: "primary" as const, rule: null, template: null }, ...targets];
    const where = file.pool === undefined ? `on ${listed(servers, SHOWN_SERVERS)}` : `pool ${file.pool}`;
    if (file.kind !== "node") {
      groups.push({ key, title: `agents governed by ${baseName(file.path)}`, details: [where], edges });
      continue;
    }
    const signature = JSON.stringify([where, edges.map((e) => [e.to, e.kind, e.rule, e.template])]);
    const same = merged.get(signature);
    if (same) {
      same.names.push(nodeFileName(file));
      continue;
    }
    const group: AgentGroup = { key, title: "", details: [], edges };
    merged.set(signature, { group, names: [nodeFileName(file)], where });
    groups.push(group);
  }
  for (const { group, names, where } of merged.values()) {
    if (names.length === 1) {
      group.title = `agents governed by node file ${names[0]}`;
      group.details = [where];
    } else {
      group.title = `agents governed by ${names.length} node files`;
      group.details = [listed(names, SHOWN), where];
    }
  }
  return groups;
}
