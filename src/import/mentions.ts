/**
 * What `import` reads from one file of the estate: the managers it names and
 * the targets of the messages it sends for every message, each with the line
 * that names it, so every inferred fact can say where it comes from.
 */
import type { NodeSpec, TargetManager, TargetRule } from "../ast/nodes.js";
import type { EstateFile } from "../estate/load.js";
import { rulesOf } from "../estate/match.js";
import { hostName, isPrimaryMgr } from "../rules/managers.js";
import { OPC_ALWAYS, referencedName } from "../rules/util.js";

/** A manager named in a file: its host name (lower case) or `$OPC_PRIMARY_MGR`, and where (1-based line and column). */
export interface Mention {
  name: string;
  file: string;
  line: number;
  column: number;
}

/** A target manager of a file's rule for every message. */
export interface TargetMention extends Mention {
  controlling: boolean;
  always: boolean;
}

const OPC_PRIMARY_MGR = "$OPC_PRIMARY_MGR";

function mention(file: EstateFile, node: NodeSpec): Mention | undefined {
  const name = isPrimaryMgr(node) ? OPC_PRIMARY_MGR : hostName(node);
  if (name === undefined) return undefined;
  const { line, column } = file.lines.position(node.range.start);
  return { name, file: file.path, line, column };
}

/** Whether a mention is `$OPC_PRIMARY_MGR` rather than a server. */
export function isPrimaryVariable(m: Mention): boolean {
  return m.name === OPC_PRIMARY_MGR;
}

/** The rules a message goes through until the first one without conditions, which every message matches; undefined without one. */
function rulesUpToCatchAll(file: EstateFile): TargetRule[] | undefined {
  const rules = rulesOf(file.ast);
  const last = rules.findIndex((r) => r.conditions.conditions.length === 0);
  return last < 0 ? undefined : rules.slice(0, last + 1);
}

function targetsOf(file: EstateFile, rule: TargetRule): TargetMention[] {
  if (rule.outcome.type !== "TargetManagers") return [];
  return rule.outcome.managers.flatMap((m: TargetManager) => {
    const named = mention(file, m.manager.node);
    if (!named) return [];
    return [{ ...named, controlling: m.attribute?.keyword === "MSGCONTROLLINGMGR", always: referencedName(m.timeTemplate) === OPC_ALWAYS }];
  });
}

/**
 * The targets of the rule every message matches (only the first matching rule
 * is used, so a message the rules before it match may go elsewhere; see
 * `everyMessageTargets` for what holds for every message).
 */
export function catchAllTargets(file: EstateFile): TargetMention[] {
  const rules = rulesUpToCatchAll(file);
  return rules ? targetsOf(file, rules[rules.length - 1]!) : [];
}

/** The targets every message reaches at all times, whichever rule it matches: named in each rule up to the catch-all one, at `$OPC_ALWAYS`. */
export function everyMessageTargets(file: EstateFile): TargetMention[] {
  const rules = rulesUpToCatchAll(file);
  if (!rules) return [];
  const always = (rule: TargetRule) => targetsOf(file, rule).filter((t) => t.always);
  const inEvery = rules.slice(0, -1).map((r) => new Set(always(r).map((t) => `${t.name} ${t.controlling}`)));
  return always(rules[rules.length - 1]!).filter((t) => inEvery.every((names) => names.has(`${t.name} ${t.controlling}`)));
}

/** The secondary managers a file lists, in order, and whether each is also an action-allowed manager. */
export function secondaryManagers(file: EstateFile): (Mention & { actionAllowed: boolean })[] {
  const configs = file.ast.respMgrConfigs?.configs ?? [];
  const allowed = new Set(
    configs.flatMap((c) => c.actionAllowManagers?.managers ?? []).flatMap((m) => mention(file, m.node.node)?.name ?? []),
  );
  return configs
    .flatMap((c) => c.secondaryManagers?.managers ?? [])
    .flatMap((m) => {
      const named = mention(file, m.node.node);
      return named ? [{ ...named, actionAllowed: allowed.has(named.name) }] : [];
    });
}

/** The description of a file's first RESPMGRCONFIG, with its position. */
export function configDescription(file: EstateFile): { text: string; line: number; column: number } | undefined {
  const description = file.ast.respMgrConfigs?.configs[0]?.description;
  if (!description?.value.terminated) return undefined;
  const { line, column } = file.lines.position(description.range.start);
  return { text: description.value.value, line, column };
}
