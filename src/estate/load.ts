/**
 * `loadEstate`: every server's files as one system (docs/language.md#the-estate).
 * Each file is parsed once; a route then only looks things up.
 *
 * The server of a file is the first folder of its path named by a server's FQDN
 * (`om1.example.com/allnodes`, or HP's tree copied from the server below that
 * folder), or, with a pool model, by a pool: `hpom-lint generate` writes a
 * pool's files to `<pool>/`, and they are installed on every member.
 */
import type { ConfigFile } from "../ast/nodes.js";
import { LineMap } from "../diagnostics/line-map.js";
import { baseName, fileKindFromName } from "../files/file-kind.js";
import { FQDN_PATTERN } from "../model/names.js";
import type { PoolModel } from "../model/schema.js";
import { topologyOf, type Topology } from "../model/topology.js";
import { parse } from "../parser/parse.js";
import { normaliseFqdn } from "../util/fqdn.js";
import { primaryManagerSetting } from "./bbc-inst-defaults.js";

/** One file of the estate as read: its path below the estate folder (`/`-separated) and its text. */
export interface EstateInput {
  path: string;
  text: string;
}

/** The kinds of file a server of the estate holds. */
export type EstateFileKind = "allnodes" | "node" | "msgforw" | "escmgr" | "outage";

/** A parsed file of one server. */
export interface EstateFile {
  path: string;
  kind: EstateFileKind;
  ast: ConfigFile;
  lines: LineMap;
  /** The text as read, to tell whether two servers hold the same file. */
  text: string;
  /** The pool whose folder the file came from, when it is one of a pool's shared files. */
  pool?: string;
}

/** A management server of the estate and the files that configure it. */
export interface EstateServer {
  /** The FQDN, lower case. */
  name: string;
  allnodes?: EstateFile;
  /** Node-specific files by name (the node's address in lower-case hex). */
  nodeFiles: ReadonlyMap<string, EstateFile>;
  msgforw?: EstateFile;
  escmgr?: EstateFile;
  outage?: EstateFile;
  /** `OPC_PRIMARY_MGR` of the server's `bbc_inst_defaults`. */
  primaryManager?: { value: string; path: string; line: number };
}

/** A server pool: from the pool model, or seen in the files (members whose `bbc_inst_defaults` name one virtual interface). */
export interface EstatePool {
  name: string;
  members: readonly string[];
  virtual: readonly string[];
  /** The virtual interface the managed nodes send to. */
  primary: string;
  /** The member that holds each virtual interface unless told otherwise. */
  holders: ReadonlyMap<string, string>;
  source: "model" | "files";
}

/** Something about a file of the estate folder the user should know: why it is not part of the estate, or not all of it. */
export type EstateNote =
  | { type: "draft"; path: string }
  | { type: "sample"; path: string }
  | { type: "no-server"; path: string }
  | { type: "duplicate"; path: string; server: string; kept: string }
  | { type: "syntax-error"; path: string; line: number; column: number; message: string };

/** Every server's files, the pools, and notes on the files that were left out. */
export interface Estate {
  /** The servers by FQDN (lower case), in name order. */
  servers: ReadonlyMap<string, EstateServer>;
  pools: readonly EstatePool[];
  notes: readonly EstateNote[];
}

/** Options of `loadEstate`. */
export interface LoadEstateOptions {
  /** A pool model: its pools, virtual interfaces and primaries, and its pool folders. */
  pool?: PoolModel;
}

const SAMPLES = "tmpl_respmgrs";
const DRAFTS = "work_respmgrs";

/** Where a file belongs: one server, or every member of a pool. */
type Owner = { type: "server"; name: string } | { type: "pool"; name: string; members: readonly string[] };

interface Placed {
  owner: string;
  file: EstateFile;
  /** Files in a server's own folder win over a pool's shared ones. */
  shared: boolean;
}

/** The estate the files make up. Never throws: files it cannot use are in `notes`. */
export function loadEstate(files: readonly EstateInput[], options: LoadEstateOptions = {}): Estate {
  const notes: EstateNote[] = [];
  const placed: Placed[] = [];
  const primaries: { server: string; value: string; path: string; line: number }[] = [];
  const servers = new Set<string>();
  const topology = options.pool && topologyOf(options.pool);
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const input of sorted) {
    const kind = fileKindFromName(input.path);
    // mgrconf lives on a managed node, not on a server.
    if (kind === undefined || kind === "mgrconf") continue;
    const folders = input.path.split(/[\\/]/).slice(0, -1);
    if (folders.includes(SAMPLES)) {
      notes.push({ type: "sample", path: input.path });
      continue;
    }
    if (folders.includes(DRAFTS)) {
      notes.push({ type: "draft", path: input.path });
      continue;
    }
    const owner = ownerOf(folders, topology);
    if (owner === undefined) {
      notes.push({ type: "no-server", path: input.path });
      continue;
    }
    const members = owner.type === "server" ? [owner.name] : owner.members;
    members.forEach((m) => servers.add(m));
    if (kind === "bbc_inst_defaults") {
      const setting = primaryManagerSetting(input.text);
      if (setting) for (const server of members) primaries.push({ server, path: input.path, ...setting });
      continue;
    }
    const { ast, diagnostics } = parse(input.text, { filename: input.path });
    const error = diagnostics.find((d) => d.severity === "error");
    if (error) {
      notes.push({
        type: "syntax-error",
        path: input.path,
        line: error.range.start.line,
        column: error.range.start.column,
        message: error.message,
      });
      continue;
    }
    const file: EstateFile = {
      path: input.path,
      kind,
      ast,
      lines: LineMap.of(input.text),
      text: input.text,
      ...(owner.type === "pool" ? { pool: owner.name } : {}),
    };
    for (const server of members) placed.push({ owner: server, file, shared: owner.type === "pool" });
  }
  const built = new Map<string, EstateServer & { nodeFiles: Map<string, EstateFile> }>();
  for (const name of [...servers].sort()) built.set(name, { name, nodeFiles: new Map() });
  // Own folders first, then shared pool folders; within each, path order.
  placed.sort((a, b) => Number(a.shared) - Number(b.shared));
  for (const { owner, file } of placed) {
    const server = built.get(owner)!;
    const key = file.kind === "node" ? baseName(file.path).toLowerCase() : file.kind;
    const kept = file.kind === "node" ? server.nodeFiles.get(key) : server[file.kind];
    if (kept) {
      notes.push({ type: "duplicate", path: file.path, server: owner, kept: kept.path });
      continue;
    }
    if (file.kind === "node") server.nodeFiles.set(key, file);
    else server[file.kind] = file;
  }
  for (const p of primaries) {
    const server = built.get(p.server)!;
    if (server.primaryManager) notes.push({ type: "duplicate", path: p.path, server: p.server, kept: server.primaryManager.path });
    else server.primaryManager = { value: normaliseFqdn(p.value), path: p.path, line: p.line };
  }
  const pools = topology ? modelPools(topology) : filePools(built);
  return { servers: built, pools, notes };
}

/** The first folder that names a server (an FQDN) or, with a model, a pool. */
function ownerOf(folders: readonly string[], topology: Topology | undefined): Owner | undefined {
  for (const folder of folders) {
    const pool = topology?.pool(folder);
    if (pool) return { type: "pool", name: pool.name, members: pool.members };
    const name = normaliseFqdn(folder);
    if (FQDN_PATTERN.test(name)) return { type: "server", name };
  }
  return undefined;
}

function modelPools(topology: Topology): EstatePool[] {
  return topology.pools.map((pool) => ({
    name: pool.name,
    members: pool.members,
    virtual: pool.virtual,
    primary: pool.primary,
    holders: pool.homes,
    source: "model" as const,
  }));
}

/**
 * Pools as the files show them (docs/language.md#pools-without-a-model): the
 * servers whose `bbc_inst_defaults` make the same name, not itself a server of
 * the estate, the agents' primary manager are that virtual interface's pool,
 * and the first of them holds it.
 */
function filePools(servers: ReadonlyMap<string, EstateServer>): EstatePool[] {
  const byVirtual = new Map<string, string[]>();
  for (const server of servers.values()) {
    const v = server.primaryManager?.value;
    if (v === undefined || servers.has(v) || v.startsWith("$")) continue;
    byVirtual.set(v, [...(byVirtual.get(v) ?? []), server.name]);
  }
  return [...byVirtual].map(([v, members]) => ({
    name: v,
    members,
    virtual: [v],
    primary: v,
    holders: new Map([[v, members[0]!]]),
    source: "files" as const,
  }));
}
