/**
 * The classes of message an estate's rules distinguish
 * (docs/language.md#coverage-of-an-estate). Every node, severity, application,
 * message group, object and message type a condition of the estate names is a
 * value of its attribute, and "any other" one more; a message of each
 * combination is matched against every file it can meet (the same
 * `firstMatchingRule` as `route`). Combinations that meet the same rules in
 * every file are routed alike at every minute, so they are one class, and the
 * combinations of a class are merged back into as few sets of messages as an
 * attribute at a time allows.
 */
import type { ConfigFile, NodeSpec, RuleCondition, TargetRule, TimeTemplateRef } from "../ast/nodes.js";
import { addressOfHexFileName, hexFileName } from "../model/names.js";
import { referencedName } from "../rules/util.js";
import { normaliseFqdn } from "../util/fqdn.js";
import { Assumptions } from "./assumptions.js";
import type { Estate, EstateFile } from "./load.js";
import { condStatusVarsOf, firstMatchingRule, rulesOf, type MatchContext } from "./match.js";
import type { Message } from "./message.js";

/** A message attribute the conditions test, and which tells classes apart. */
export type CoverageAttribute = "node" | "severity" | "application" | "msggrp" | "object" | "msgtype";

/** The values of one attribute a set of messages takes: those listed, or any but those listed. */
export type ValueSet = { in: string[] } | { notIn: string[] };

/** Messages with these attribute values (an attribute left out takes any value). */
export type MessageSet = Partial<Record<CoverageAttribute, ValueSet>>;

/** Messages that meet the same rules in every file: their combinations of values, and one of them to route. */
export interface MessageClass {
  combinations: Combination[];
  example: Message;
}

/** One combination of attribute values, per attribute the values it stands for (opaque outside this module). */
export type Combination = string[][];

/** The message filters coverage takes: the attributes `route` takes, each fixing that attribute. */
export type MessageFilters = Partial<Message>;

/** A node the conditions name, as a message carries it. */
interface NodeValue {
  node: string;
  nodeIp?: string;
}

const ATTRIBUTES: readonly CoverageAttribute[] = ["node", "severity", "application", "msggrp", "object", "msgtype"];
const FIELDS = ["severity", "application", "msggrp", "object", "msgtype"] as const;
type Field = (typeof FIELDS)[number];
/** Stands for every value no condition names. */
const OTHER = "\u0000other";
/** A node name that is no server's or node's: `.invalid` is reserved for that (RFC 2606). */
export const OTHER_NODE = "any-other-node.invalid";

/** Why coverage cannot run: too many classes, a bad date, an unknown zone; its message is one line. */
export class CoverageInputError extends Error {}

/** What one condition of a file tells classes apart by: the nodes it names (null: any) and the values. */
interface ConditionFacts {
  nodes: string[] | null;
  values: Record<Field, string[]>;
}

function nodeKeys(spec: NodeSpec, nodes: Map<string, NodeValue>, byIp: Map<string, string>): string[] {
  const keys: string[] = [];
  const add = (key: string, value: NodeValue) => {
    const known = nodes.get(key);
    if (!known) nodes.set(key, value);
    else if (value.nodeIp !== undefined && known.nodeIp === undefined) known.nodeIp = value.nodeIp;
    if (value.nodeIp !== undefined && !byIp.has(value.nodeIp)) byIp.set(value.nodeIp, key);
    keys.push(key);
  };
  switch (spec.type) {
    case "IpNode": {
      const address = spec.address.octets.join(".");
      const ip = address === "0.0.0.0" ? undefined : address;
      const name = spec.name?.type === "String" && !spec.name.value.startsWith("$") ? normaliseFqdn(spec.name.value) : undefined;
      if (name !== undefined) add(name, { node: name, ...(ip ? { nodeIp: ip } : {}) });
      else if (ip !== undefined) add(ip, { node: ip, nodeIp: ip });
      break;
    }
    case "NameNode":
      if (!spec.name.value.startsWith("$")) add(normaliseFqdn(spec.name.value), { node: normaliseFqdn(spec.name.value) });
      break;
    case "OtherNode":
      add(spec.name.value, { node: spec.name.value });
      break;
    case "NodeGroupNode":
    case "VariableNode":
      break;
  }
  return keys;
}

function conditionFacts(condition: RuleCondition, nodes: Map<string, NodeValue>, byIp: Map<string, string>): ConditionFacts {
  const facts: ConditionFacts = { nodes: null, values: { severity: [], application: [], msggrp: [], object: [], msgtype: [] } };
  for (const a of condition.attributes) {
    if (a.type === "NodeAttribute") facts.nodes = [...(facts.nodes ?? []), ...a.nodes.flatMap((n) => nodeKeys(n, nodes, byIp))];
    else if (a.type === "SeverityAttribute" && a.value.value !== null) facts.values.severity.push(a.value.value);
    else if (a.type === "StringAttribute")
      facts.values[({ APPLICATION: "application", MSGGRP: "msggrp", OBJECT: "object", MSGTYPE: "msgtype" } as const)[a.keyword]].push(
        a.value.value,
      );
  }
  return facts;
}

function conditionsOf(file: EstateFile): RuleCondition[] {
  return rulesOf(file.ast).flatMap((rule) => rule.conditions.conditions);
}

const ruleIds = new WeakMap<TargetRule, number>();
let nextRuleId = 0;

function ruleId(rule: TargetRule): number {
  let id = ruleIds.get(rule);
  if (id === undefined) ruleIds.set(rule, (id = nextRuleId++));
  return id;
}

const outcomeKeys = new WeakMap<TargetRule, string>();

/**
 * What an agent file's rule does, as text: its outcome and the templates it
 * refers to, so that node files that differ only in their comments, conditions
 * or addresses route alike.
 */
function outcomeKey(file: EstateFile, rule: TargetRule): string {
  let key = outcomeKeys.get(rule);
  if (key === undefined) {
    const refs: TimeTemplateRef[] =
      rule.outcome.type === "TargetManagers"
        ? rule.outcome.managers.map((m) => m.timeTemplate)
        : rule.outcome.operations.flatMap((o) => (o.timeTemplate ? [o.timeTemplate] : []));
    const templates = refs.map((ref) => {
      const t = file.ast.timeTemplates?.templates.find((x) => x.name.value === referencedName(ref));
      return t ? file.text.slice(t.range.start, t.range.end) : "";
    });
    key = [file.text.slice(rule.outcome.range.start, rule.outcome.range.end), ...templates].join("\u0000");
    outcomeKeys.set(rule, key);
  }
  return key;
}

const condStatus = new WeakMap<ConfigFile, Map<string, boolean>>();

/** The classes of message of `estate` within `filters` (at most `limit` combinations), and how to describe combinations as sets of messages. */
export function messageClasses(
  estate: Estate,
  filters: MessageFilters,
  limit: number,
): { classes: MessageClass[]; describe: (combinations: Combination[]) => MessageSet[] } {
  const nodes = new Map<string, NodeValue>();
  const byIp = new Map<string, string>();
  const shared: ConditionFacts[] = [];
  const servers = [...estate.servers.values()];
  for (const server of servers)
    for (const file of [server.allnodes, server.msgforw, server.escmgr, server.outage])
      if (file) for (const c of conditionsOf(file)) shared.push(conditionFacts(c, nodes, byIp));
  // A node-specific file's conditions matter to its node only.
  const own = new Map<string, ConditionFacts[]>();
  for (const server of servers) {
    for (const [hex, file] of server.nodeFiles) {
      const ip = addressOfHexFileName(hex);
      if (ip === undefined) continue;
      const key = byIp.get(ip) ?? ip;
      if (!nodes.has(key)) {
        nodes.set(key, { node: ip, nodeIp: ip });
        byIp.set(ip, key);
      }
      const list = own.get(key) ?? [];
      for (const c of conditionsOf(file)) list.push(conditionFacts(c, nodes, byIp));
      own.set(key, list);
    }
  }

  const nodeList: [string, NodeValue][] =
    filters.node !== undefined
      ? [[filters.node, { node: filters.node, ...(filters.nodeIp !== undefined ? { nodeIp: filters.nodeIp } : {}) }]]
      : [...[...nodes].sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true })), [OTHER, { node: OTHER_NODE }]];
  const domains: Record<CoverageAttribute, Set<string>> = {
    node: new Set(nodeList.map(([k]) => k)),
    severity: new Set(),
    application: new Set(),
    msggrp: new Set(),
    object: new Set(),
    msgtype: new Set(),
  };

  /** The conditions that may apply to a node: those naming no node, or this one (with --node, all of them). */
  const factsFor = (key: string): ConditionFacts[] =>
    filters.node !== undefined
      ? [...shared, ...[...own.values()].flat()]
      : [...shared, ...(own.get(key) ?? [])].filter((f) => f.nodes === null || (key !== OTHER && f.nodes.includes(key)));

  // Each combination, as sets of values per attribute, grouped by the rules it meets.
  const groups = new Map<string, { sets: string[][][]; example: Message }>();
  const namedFor = new Map<string, Set<string>[]>();
  let count = 0;
  for (const [key, value] of nodeList) {
    const facts = factsFor(key);
    const named = FIELDS.map((field) => new Set(facts.flatMap((f) => f.values[field])));
    namedFor.set(key, named);
    const choices = FIELDS.map((field, i) => {
      const given = filters[field];
      if (given !== undefined) return [given];
      for (const v of named[i]!) domains[field].add(v);
      return [...[...named[i]!].sort(), OTHER];
    });
    count += choices.reduce((n, c) => n * c.length, 1);
    if (count > limit)
      throw new CoverageInputError(
        `the estate's conditions tell more than ${limit} kinds of message apart; narrow them with --node, --severity, --msggrp or another filter`,
      );
    const files = filesMet(estate, value);
    for (const combination of product(choices)) {
      // Built whole, never deleted from: a message stays a fast object for the matching below.
      const message: Message = { node: value.node };
      if (value.nodeIp !== undefined) message.nodeIp = value.nodeIp;
      if (filters.text !== undefined) message.text = filters.text;
      if (filters.service !== undefined) message.service = filters.service;
      FIELDS.forEach((field, i) => {
        const v = combination[i]!;
        if (v !== OTHER) Object.assign(message, { [field]: v });
      });
      const signature = signatureOf(files, message);
      const sets = [[key], ...combination.map((v) => [v])];
      const group = groups.get(signature);
      if (group) group.sets.push(sets);
      else groups.set(signature, { sets: [sets], example: message });
    }
  }

  // Values a node's conditions do not name route for it as "any other" does.
  for (const group of groups.values())
    for (const sets of group.sets) {
      const named = namedFor.get(sets[0]![0]!)!;
      FIELDS.forEach((field, i) => {
        if (filters[field] === undefined && sets[i + 1]![0] === OTHER)
          sets[i + 1] = [OTHER, ...[...domains[field]].filter((v) => !named[i]!.has(v))];
      });
    }

  return {
    classes: [...groups.values()].map((group) => ({ combinations: group.sets, example: group.example })),
    describe: (combinations) => merge(combinations, domains, filters),
  };
}

/** Every combination of one choice from each list. */
function* product(choices: readonly string[][]): Iterable<string[]> {
  const index = choices.map(() => 0);
  if (choices.some((c) => c.length === 0)) return;
  for (;;) {
    yield index.map((i, d) => choices[d]![i]!);
    let d = choices.length - 1;
    for (; d >= 0; d--) {
      index[d] = index[d]! + 1;
      if (index[d]! < choices[d]!.length) break;
      index[d] = 0;
    }
    if (d < 0) return;
  }
}

/** A file a message may meet and how matching reads it. */
interface FileMet {
  file: EstateFile;
  context: MatchContext;
  /** Agent files are told apart by what their rule does (outcomeKey), server files by the rule. */
  agent: boolean;
}

/** The files a message of `node` may meet: its agent files (its node-specific files, else every allnodes) and every server file. */
function filesMet(estate: Estate, node: NodeValue): FileMet[] {
  const servers = [...estate.servers.values()];
  const hex = node.nodeIp === undefined ? undefined : hexFileName(node.nodeIp);
  let agent = hex === undefined ? [] : servers.flatMap((s) => (s.nodeFiles.has(hex) ? [s.nodeFiles.get(hex)!] : []));
  if (agent.length === 0) agent = servers.flatMap((s) => (s.allnodes ? [s.allnodes] : []));
  const assumptions = new Assumptions();
  const met: FileMet[] = agent.map((file) => ({ file, context: { kind: file.kind, condStatusVars: new Map(), assumptions }, agent: true }));
  for (const server of servers) {
    for (const file of [server.outage, server.msgforw, server.escmgr]) {
      if (!file) continue;
      let vars = new Map<string, boolean>();
      if (file.kind === "outage") {
        vars = condStatus.get(file.ast) ?? condStatusVarsOf(file.ast);
        condStatus.set(file.ast, vars);
      }
      met.push({ file, context: { kind: file.kind, condStatusVars: vars, assumptions }, agent: false });
    }
  }
  return met;
}

const rulesCache = new WeakMap<ConfigFile, TargetRule[]>();

/** Which rule `message` meets in each file: two messages with one signature are routed alike at every instant. */
function signatureOf(files: readonly FileMet[], message: Message): string {
  const parts: string[] = [];
  for (const { file, context, agent } of files) {
    let rules = rulesCache.get(file.ast);
    if (!rules) rulesCache.set(file.ast, (rules = rulesOf(file.ast)));
    const match = firstMatchingRule(rules, message, context);
    parts.push(!match ? "-" : agent ? `${file.path.split("/")[0]}\u0000${outcomeKey(file, match.rule)}` : String(ruleId(match.rule)));
  }
  return parts.join("\u0001");
}

/**
 * The combinations of a class as few sets as merging one attribute at a time
 * gives: combinations that differ in one attribute only become one with the
 * union of its values, the last attribute first, the node last.
 */
function merge(combinations: string[][][], domains: Record<CoverageAttribute, Set<string>>, filters: MessageFilters): MessageSet[] {
  let cubes = combinations;
  for (let d = ATTRIBUTES.length - 1; d >= 0; d--) {
    const byRest = new Map<string, string[][]>();
    for (const cube of cubes) {
      const key = cube.map((values, i) => (i === d ? "" : values.join("\u0000"))).join("\u0001");
      const known = byRest.get(key);
      if (!known)
        byRest.set(
          key,
          cube.map((v) => [...v]),
        );
      else known[d] = [...new Set([...known[d]!, ...cube[d]!])];
    }
    cubes = [...byRest.values()];
  }
  return cubes.map((cube) => {
    const set: MessageSet = {};
    ATTRIBUTES.forEach((attribute, i) => {
      const values = cube[i]!;
      if (filters[attribute] !== undefined) {
        set[attribute] = { in: values };
        return;
      }
      const named = [...domains[attribute]].filter((v) => v !== OTHER);
      if (values.includes(OTHER)) {
        const missing = named.filter((v) => !values.includes(v));
        if (missing.length > 0) set[attribute] = { notIn: missing };
      } else set[attribute] = { in: named.filter((v) => values.includes(v)) };
    });
    return set;
  });
}
