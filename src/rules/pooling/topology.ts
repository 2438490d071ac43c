/**
 * The pooling rules' view of a pool model (`LintOptions.pool`): who is a
 * member or a virtual interface of which pool, who forwards where, and which
 * pool or sender the linted file belongs to (`LintOptions.server`).
 *
 * Names are FQDNs and DNS names are case-insensitive, so every name is compared
 * in lower case without a trailing dot.
 */
import type { NodeSpec } from "../../ast/nodes.js";
import type { RuleContext } from "../../lint/rule.js";
import { normaliseFqdn } from "../../util/fqdn.js";

/** One pool as the rules see it, with `primary` defaulted to the first V. */
export interface PoolView {
  readonly name: string;
  readonly members: readonly string[];
  readonly virtual: readonly string[];
  readonly primary: string;
  /** Pool names or FQDNs the pool escalates to. */
  readonly forwardTo: readonly string[];
}

/** A server outside the pools that forwards into them. */
export interface SenderView {
  readonly server: string;
  readonly forwardTo: readonly string[];
  readonly mode: "virtual" | "members";
}

/** Whose file is being linted: a pool's (shared or one member's) or a sender's. */
export type FileOwner =
  | { readonly kind: "pool"; readonly pool: PoolView; readonly member: string | undefined }
  | { readonly kind: "sender"; readonly sender: SenderView };

/** What an FQDN is in the model. */
export type Identity =
  | { readonly kind: "member"; readonly pool: PoolView }
  | { readonly kind: "virtual"; readonly pool: PoolView }
  | { readonly kind: "sender"; readonly sender: SenderView };

/** The pool model reduced to what the pooling rules ask of it. */
export class PoolTopology {
  readonly pools: readonly PoolView[];
  readonly senders: readonly SenderView[];
  private readonly byName = new Map<string, Identity>();
  private readonly poolsByName = new Map<string, PoolView>();

  constructor(pools: readonly PoolView[], senders: readonly SenderView[]) {
    this.pools = pools;
    this.senders = senders;
    for (const pool of pools) {
      this.poolsByName.set(pool.name, pool);
      for (const m of pool.members) this.byName.set(m, { kind: "member", pool });
      for (const v of pool.virtual) this.byName.set(v, { kind: "virtual", pool });
    }
    for (const sender of senders) if (!this.byName.has(sender.server)) this.byName.set(sender.server, { kind: "sender", sender });
  }

  /** What `fqdn` is in the model, if anything. */
  identify(fqdn: string): Identity | undefined {
    return this.byName.get(normaliseFqdn(fqdn));
  }

  /** The pool called `name`. */
  pool(name: string): PoolView | undefined {
    return this.poolsByName.get(name);
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
    if (!id) return { kind: "sender", sender: { server: normaliseFqdn(server), forwardTo: [], mode: "virtual" } };
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

  private poolOfName(fqdn: string): PoolView | undefined {
    const id = this.identify(fqdn);
    return id && id.kind !== "sender" ? id.pool : undefined;
  }
}

const cache = new WeakMap<object, PoolTopology | null>();

/** The topology of `context.options.pool`, or undefined when no usable model was given. */
export function topologyOf(context: RuleContext): PoolTopology | undefined {
  const model = context.options.pool;
  if (model === null || typeof model !== "object") return undefined;
  let topology = cache.get(model);
  if (topology === undefined) {
    topology = readModel(model as Record<string, unknown>);
    cache.set(model, topology);
  }
  return topology ?? undefined;
}

/** The owner of the linted file in the model, or undefined (no model, or the file is not the model's). */
export function fileOwner(context: RuleContext): { topology: PoolTopology; owner: FileOwner } | undefined {
  const topology = topologyOf(context);
  if (!topology) return undefined;
  const server = context.options.server;
  const owner = topology.owner(typeof server === "string" ? server : undefined);
  return owner ? { topology, owner } : undefined;
}

function names(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string").map(normaliseFqdn) : [];
}

// `lint` accepts the model as `unknown`; a shape the rules cannot read turns them off rather than throwing.
function readModel(model: Record<string, unknown>): PoolTopology | null {
  if (!Array.isArray(model.pools)) return null;
  const pools: PoolView[] = [];
  for (const raw of model.pools as unknown[]) {
    if (raw === null || typeof raw !== "object") continue;
    const p = raw as Record<string, unknown>;
    if (typeof p.name !== "string") continue;
    const virtual = names(p.virtual);
    const primary = typeof p.primary === "string" ? normaliseFqdn(p.primary) : virtual[0];
    if (primary === undefined) continue;
    pools.push({ name: p.name, members: names(p.members), virtual, primary, forwardTo: forwardTargets(p.forwardTo) });
  }
  const senders: SenderView[] = [];
  for (const raw of Array.isArray(model.senders) ? (model.senders as unknown[]) : []) {
    if (raw === null || typeof raw !== "object") continue;
    const s = raw as Record<string, unknown>;
    if (typeof s.server !== "string") continue;
    senders.push({
      server: normaliseFqdn(s.server),
      forwardTo: forwardTargets(s.forwardTo),
      mode: s.mode === "members" ? "members" : "virtual",
    });
  }
  return new PoolTopology(pools, senders);
}

// A forwardTo entry is a pool name (kept as written) or an FQDN (normalised).
function forwardTargets(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === "string").map((v) => (v.includes(".") ? normaliseFqdn(v) : v))
    : [];
}

/**
 * The FQDN a manager node names, normalised: the name of `IP a.b.c.d "name"`,
 * else undefined (a bare address, a variable or a node group names no server
 * of the model).
 */
export function managerName(node: NodeSpec): string | undefined {
  if (node.type === "IpNode" && node.name?.type === "String" && node.name.terminated) return normaliseFqdn(node.name.value);
  if (node.type === "NameNode" && node.name.terminated) return normaliseFqdn(node.name.value);
  return undefined;
}
