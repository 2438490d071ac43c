/**
 * `importPoolModel(estate)`: the pool model existing files describe
 * (docs/import.md). Members are servers that forward every message to each
 * other with MSGCONTROLLINGMGR (hot synchronisation); virtual interfaces are
 * the managers the members' agent files and installation defaults name that
 * are not servers of the estate; senders are the other servers that forward
 * every message, into a pool through its virtual interface (`mode: virtual`)
 * or through all of its members (`mode: members`); upward targets come from the
 * members' msgforw. Every fact says which file and line it comes from.
 *
 * A group of servers that synchronise but name no virtual interface is HP's
 * backup-server set-up: the pool the guide would build is proposed, with a
 * made-up virtual interface to be named by the user.
 */
import type { Estate, EstateFile, EstateServer } from "../estate/load.js";
import { addressOfHexFileName, FQDN_PATTERN, POOL_NAME_PATTERN } from "../model/names.js";
import type { Assignment, Pool, PoolModel, Sender } from "../model/schema.js";
import { validatePoolModel } from "../model/validate.js";
import { printable } from "../util/printable.js";
import { catchAllTargets, configDescription, everyMessageTargets, isPrimaryVariable, secondaryManagers, type Mention } from "./mentions.js";

/** Where a fact of an imported model was read: a file (its path below the estate folder), 1-based line and column. */
export interface ImportSource {
  file: string;
  line: number;
  column: number;
}

/** One inferred value of the imported model, by its path in the model, and what in the files says so. */
export interface ImportFact {
  path: (string | number)[];
  what: string;
  source: ImportSource;
}

/** A backup-server set-up (a primary and backups, no virtual interface) and the pool proposed for it. */
export interface BackupServerSetup {
  pool: string;
  primary: string;
  backups: string[];
  /** The made-up name of the virtual interface the proposed pool needs. */
  proposedVirtual: string;
}

/** What `importPoolModel` found: a valid model, where each fact comes from, and what the files do not say. */
export interface ImportResult {
  model: PoolModel;
  facts: ImportFact[];
  /** What could not be inferred and needs a decision, one sentence each. */
  todos: string[];
  backupServers: BackupServerSetup[];
}

/** One reason the import failed, at the place in the files it comes from when there is one. */
export interface ImportProblem {
  message: string;
  source?: ImportSource;
}

/** The estate describes no pool that can be imported; `problems` says why, one by one. */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly problems: readonly ImportProblem[] = [],
  ) {
    super(message);
    this.name = "ImportError";
  }
}

/** The pool name `generate` writes into the description of a pool's agent files. */
const GENERATED_DESCRIPTION = /^responsible managers of pool ([a-z0-9][a-z0-9-]*)$/;

interface PoolDraft {
  pool: Pool;
  index: number;
  memberSet: ReadonlySet<string>;
}

/** Infers the pool model of `estate`; throws `ImportError` when no two servers synchronise every message. */
export function importPoolModel(estate: Estate): ImportResult {
  const facts: ImportFact[] = [];
  const todos: string[] = [];
  const backupServers: BackupServerSetup[] = [];
  const fact = (path: ImportFact["path"], what: string, m: ImportSource): void => {
    facts.push({ path, what, source: { file: m.file, line: m.line, column: m.column } });
  };
  const todo = (text: string): void => {
    todos.push(printable(text));
  };

  const groups = synchronisingGroups(estate, todo);
  if (groups.length === 0) {
    throw new ImportError(
      "no pool to import: no two servers of the estate forward every message to each other with MSGCONTROLLINGMGR (hot synchronisation in their msgforw)",
    );
  }
  const usedNames = new Set<string>();
  const drafts: PoolDraft[] = groups.map((group, index) => {
    const pool = inferPool(estate, group, index, usedNames, fact, todo, backupServers);
    return { pool, index, memberSet: new Set(pool.members) };
  });
  for (const draft of drafts) inferUpward(estate, draft, drafts, fact, todo);
  const pooled = new Set(drafts.flatMap((d) => d.pool.members));
  const senders: Sender[] = [];
  for (const server of estate.servers.values()) {
    if (pooled.has(server.name)) continue;
    const sender = inferSender(server, senders.length, drafts, fact, todo);
    if (sender) senders.push(sender);
  }
  todos.push(...notInFiles(drafts.map((d) => d.pool)));

  const model: PoolModel = { version: 1, pools: drafts.map((d) => d.pool), ...(senders.length > 0 ? { senders } : {}) };
  const checked = validatePoolModel(model);
  if (!checked.ok) {
    throw new ImportError(
      "the files describe no valid pool model",
      checked.problems.map((p) => {
        const source = sourceOf(facts, p.path);
        return { message: printable(p.message), ...(source ? { source } : {}) };
      }),
    );
  }
  return { model: checked.model, facts, todos, backupServers };
}

/** The source of the fact nearest to `path`: the same value, else the closest one above it. */
function sourceOf(facts: readonly ImportFact[], path: readonly (string | number)[]): ImportSource | undefined {
  let best: ImportFact | undefined;
  for (const f of facts) {
    const within = f.path.length <= path.length && f.path.every((key, i) => key === path[i]);
    if (within && (!best || f.path.length > best.path.length)) best = f;
  }
  return best?.source;
}

/** Each server's msgforw targets for every message, with MSGCONTROLLINGMGR. */
function synchronisation(estate: Estate): Map<string, Map<string, Mention>> {
  const sync = new Map<string, Map<string, Mention>>();
  for (const server of estate.servers.values()) {
    if (!server.msgforw) continue;
    const targets = new Map<string, Mention>();
    for (const t of everyMessageTargets(server.msgforw)) if (t.controlling && !targets.has(t.name)) targets.set(t.name, t);
    sync.set(server.name, targets);
  }
  return sync;
}

/** A pool's members as found: the servers and, per member, where it is named by the others. */
interface Group {
  members: string[];
  sync: ReadonlyMap<string, ReadonlyMap<string, Mention>>;
}

/** The groups of servers that synchronise with each other, each in name order. */
function synchronisingGroups(estate: Estate, todo: (text: string) => void): Group[] {
  const sync = synchronisation(estate);
  const mutual = (a: string, b: string) => sync.get(a)?.has(b) === true && sync.get(b)?.has(a) === true;
  const seen = new Set<string>();
  const groups: Group[] = [];
  for (const start of estate.servers.keys()) {
    if (seen.has(start)) continue;
    const members: string[] = [];
    const queue = [start];
    seen.add(start);
    for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
      members.push(at);
      for (const next of sync.get(at)?.keys() ?? []) {
        if (next !== at && !seen.has(next) && estate.servers.has(next) && mutual(at, next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    if (members.length < 2) continue;
    members.sort();
    for (const a of members) {
      // Forwarding to itself is what the generated msgforw adds, not a decision to make.
      const missing = members.filter((b) => b !== a && !sync.get(a)!.has(b));
      if (missing.length > 0)
        todo(
          `${a} does not forward every message to ${missing.join(", ")} with MSGCONTROLLINGMGR, though both are in one pool; the model's msgforw makes every member forward to every member`,
        );
    }
    groups.push({ members, sync });
  }
  return groups;
}

/** The first member's file of a kind, noting members whose copy differs. */
function sharedFile(
  servers: readonly EstateServer[],
  get: (s: EstateServer) => EstateFile | undefined,
  what: string,
  todo: (text: string) => void,
): EstateFile | undefined {
  const holders = servers.filter((s) => get(s) !== undefined);
  const first = holders[0];
  if (!first) return undefined;
  const file = get(first)!;
  const different = holders.filter((s) => get(s)!.text !== file.text).map((s) => get(s)!.path);
  if (different.length > 0)
    todo(`${different.join(", ")} differ from ${file.path}; the import read ${file.path}, and the pool's members get one ${what} for all`);
  return file;
}

function inferPool(
  estate: Estate,
  group: Group,
  index: number,
  usedNames: Set<string>,
  fact: (path: ImportFact["path"], what: string, m: ImportSource) => void,
  todo: (text: string) => void,
  backupServers: BackupServerSetup[],
): Pool {
  const at = (...rest: ImportFact["path"]): ImportFact["path"] => ["pools", index, ...rest];
  const servers = group.members.map((m) => estate.servers.get(m)!);
  const allnodes = sharedFile(servers, (s) => s.allnodes, "allnodes", todo);
  const listed = allnodes ? secondaryManagers(allnodes) : [];
  const isServer = (name: string) => estate.servers.has(name);

  // Members in the order the agent file lists them, the rest in name order.
  const members = [
    ...listed.map((m) => m.name).filter((n, i, all) => group.members.includes(n) && all.indexOf(n) === i),
    ...group.members.filter((m) => !listed.some((l) => l.name === m)),
  ];

  // Virtual interfaces: what the agents are told to send to, and the other secondary managers that may also run actions.
  const virtual = new Map<string, Mention>();
  const consider = (m: Mention): void => {
    if (isPrimaryVariable(m) || isServer(m.name) || virtual.has(m.name)) return;
    if (FQDN_PATTERN.test(m.name)) virtual.set(m.name, m);
    else todo(`"${m.name}" (${m.file}:${m.line}) is not a fully qualified domain name in lower case; left out`);
  };
  const nodeFiles = nodeFilesOf(servers, todo);
  const agentFiles = [...(allnodes ? [allnodes] : []), ...nodeFiles.values()];
  const catchAll = new Map(agentFiles.map((f) => [f, catchAllTargets(f)] as const));
  for (const m of listed) if (m.actionAllowed) consider(m);
  for (const targets of catchAll.values()) for (const t of targets) consider(t);
  for (const s of servers)
    if (s.primaryManager) consider({ name: s.primaryManager.value, file: s.primaryManager.path, line: s.primaryManager.line, column: 1 });

  const name = poolName(allnodes, [...virtual.keys()], members, usedNames);
  usedNames.add(name.value);

  // Every member is named by another one: that is how it joined the group.
  const memberMention = (m: string): Mention => group.sync.get(members.find((o) => o !== m && group.sync.get(o)?.has(m))!)!.get(m)!;
  const factsOfMembers = (list: readonly string[]): void =>
    list.forEach((m, j) => fact(at("members", j), "another member forwards it every message with MSGCONTROLLINGMGR", memberMention(m)));

  if (virtual.size === 0) {
    const setup = proposeBackupPool(estate, servers, members, name.value, todo);
    backupServers.push(setup);
    todo(
      `choose the virtual interface of pool "${setup.pool}": ${setup.proposedVirtual} is made up; give it a name and an address (details)`,
    );
    const pool: Pool = { name: setup.pool, members: [setup.primary, ...setup.backups], virtual: [setup.proposedVirtual] };
    factsOfMembers(pool.members);
    fact(at("name"), "made up for the backup-server set-up of these members", memberMention(setup.primary));
    return pool;
  }
  factsOfMembers(members);
  if (name.source) fact(at("name"), "the description generate writes", name.source);
  else
    todo(`pool name "${name.value}" is made up from ${[...virtual.keys()][0]}; rename it if you like (it names the pool's output folder)`);

  const virtualList = [...virtual.keys()];
  virtualList.forEach((v, j) => fact(at("virtual", j), "named by the agents' files, not a server of the estate", virtual.get(v)!));

  const pool: Pool = { name: name.value, members, virtual: virtualList };
  const primary = primaryOfFiles(allnodes ? catchAll.get(allnodes)! : [], servers, virtual);
  if (primary && primary.name === virtualList[0]) {
    fact(at("virtual", 0), "the primary: where the agents send every message", primary);
  } else if (primary) {
    pool.primary = primary.name;
    fact(at("primary"), "where the agents send every message", primary);
  } else {
    todo(
      `pool "${pool.name}": no agent file sends every message to one of its virtual interfaces; the first, ${virtualList[0]}, is taken as primary`,
    );
  }
  const assignments = inferAssignments(nodeFiles, catchAll, virtual, pool, index, fact, todo);
  if (assignments.length > 0) pool.assignments = assignments;
  return pool;
}

/** The members' node-specific files by name; the first member's copy wins. */
function nodeFilesOf(servers: readonly EstateServer[], todo: (text: string) => void): Map<string, EstateFile> {
  const files = new Map<string, EstateFile>();
  for (const s of servers) {
    for (const [name, file] of s.nodeFiles) {
      const kept = files.get(name);
      if (!kept) files.set(name, file);
      else if (kept.text !== file.text) todo(`${file.path} differs from ${kept.path}; the import read ${kept.path}`);
    }
  }
  return files;
}

/** The pool's name: from the generated description, else made from its first virtual interface (or, with none, its members). */
function poolName(
  allnodes: EstateFile | undefined,
  virtual: readonly string[],
  members: readonly string[],
  used: ReadonlySet<string>,
): { value: string; source?: ImportSource } {
  const description = allnodes && configDescription(allnodes);
  const generated = description && GENERATED_DESCRIPTION.exec(description.text);
  if (generated && !used.has(generated[1]!))
    return { value: generated[1]!, source: { file: allnodes.path, line: description.line, column: description.column } };
  const base = virtual[0]?.split(".")[0] ?? `${commonPrefix(members.map((m) => m.split(".")[0]!)).replace(/[-\d]+$/, "") || "pool"}-pool`;
  const clean = POOL_NAME_PATTERN.test(base) ? base : "pool";
  let value = clean;
  for (let n = 2; used.has(value); n++) value = `${clean}-${n}`;
  return { value };
}

function commonPrefix(names: readonly string[]): string {
  let prefix = names[0] ?? "";
  for (const n of names) while (!n.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/** The virtual interface the agents send every message to: allnodes' rule, else the members' installation defaults. */
function primaryOfFiles(
  allnodesTargets: readonly Mention[],
  servers: readonly EstateServer[],
  virtual: ReadonlyMap<string, Mention>,
): Mention | undefined {
  const target = allnodesTargets.find((t) => virtual.has(t.name));
  if (target) return target;
  const setting = servers.map((s) => s.primaryManager).find((p) => p !== undefined && virtual.has(p.value));
  return setting && { name: setting.value, file: setting.path, line: setting.line, column: 1 };
}

function inferAssignments(
  nodeFiles: ReadonlyMap<string, EstateFile>,
  catchAll: ReadonlyMap<EstateFile, readonly Mention[]>,
  virtual: ReadonlyMap<string, Mention>,
  pool: Pool,
  index: number,
  fact: (path: ImportFact["path"], what: string, m: ImportSource) => void,
  todo: (text: string) => void,
): Assignment[] {
  const byVirtual = new Map<string, { address: string; file: EstateFile; target: Mention }[]>();
  for (const [name, file] of [...nodeFiles].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const address = addressOfHexFileName(name);
    const target = catchAll.get(file)?.find((t) => virtual.has(t.name));
    if (address === undefined || !target) {
      todo(
        `${file.path} sends no message to a virtual interface of pool "${pool.name}"; generate writes no such file, so the node falls back to allnodes`,
      );
      continue;
    }
    byVirtual.set(target.name, [...(byVirtual.get(target.name) ?? []), { address, file, target }]);
  }
  return [...byVirtual].map(([v, nodes], j): Assignment => {
    nodes.forEach((n, k) =>
      fact(["pools", index, "assignments", j, "nodes", k], `node-specific file sending every message to ${v}`, n.target),
    );
    return { virtual: v, nodes: nodes.map((n) => n.address) };
  });
}

/** The pool HP's guide would build from a backup-server set-up: the primary first, the backups, and a virtual interface to name. */
function proposeBackupPool(
  estate: Estate,
  servers: readonly EstateServer[],
  members: readonly string[],
  name: string,
  todo: (text: string) => void,
): BackupServerSetup {
  const configured = servers.map((s) => s.primaryManager?.value).find((p) => p !== undefined && members.includes(p));
  const primary = configured ?? members[0]!;
  if (!configured) todo(`no bbc_inst_defaults names the primary server of pool "${name}"; ${primary} is taken as primary`);
  const domain = primary.slice(primary.indexOf(".") + 1);
  let proposedVirtual = `${name}.${domain}`;
  for (let n = 2; estate.servers.has(proposedVirtual); n++) proposedVirtual = `${name}-${n}.${domain}`;
  return { pool: name, primary, backups: members.filter((m) => m !== primary), proposedVirtual };
}

/** A pool's upward targets: its first member's msgforw names them besides the members. */
function inferUpward(
  estate: Estate,
  draft: PoolDraft,
  drafts: readonly PoolDraft[],
  fact: (path: ImportFact["path"], what: string, m: ImportSource) => void,
  todo: (text: string) => void,
): void {
  const msgforw = draft.pool.members.map((m) => estate.servers.get(m)!.msgforw).find((f) => f !== undefined);
  if (!msgforw) return;
  const targets = classify(
    everyMessageTargets(msgforw).filter((t) => !draft.memberSet.has(t.name)),
    drafts,
    todo,
  );
  const forwardTo: string[] = [];
  for (const t of targets) {
    if (forwardTo.includes(t.entry) || t.entry === draft.pool.name) continue;
    fact(["pools", draft.index, "forwardTo", forwardTo.length], t.what, t.source);
    forwardTo.push(t.entry);
  }
  if (forwardTo.length > 0) draft.pool.forwardTo = forwardTo;
}

/** A msgforw target as the model names it. */
interface Classified {
  entry: string;
  mode?: "virtual" | "members";
  /** For `members`: the members named. */
  named?: string;
  what: string;
  source: Mention;
}

function classify(targets: readonly Mention[], drafts: readonly PoolDraft[], todo: (text: string) => void): Classified[] {
  const out: Classified[] = [];
  for (const t of targets) {
    const viaVirtual = drafts.find((d) => d.pool.virtual.includes(t.name));
    const viaMember = drafts.find((d) => d.memberSet.has(t.name));
    if (viaVirtual)
      out.push({ entry: viaVirtual.pool.name, mode: "virtual", what: `forwards to ${t.name}, a virtual interface of the pool`, source: t });
    else if (viaMember)
      out.push({
        entry: viaMember.pool.name,
        mode: "members",
        named: t.name,
        what: `forwards to ${t.name}, a member of the pool`,
        source: t,
      });
    else if (isPrimaryVariable(t)) todo(`${t.file}:${t.line} forwards to $OPC_PRIMARY_MGR, which the model cannot name; left out`);
    else if (FQDN_PATTERN.test(t.name)) out.push({ entry: t.name, what: `forwards to ${t.name}`, source: t });
    else todo(`"${t.name}" (${t.file}:${t.line}) is not a fully qualified domain name in lower case; left out`);
  }
  return out;
}

/** A server outside the pools that forwards every message: a sender. */
function inferSender(
  server: EstateServer,
  index: number,
  drafts: readonly PoolDraft[],
  fact: (path: ImportFact["path"], what: string, m: ImportSource) => void,
  todo: (text: string) => void,
): Sender | undefined {
  if (!server.msgforw) return undefined;
  const targets = classify(everyMessageTargets(server.msgforw), drafts, todo);
  if (targets.length === 0) {
    todo(`${server.msgforw.path}: ${server.name} forwards no message to every target at all times; it is not a sender of the model`);
    return undefined;
  }
  const modes = [...new Set(targets.flatMap((t) => t.mode ?? []))];
  const mode = modes.includes("members") ? "members" : modes[0];
  if (modes.length > 1)
    todo(`${server.name} names a pool's virtual interface and another pool's members; the model has one mode per sender, taken as members`);
  const forwardTo: string[] = [];
  const sender: Sender = { server: server.name, forwardTo };
  for (const t of targets) {
    if (forwardTo.includes(t.entry)) continue;
    fact(["senders", index, "forwardTo", forwardTo.length], t.what, t.source);
    forwardTo.push(t.entry);
    const pool = drafts.find((d) => d.pool.name === t.entry);
    if (pool && t.mode === "members") {
      const named = new Set(targets.filter((o) => o.entry === t.entry).map((o) => o.named));
      const missing = pool.pool.members.filter((m) => !named.has(m));
      if (missing.length > 0)
        todo(
          `${server.name} forwards to some members of pool "${t.entry}" but not to ${missing.join(", ")}; with mode members it forwards to all of them`,
        );
    }
  }
  fact(["senders", index, "server"], "forwards every message", targets[0]!.source);
  if (mode) {
    sender.mode = mode;
    fact(
      ["senders", index, "mode"],
      mode === "virtual" ? "names the pool's virtual interface" : "names the pool's members",
      targets.find((t) => t.mode === mode)!.source,
    );
  }
  return sender;
}

/** What only the runbook uses and no HPOM file says. */
function notInFiles(pools: readonly Pool[]): string[] {
  return pools.map(
    (p) =>
      `pool "${p.name}": the files do not say os, gui, details (addresses, network interface, home member, node id), loadBalancer, outboundOnly or the node names of assignments; add what the runbook should use`,
  );
}
