/**
 * `route(estate, message, at)`: where a message goes, hop by hop
 * (docs/language.md#routing-a-message). The agent's file picks a target
 * manager (a virtual interface resolves to the member holding it); on each
 * server the outage file may suppress, log or hold the message back, and
 * msgforw forwards it to every target whose template is true, and so on until
 * no server forwards it further. Each server takes a message once, so loops end.
 */
import type { ConfigFile, NodeSpec, TargetManager, TimeTemplate, TimeTemplateRef } from "../ast/nodes.js";
import { hostName, isPrimaryMgr } from "../rules/managers.js";
import { OPC_ALWAYS, referencedName } from "../rules/util.js";
import { hexFileName } from "../model/names.js";
import { normaliseFqdn } from "../util/fqdn.js";
import { printable } from "../util/printable.js";
import { Assumptions, type Assumption, type AssumptionId } from "./assumptions.js";
import type { Estate, EstateFile, EstateServer } from "./load.js";
import { condStatusVarsOf, firstMatchingRule, rulesOf, type RuleMatch } from "./match.js";
import { isIpv4, type Message } from "./message.js";
import {
  evaluateTemplate,
  isTimeZone,
  localText,
  localTime,
  parseInstant,
  zoneName,
  zoneOfValue,
  type Instant,
  type Zone,
} from "./time.js";

/** What a hop is: the agent's send, a forward (notification or with control), an escalation, or what the outage file did on a server. */
export type HopKind = "agent" | "notify" | "controlling" | "escalate" | "suppressed" | "logonly" | "buffered";

/** The time template that decided a step, and how. */
export interface TemplateUse {
  name: string;
  holds: boolean;
  /** Line of the `TIMETEMPLATE` definition; null for `$OPC_ALWAYS` or an undefined template. */
  line: number | null;
  /** Line of the `TIMETMPLCOND` that decided; null when none did. */
  conditionLine: number | null;
  /** The clock it was read on: the zone and the local time. */
  zone: string;
  local: string;
}

/** The rule condition that selected the message. */
export interface ConditionUse {
  line: number;
  description: string | null;
}

/** One step of a route. `to` is a physical server: a virtual interface is resolved to its holder and named in `virtual`. */
export interface Hop {
  from: string;
  to: string;
  kind: HopKind;
  /** The file that decided, its rule's line and description; null where no rule decided (an assumption did). */
  file: string | null;
  line: number | null;
  rule: string | null;
  /** The condition that selected the message; null when the rule has none (it takes every message). */
  condition?: ConditionUse | null;
  template?: TemplateUse;
  /** The virtual interface the file names, which `to` holds. */
  virtual?: string;
  /** `to` is not a server of the estate: what it does with the message is unknown. */
  outside?: true;
  /** `to` had the message already, so it goes no further. */
  repeat?: true;
  /** `to` is a server the message passed through on the way here: a forwarding loop. */
  loop?: true;
  /** ACKNONLOCALMGR: acknowledging the copy acknowledges the original. */
  ackNonLocal?: true;
  /** The assumption this step rests on. */
  assumption?: AssumptionId;
}

/** A step that moved nothing but explains the route (no rule matched, a target was skipped, service hours held). */
export interface RouteNote {
  server: string;
  file: string | null;
  line: number | null;
  text: string;
}

/** Where a message goes at an instant: the hops, the servers it reaches and what the route assumed. */
export interface RouteResult {
  version: 1;
  message: Message;
  /** The instant as given. */
  at: string;
  hops: Hop[];
  /** Every physical server that keeps the message (suppressed copies excluded), in the order reached. */
  receivers: string[];
  assumptions: Assumption[];
  notes: RouteNote[];
}

/** Options of `route`: clocks, the holder of a virtual interface, and the switches for undocumented behaviour. */
export interface RouteOptions {
  /** IANA zone of the node's clock; default: the offset `at` is written with. */
  tz?: string;
  /** IANA zone of the servers' clocks (msgforw, escmgr); default: the offset `at` is written with. */
  serverTz?: string;
  /** The member that holds the virtual interfaces of its pool; default: the pool's own choice. */
  holder?: string;
  /** What an agent does with a message no rule matches: send it to the primary manager (default) or nowhere. */
  unmatched?: "primary" | "none";
  /** Whether a server forwards a message it received by forwarding (default `again`). */
  forwarded?: "again" | "once";
}

/** Input `route` cannot work with (an instant without offset, an unknown zone, a bad holder); its message is one line. */
export class RouteInputError extends Error {}

/** The route of `message` at `at` (ISO 8601 with an offset) through `estate`. */
export function route(estate: Estate, message: Message, at: string, options: RouteOptions = {}): RouteResult {
  const instant = parseInstant(at);
  if (!instant)
    throw new RouteInputError(`"${printable(at)}" is not an ISO 8601 date and time with an offset, such as 2026-12-06T03:00+01:00`);
  if (message.nodeIp !== undefined && !isIpv4(message.nodeIp))
    throw new RouteInputError(`"${printable(message.nodeIp)}" is not an IPv4 address such as 192.0.2.10`);
  const walk = new Walk(estate, message, instant, options);
  walk.run();
  return {
    version: 1,
    message,
    at,
    hops: walk.hops,
    receivers: walk.receivers(),
    assumptions: walk.assumptions.list(),
    notes: walk.notes,
  };
}

function zoneOf(name: string | undefined, instant: Instant, option: string): Zone {
  if (name === undefined) return { type: "offset", minutes: instant.offsetMinutes };
  if (!isTimeZone(name))
    throw new RouteInputError(`${option} "${printable(name)}" is not a time zone this runtime knows, such as Europe/Berlin`);
  return { type: "iana", name };
}

interface Arrival {
  server: string;
  forwarded: boolean;
  /** The arrival the message was forwarded from (none for the agent's send), to tell a loop. */
  from: Arrival | undefined;
}

/** Whether the message passed through `server` on its way to `arrival` (walked only for a repeat, so a long chain stays linear). */
function cameThrough(arrival: Arrival | undefined, server: string): boolean {
  for (let a = arrival; a; a = a.from) if (a.server === server) return true;
  return false;
}

const templateIndex = new WeakMap<ConfigFile, Map<string, TimeTemplate>>();

function templatesOf(ast: ConfigFile): Map<string, TimeTemplate> {
  let index = templateIndex.get(ast);
  if (!index) {
    index = new Map();
    for (const t of ast.timeTemplates?.templates ?? []) if (!index.has(t.name.value)) index.set(t.name.value, t);
    templateIndex.set(ast, index);
  }
  return index;
}

class Walk {
  readonly hops: Hop[] = [];
  readonly notes: RouteNote[] = [];
  readonly assumptions = new Assumptions();
  private readonly nodeZone: Zone;
  private readonly serverZone: Zone;
  private readonly reached = new Set<string>();
  private readonly queue: Arrival[] = [];
  private primary: { name: string; assumed: boolean } | undefined;

  constructor(
    private readonly estate: Estate,
    private readonly message: Message,
    private readonly instant: Instant,
    private readonly options: RouteOptions,
  ) {
    this.nodeZone = zoneOf(options.tz, instant, "--tz");
    this.serverZone = zoneOf(options.serverTz, instant, "--server-tz");
    if (options.holder !== undefined) {
      const holder = normaliseFqdn(options.holder);
      if (!estate.pools.some((p) => p.members.includes(holder)))
        throw new RouteInputError(`--holder "${printable(options.holder)}" is not a member of any pool of the estate`);
    }
  }

  run(): void {
    this.agent();
    for (let i = 0; i < this.queue.length; i++) this.server(this.queue[i]!);
  }

  /** The servers that keep the message, in the order the hops reached them: a suppressed copy is gone, an escalation is only possible. */
  receivers(): string[] {
    const suppressed = new Set(this.hops.filter((h) => h.kind === "suppressed").map((h) => h.to));
    const out: string[] = [];
    for (const hop of this.hops) {
      if (hop.repeat || hop.kind === "escalate" || suppressed.has(hop.to) || out.includes(hop.to)) continue;
      out.push(hop.to);
    }
    return out;
  }

  // ---- the agent ----

  private agent(): void {
    const node = this.message.node;
    const found = this.agentFile();
    this.primary = this.primaryManager(found?.server);
    if (!found) {
      const assumption = this.assumptions.apply("no-agent-file");
      this.toPrimary(null, assumption);
      return;
    }
    const { file } = found;
    const match = firstMatchingRule(rulesOf(file.ast), this.message, {
      kind: file.kind,
      condStatusVars: new Map(),
      assumptions: this.assumptions,
    });
    if (!match) {
      if (this.options.unmatched === "none") {
        this.notes.push({ server: node, file: file.path, line: null, text: "no rule matches; the message goes nowhere" });
        this.assumptions.apply("agent-unmatched-none");
        return;
      }
      this.toPrimary(file.path, this.assumptions.apply("agent-unmatched-primary"));
      return;
    }
    const outcome = match.rule.outcome;
    if (outcome.type !== "TargetManagers") {
      this.notes.push({
        server: node,
        file: file.path,
        line: this.line(file, match.rule),
        text: "the matching rule has message operations, which an agent file cannot have (HP2046): the message goes nowhere",
      });
      return;
    }
    const active = outcome.managers
      .map((m) => ({ m, template: this.template(file, m.timeTemplate, this.nodeZone) }))
      .filter((t) => t.template.holds);
    const first = active[0];
    if (!first) {
      this.notes.push({
        server: node,
        file: file.path,
        line: this.line(file, match.rule),
        text: `rule ${quote(match.rule.description?.value.value)} matches, but none of its targets' time templates is true`,
      });
      this.assumptions.apply("agent-no-active-target");
      return;
    }
    const assumption = active.length > 1 ? this.assumptions.apply("agent-first-active-target") : undefined;
    const target = this.managerName(first.m.manager.node);
    if (target === undefined) {
      this.notes.push({
        server: node,
        file: file.path,
        line: this.line(file, first.m),
        text: "the target names no server hpom-lint can resolve",
      });
      return;
    }
    this.send(
      {
        from: node,
        kind: "agent",
        ...this.decided(file, match),
        template: first.template,
        ...(assumption ? { assumption } : {}),
      },
      target,
      { server: node, forwarded: false, from: undefined },
    );
  }

  /** The node's agent file: its node-specific file, else allnodes, from the first server that holds one. */
  private agentFile(): { server: string; file: EstateFile } | undefined {
    const hex = this.message.nodeIp === undefined ? undefined : hexFileName(this.message.nodeIp);
    const servers = [...this.estate.servers.values()];
    let holders: { server: string; file: EstateFile }[] = [];
    if (hex !== undefined)
      holders = servers.flatMap((s) => (s.nodeFiles.has(hex) ? [{ server: s.name, file: s.nodeFiles.get(hex)! }] : []));
    if (holders.length === 0) holders = servers.flatMap((s) => (s.allnodes ? [{ server: s.name, file: s.allnodes }] : []));
    const first = holders[0];
    if (first && holders.some((h) => h.file.text !== first.file.text)) this.assumptions.apply("agent-files-differ");
    return first;
  }

  /** `$OPC_PRIMARY_MGR` for this node (docs/language.md#the-primary-manager-in-a-route). */
  private primaryManager(fileServer: string | undefined): { name: string; assumed: boolean } | undefined {
    if (fileServer !== undefined) {
      const pool = this.estate.pools.find((p) => p.members.includes(fileServer));
      if (pool) return { name: pool.primary, assumed: false };
      const setting = this.estate.servers.get(fileServer)?.primaryManager;
      return { name: setting?.value ?? fileServer, assumed: setting === undefined };
    }
    const settings = new Set([...this.estate.servers.values()].flatMap((s) => (s.primaryManager ? [s.primaryManager.value] : [])));
    if (settings.size === 1) return { name: [...settings][0]!, assumed: false };
    if (this.estate.servers.size === 1) return { name: [...this.estate.servers.keys()][0]!, assumed: true };
    return undefined;
  }

  /** `$OPC_PRIMARY_MGR`, recording the assumption when no file names it. */
  private primaryName(): string | undefined {
    if (this.primary?.assumed) this.assumptions.apply("primary-from-file-server");
    return this.primary?.name;
  }

  private toPrimary(file: string | null, assumption: AssumptionId): void {
    const primary = this.primaryName();
    if (primary === undefined) {
      this.notes.push({
        server: this.message.node,
        file,
        line: null,
        text: "the primary manager is unknown: no pool, bbc_inst_defaults or single server names it",
      });
      return;
    }
    this.send({ from: this.message.node, kind: "agent", file, line: null, rule: null, assumption }, primary, {
      server: this.message.node,
      forwarded: false,
      from: undefined,
    });
  }

  // ---- the servers ----

  private server(arrival: Arrival): void {
    const server = this.estate.servers.get(arrival.server)!;
    if (!this.outage(server)) {
      this.assumptions.apply("held-not-forwarded");
      return;
    }
    // Escalation is an operator's choice on any message the server holds, forwarded or not.
    if (arrival.forwarded && server.msgforw && this.options.forwarded === "once") {
      this.assumptions.apply("forwarded-once");
      this.notes.push({
        server: server.name,
        file: server.msgforw.path,
        line: null,
        text: "received by forwarding: not forwarded again",
      });
    } else {
      if (arrival.forwarded && server.msgforw) this.assumptions.apply("forwarded-again");
      this.forward(server, arrival);
    }
    this.escalate(server);
  }

  /** Applies the outage file; true when the message goes on (not suppressed, logged only or held back). */
  private outage(server: EstateServer): boolean {
    const file = server.outage;
    if (!file) return true;
    const match = firstMatchingRule(rulesOf(file.ast), this.message, {
      kind: "outage",
      condStatusVars: condStatusVarsOf(file.ast),
      assumptions: this.assumptions,
    });
    if (match?.rule.outcome.type !== "MessageOperations") return true;
    let effect: { kind: "suppressed" | "logonly" | "buffered"; template?: TemplateUse } | undefined;
    const rank = { suppressed: 3, logonly: 2, buffered: 1 };
    for (const op of match.rule.outcome.operations) {
      const template = op.timeTemplate ? this.template(file, op.timeTemplate, this.outageZone(file, op.timeTemplate)) : undefined;
      const active = template?.holds ?? true;
      const word = op.operation.keyword;
      const kind =
        word === "SUPPRESS" && active
          ? "suppressed"
          : word === "LOGONLY" && active
            ? "logonly"
            : word === "INSERVICE" && !active
              ? "buffered"
              : undefined;
      if (word === "INSERVICE" && active)
        this.notes.push({
          server: server.name,
          file: file.path,
          line: this.line(file, op),
          text: `within the service hours of ${quote(template?.name)}`,
        });
      if (op.operation.type === "SwitchOperation" && active) {
        this.notes.push({ server: server.name, file: file.path, line: this.line(file, op), text: `${word} ${op.operation.value.raw}` });
      }
      if (kind && (!effect || rank[kind] > rank[effect.kind])) effect = { kind, ...(template ? { template } : {}) };
    }
    if (!effect) return true;
    this.hops.push({
      from: server.name,
      to: server.name,
      kind: effect.kind,
      ...this.decided(file, match),
      ...(effect.template ? { template: effect.template } : {}),
    });
    return false;
  }

  /** The zone an outage template is read in (docs/language.md#evaluating-time-templates): UTC, the node's (Local) or a fixed one. */
  private outageZone(file: EstateFile, ref: TimeTemplateRef): Zone {
    const zone = templatesOf(file.ast).get(referencedName(ref))?.timeZone;
    if (!zone) return { type: "iana", name: "UTC" };
    if (zone.zoneType.value === "Local") return this.nodeZone;
    const fixed = zoneOfValue(zone.zoneValue.value);
    if (fixed) return fixed;
    this.assumptions.apply("outage-zone");
    return { type: "iana", name: "UTC" };
  }

  private forward(server: EstateServer, arrival: Arrival): void {
    const file = server.msgforw;
    if (!file) return;
    const match = this.serverRule(server, file);
    if (match?.rule.outcome.type !== "TargetManagers") return;
    const outcome = match.rule.outcome;
    const templates = outcome.managers.map((m) => this.serverTemplate(file, m));
    if (templates.length > 0 && !templates.some((t) => t.holds))
      this.notes.push({
        server: server.name,
        file: file.path,
        line: this.line(file, match.rule),
        text: `rule ${quote(match.rule.description?.value.value)} matches, but none of its targets' time templates is true: the message stays here`,
      });
    for (const [i, m] of outcome.managers.entries()) {
      const template = templates[i]!;
      if (!template.holds) continue;
      const target = this.serverTarget(server, file, m);
      if (target === undefined) continue;
      const kind = m.attribute?.keyword === "MSGCONTROLLINGMGR" ? "controlling" : "notify";
      this.send(
        { from: server.name, kind, ...this.decided(file, match), template, ...(outcome.ackNonLocal ? { ackNonLocal: true as const } : {}) },
        target,
        arrival,
      );
    }
  }

  private escalate(server: EstateServer): void {
    const file = server.escmgr;
    if (!file) return;
    const match = this.serverRule(server, file);
    if (match?.rule.outcome.type !== "TargetManagers") return;
    for (const m of match.rule.outcome.managers) {
      const template = this.serverTemplate(file, m);
      if (!template.holds) continue;
      const target = this.serverTarget(server, file, m);
      if (target === undefined) continue;
      const { physical, virtual } = this.physical(target);
      const assumption = this.assumptions.apply("escalation-not-followed");
      this.hops.push({
        from: server.name,
        to: physical,
        kind: "escalate",
        ...this.decided(file, match),
        template,
        ...(virtual ? { virtual } : {}),
        ...(this.estate.servers.has(physical) ? {} : { outside: true as const }),
        assumption,
      });
    }
  }

  private serverRule(server: EstateServer, file: EstateFile): RuleMatch | undefined {
    const match = firstMatchingRule(rulesOf(file.ast), this.message, {
      kind: file.kind,
      condStatusVars: new Map(),
      assumptions: this.assumptions,
    });
    if (!match) this.notes.push({ server: server.name, file: file.path, line: null, text: "no rule matches" });
    return match;
  }

  private serverTemplate(file: EstateFile, m: TargetManager): TemplateUse {
    if (referencedName(m.timeTemplate) !== OPC_ALWAYS) this.assumptions.apply("server-clock");
    return this.template(file, m.timeTemplate, this.serverZone);
  }

  /** A server file's target, or undefined (with a note) for `$OPC_PRIMARY_MGR`, which a server has not, and for the server itself. */
  private serverTarget(server: EstateServer, file: EstateFile, m: TargetManager): string | undefined {
    if (isPrimaryMgr(m.manager.node)) {
      this.notes.push({
        server: server.name,
        file: file.path,
        line: this.line(file, m),
        text: "$OPC_PRIMARY_MGR means nothing on a server (HP2034): skipped",
      });
      return undefined;
    }
    const target = this.managerName(m.manager.node);
    if (target === undefined) {
      this.notes.push({
        server: server.name,
        file: file.path,
        line: this.line(file, m),
        text: "the target names no server hpom-lint can resolve: skipped",
      });
      return undefined;
    }
    if (this.physical(target).physical === server.name) {
      this.notes.push({
        server: server.name,
        file: file.path,
        line: this.line(file, m),
        text: "the server itself (the message is here already): skipped",
      });
      return undefined;
    }
    return target;
  }

  // ---- shared ----

  /** Records a hop to `target` (resolving a virtual interface) and queues the server unless it had the message already. */
  private send(hop: Omit<Hop, "to">, target: string, arrival: Arrival): void {
    const { physical, virtual } = this.physical(target);
    // The contract's fields first, in the contract's order.
    const { from, kind, file, line, rule, ...rest } = hop;
    const full: Hop = { from, to: physical, kind, file, line, rule, ...rest, ...(virtual ? { virtual } : {}) };
    if (!this.estate.servers.has(physical)) full.outside = true;
    if (this.reached.has(physical)) {
      full.repeat = true;
      if (cameThrough(arrival, physical)) full.loop = true;
      full.assumption ??= this.assumptions.apply("once-per-server");
      this.hops.push(full);
      return;
    }
    this.reached.add(physical);
    this.hops.push(full);
    if (full.outside) return;
    this.queue.push({ server: physical, forwarded: hop.kind !== "agent", from: hop.kind === "agent" ? undefined : arrival });
  }

  /** The physical server behind a name: a virtual interface's holder, else the name itself. */
  private physical(name: string): { physical: string; virtual?: string } {
    const pool = this.estate.pools.find((p) => p.virtual.includes(name));
    if (!pool) return { physical: name };
    const holder = this.options.holder === undefined ? undefined : normaliseFqdn(this.options.holder);
    return { physical: holder !== undefined && pool.members.includes(holder) ? holder : pool.holders.get(name)!, virtual: name };
  }

  /** The server a manager node names: `$OPC_PRIMARY_MGR` resolved, a host name normalised, or a fixed address. */
  private managerName(node: NodeSpec): string | undefined {
    if (isPrimaryMgr(node)) return this.primaryName();
    const host = hostName(node);
    if (host !== undefined) return host;
    if (node.type === "IpNode" && node.address.octets.some((o) => o !== 0)) return node.address.octets.join(".");
    return undefined;
  }

  /** Whether a template referenced in `file` holds now on the clock of `zone`. */
  private template(file: EstateFile, ref: TimeTemplateRef, zone: Zone): TemplateUse {
    const name = referencedName(ref);
    const local = localTime(this.instant.epochMs, zone);
    const base = { name, zone: zoneName(zone), local: localText(local) };
    if (name === OPC_ALWAYS) return { ...base, holds: true, line: null, conditionLine: null };
    const template = templatesOf(file.ast).get(name);
    if (!template) {
      this.assumptions.apply("undefined-template");
      return { ...base, holds: false, line: null, conditionLine: null };
    }
    if ((template.conditions?.conditions.length ?? 0) === 0) this.assumptions.apply("empty-template");
    const verdict = evaluateTemplate(template, local);
    return {
      ...base,
      holds: verdict.holds,
      line: this.line(file, template),
      conditionLine: verdict.condition ? this.line(file, verdict.condition) : null,
    };
  }

  /** The file, rule and condition that decided a step. */
  private decided(file: EstateFile, match: RuleMatch): { file: string; line: number; rule: string | null; condition: ConditionUse | null } {
    const rule = match.rule;
    const condition = match.condition;
    return {
      file: file.path,
      line: this.line(file, rule),
      rule: rule.description?.value.value ?? null,
      condition: condition ? { line: this.line(file, condition), description: condition.description?.value.value ?? null } : null,
    };
  }

  private line(file: EstateFile, node: { range: { start: number } }): number {
    return file.lines.position(node.range.start).line;
  }
}

function quote(text: string | undefined): string {
  return text === undefined ? "(no description)" : `"${text}"`;
}
