/**
 * The pool model resolved once, for everyone who asks who is who: the
 * generator, the pooling rules, the estate loader and the CLI's lookup of a
 * file's server. Defaults come from `resolve.ts`, names are compared in lower
 * case without a trailing dot (`normaliseFqdn`), and nobody reads the raw
 * model again.
 *
 * `lint` is public and its callers in JavaScript pass the model unvalidated:
 * `resolveTopology` is the one place that reads it defensively, and a shape it
 * cannot read gives no topology (the pooling rules then check nothing) rather
 * than an exception.
 */
import { normaliseFqdn } from "../util/fqdn.js";
import { guiOf, homeOf, isPoolName, modeOf, primaryOf } from "./resolve.js";
import type { Pool, PoolModel, Sender } from "./schema.js";

/** One pool with its defaults applied and its names normalised. */
export interface PoolView {
  readonly name: string;
  readonly members: readonly string[];
  readonly virtual: readonly string[];
  /** The virtual interface managed nodes send to. */
  readonly primary: string;
  /** The virtual interface Java GUIs connect to. */
  readonly gui: string;
  /** The member that carries each virtual interface at first. */
  readonly homes: ReadonlyMap<string, string>;
  /** Pool names (as written) or FQDNs (normalised) the pool forwards every message to. */
  readonly forwardTo: readonly string[];
  /** The pool as the model writes it, for what only the runbook reads (addresses, OS, load balancer). */
  readonly model: Pool;
}

/** A server outside the pools that forwards into them, with its mode defaulted. */
export interface SenderView {
  readonly server: string;
  readonly forwardTo: readonly string[];
  readonly mode: "virtual" | "members";
  /** The sender as the model writes it; undefined for a server the model does not list. */
  readonly model: Sender | undefined;
}

/** Whose file something is: a pool's (shared, or one member's) or a sender's. */
export type FileOwner =
  | { readonly kind: "pool"; readonly pool: PoolView; readonly member: string | undefined }
  | { readonly kind: "sender"; readonly sender: SenderView };

/** What an FQDN is in the model. */
export type Identity =
  | { readonly kind: "member"; readonly pool: PoolView }
  | { readonly kind: "virtual"; readonly pool: PoolView }
  | { readonly kind: "sender"; readonly sender: SenderView };

/** One `forwardTo` entry and the servers it stands for. */
export interface ForwardTarget {
  /** The entry as written: a pool name or an FQDN. */
  readonly entry: string;
  /** The pool it names, if any. */
  readonly pool?: PoolView;
  /** The FQDNs that receive the messages: the pool's primary V, every member in `members` mode, or the FQDN itself. */
  readonly servers: readonly string[];
}

/** The pool model resolved: every server's role, the pools' primaries and modes, who forwards to whom. */
export class Topology {
  readonly pools: readonly PoolView[];
  readonly senders: readonly SenderView[];
  private readonly byName = new Map<string, Identity>();
  private readonly poolsByName = new Map<string, PoolView>();
  /** Pool names and server FQDNs, normalised, each with its spelling in the model. */
  private readonly spellings = new Map<string, string>();

  constructor(pools: readonly PoolView[], senders: readonly SenderView[]) {
    this.pools = pools;
    this.senders = senders;
    for (const pool of pools) {
      this.poolsByName.set(pool.name, pool);
      this.spellings.set(normaliseFqdn(pool.name), pool.name);
      for (const m of pool.members) this.byName.set(m, { kind: "member", pool });
      for (const v of pool.virtual) this.byName.set(v, { kind: "virtual", pool });
      for (const name of [...pool.members, ...pool.virtual]) this.spellings.set(name, name);
    }
    for (const sender of senders) {
      if (!this.byName.has(sender.server)) this.byName.set(sender.server, { kind: "sender", sender });
      this.spellings.set(sender.server, sender.server);
    }
  }

  /** What `fqdn` is in the model, if anything. */
  identify(fqdn: string): Identity | undefined {
    return this.byName.get(normaliseFqdn(fqdn));
  }

  /** The pool called `name`. */
  pool(name: string): PoolView | undefined {
    return this.poolsByName.get(name);
  }

  /** Every pool that has `fqdn` among its members (a model with a mistake may have it in several). */
  poolsWithMember(fqdn: string): PoolView[] {
    const server = normaliseFqdn(fqdn);
    return this.pools.filter((p) => p.members.includes(server));
  }

  /**
   * The owner of a file given `server`: a pool name or one of its V (the file
   * shared by all members), a member's FQDN, or a sender's FQDN (listed in the
   * model or not: an unlisted server is a sender in `virtual` mode). Without
   * `server`, a model with exactly one pool and no senders can only mean that pool.
   */
  owner(server: string | undefined): FileOwner | undefined {
    if (server === undefined) {
      return this.pools.length === 1 && this.senders.length === 0 ? { kind: "pool", pool: this.pools[0]!, member: undefined } : undefined;
    }
    const pool = this.poolsByName.get(server);
    if (pool) return { kind: "pool", pool, member: undefined };
    const id = this.identify(server);
    // A server the model does not list that names a pool's V or members is a sender into it, in
    // the default mode: it is checked as one rather than left alone (`lint(msgforw, { pool, server })`).
    if (!id) return { kind: "sender", sender: { server: normaliseFqdn(server), forwardTo: [], mode: "virtual", model: undefined } };
    if (id.kind === "sender") return { kind: "sender", sender: id.sender };
    return { kind: "pool", pool: id.pool, member: id.kind === "member" ? normaliseFqdn(server) : undefined };
  }

  /** The pools a forwardTo list names (by pool name, member or V); FQDNs outside every pool are skipped. */
  targetPools(forwardTo: readonly string[]): PoolView[] {
    const out: PoolView[] = [];
    for (const target of forwardTo) {
      const pool = this.poolsByName.get(target) ?? this.poolOfName(target);
      if (pool && !out.includes(pool)) out.push(pool);
    }
    return out;
  }

  /** The targets of a `forwardTo` list in its order: a pool becomes its primary V, or every member in `members` mode. */
  forwardTargets(entries: readonly string[], mode: "virtual" | "members"): ForwardTarget[] {
    return entries.map((entry) => {
      const pool = isPoolName(entry) ? this.poolsByName.get(entry) : undefined;
      if (!pool) return { entry, servers: [entry] };
      return { entry, pool, servers: mode === "members" ? pool.members : [pool.primary] };
    });
  }

  /** The pool name or server FQDN `name` stands for (compared as host names), as the model spells it. */
  spellingOf(name: string): string | undefined {
    return this.spellings.get(normaliseFqdn(name));
  }

  /** Whether the model names `server`: a pool, a member, a V, a sender, or a server something forwards to. */
  mentions(server: string): boolean {
    const name = normaliseFqdn(server);
    if (this.spellings.has(name)) return true;
    return [...this.pools, ...this.senders].some((from) => from.forwardTo.some((t) => normaliseFqdn(t) === name));
  }

  private poolOfName(fqdn: string): PoolView | undefined {
    const id = this.identify(fqdn);
    return id && id.kind !== "sender" ? id.pool : undefined;
  }
}

/** The topology of a validated model (the generator's, the estate's, the CLI's): every validated model has one. */
export function topologyOf(model: PoolModel): Topology {
  return resolveTopology(model) ?? new Topology([], []);
}

/** The topology of a pool model as `lint` receives it, or undefined when `model` has no shape the topology can read. */
export function resolveTopology(model: PoolModel): Topology | undefined {
  const raw: unknown = model;
  if (!isRecord(raw) || !Array.isArray(raw.pools)) return undefined;
  const pools: PoolView[] = [];
  for (const p of raw.pools as unknown[]) {
    const pool = readPool(p);
    if (pool) pools.push(poolView(pool, p as Pool));
  }
  const senders: SenderView[] = [];
  for (const s of Array.isArray(raw.senders) ? (raw.senders as unknown[]) : []) {
    const sender = readSender(s);
    if (sender) senders.push({ server: sender.server, forwardTo: sender.forwardTo, mode: modeOf(sender), model: s as Sender });
  }
  return new Topology(pools, senders);
}

function poolView(pool: Pool, model: Pool): PoolView {
  return {
    name: pool.name,
    members: pool.members,
    virtual: pool.virtual,
    primary: primaryOf(pool),
    gui: guiOf(pool),
    homes: homesOf(pool),
    forwardTo: pool.forwardTo ?? [],
    model,
  };
}

/** The pool with its names read as strings and normalised; undefined when it has no name or no virtual interface to send to. */
function readPool(value: unknown): Pool | undefined {
  if (!isRecord(value) || typeof value.name !== "string") return undefined;
  const virtual = names(value.virtual);
  const primary = typeof value.primary === "string" ? normaliseFqdn(value.primary) : virtual[0];
  if (primary === undefined) return undefined;
  const details = Array.isArray(value.details) ? (value.details as unknown[]).filter(isRecord) : undefined;
  return {
    ...(value as Pool),
    members: names(value.members),
    virtual,
    primary,
    ...(typeof value.gui === "string" ? { gui: normaliseFqdn(value.gui) } : {}),
    forwardTo: forwardTargets(value.forwardTo),
    ...(details ? { details: details as Pool["details"] } : {}),
  };
}

// A home the model does not give (a pool without members) or cannot give (not a name) is left out.
function homesOf(pool: Pool): Map<string, string> {
  const homes = new Map<string, string>();
  for (const v of pool.virtual) {
    const home: unknown = homeOf(pool, v);
    if (typeof home === "string") homes.set(v, normaliseFqdn(home));
  }
  return homes;
}

/** The sender with its names normalised and an unknown mode dropped; undefined when it names no server. */
function readSender(value: unknown): Sender | undefined {
  if (!isRecord(value) || typeof value.server !== "string") return undefined;
  return {
    server: normaliseFqdn(value.server),
    forwardTo: forwardTargets(value.forwardTo),
    ...(value.mode === "members" || value.mode === "virtual" ? { mode: value.mode } : {}),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function names(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string").map(normaliseFqdn) : [];
}

// A forwardTo entry is a pool name (kept as written) or an FQDN (normalised).
function forwardTargets(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === "string").map((v) => (isPoolName(v) ? v : normaliseFqdn(v)))
    : [];
}
