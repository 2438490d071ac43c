/**
 * The printer: an AST in the canonical layout of docs/language.md#canonical-layout — two spaces of
 * indentation per nesting level, one clause per line, TIMETMPLCOND parts in the
 * order TIMECONDTYPE, TIME, WEEKDAY, DATE, extra node specs on continuation lines
 * aligned under the first, literals exactly as written, every comment kept, at
 * most one blank line where the source had any, one newline at the end. One
 * printer serves `format`, `hpom-lint fmt`, the Prettier plugin and the generator.
 */
import type {
  ActionAllowManager,
  ActionAllowManagers,
  Clause,
  Comment,
  ConfigFile,
  ConditionAttribute,
  Description,
  NodeSpec,
  Operation,
  RespMgrConfig,
  RuleConditions,
  RuleFragment,
  RuleOutcome,
  SecondaryManager,
  SecondaryManagers,
  TargetAttribute,
  TimeConditionPart,
} from "../ast/nodes.js";

/** Canonical position of each TIMETMPLCOND part (docs/language.md#canonical-layout). */
const PART_RANK: Record<TimeConditionPart["type"], number> = {
  TimeCondType: 0,
  TimeRange: 1,
  WeekdayOn: 2,
  WeekdayRange: 2,
  DateOn: 3,
  DateRange: 3,
};

/** The parts of a TIMETMPLCOND in canonical order (a stable sort: equal parts keep their order). */
export function canonicalPartOrder(parts: readonly TimeConditionPart[]): TimeConditionPart[] {
  return [...parts].sort((a, b) => PART_RANK[a.type] - PART_RANK[b.type]);
}

/** Builds the output line by line. */
class Lines {
  private readonly out: string[] = [];

  /**
   * Writes the clause's leading comments, then its first line with its trailing comment.
   * `trailing` are the comments of the first line (all of the clause's unless it has
   * further lines); `above` are those that found no room on a further line.
   */
  clause(
    depth: number,
    clause: Clause,
    text: string,
    trailing: readonly Comment[] = clause.trailingComments ?? [],
    above: readonly Comment[] = [],
  ): void {
    const pad = "  ".repeat(depth);
    const [first, ...extra] = trailing;
    for (const comment of clause.leadingComments ?? []) {
      this.blankIf(comment.blankLineBefore);
      this.out.push(pad + comment.text);
    }
    this.blankIf(clause.blankLineBefore === true);
    // A line holds one trailing comment (a `#` runs to the end of the line); further ones
    // are written directly above the clause, after its leading comments and after the blank
    // line that precedes it, so that they stay next to the clause they belong to (and in
    // source order); parsed again, they read as leading comments.
    for (const comment of [...extra, ...above]) this.out.push(pad + comment.text);
    this.out.push(pad + text + (first ? `  ${first.text}` : ""));
  }

  /** A line that is not a clause of its own (a continuation or an operation), with the comment that trails it. */
  plain(depth: number, text: string, trailing?: Comment): void {
    this.out.push("  ".repeat(depth) + text + (trailing ? `  ${trailing.text}` : ""));
  }

  comment(text: string, blankLineBefore: boolean): void {
    this.blankIf(blankLineBefore);
    this.out.push(text);
  }

  private blankIf(wanted: boolean): void {
    if (wanted && this.out.length > 0 && this.out[this.out.length - 1] !== "") this.out.push("");
  }

  toString(): string {
    return this.out.length === 0 ? "" : `${this.out.join("\n")}\n`;
  }
}

/**
 * The comments of a clause printed on several lines (a node list, a time zone, a
 * message operation), one group per line: group i > 0 holds the comments after the
 * start of `starts[i - 1]`, the code that opens line i; group 0 the rest. A trailing
 * comment thus stays on the line of the code it follows (docs/language.md#canonical-layout). A tree
 * built without real ranges (all offsets 0) keeps every comment in group 0.
 */
function commentsByLine(comments: readonly Comment[] | undefined, starts: readonly number[]): Comment[][] {
  const groups: Comment[][] = [[], ...starts.map((): Comment[] => [])];
  for (const c of comments ?? []) {
    // The number of lines opened before the comment, by binary search: a node list may have thousands.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < c.range.start) lo = mid + 1;
      else hi = mid;
    }
    groups[lo]!.push(c);
  }
  return groups;
}

/**
 * A line ends in at most one comment; the others of a further line go above the
 * clause, where they parse as its leading comments (a comment above a further line
 * would parse as one of the first line's).
 */
function overflow(groups: readonly Comment[][]): Comment[] {
  return groups.slice(1).flatMap((g) => g.slice(1));
}

/** A node spec as every clause writes it: `IP 0.0.0.0 "name"`, `OTHER "name"`, `NODEGROUP "name"`, a variable or a bare name. */
export function printNodeSpec(node: NodeSpec): string {
  switch (node.type) {
    case "IpNode":
      return `IP ${node.address.raw}${node.name ? ` ${node.name.raw}` : ""}${node.id ? ` ID ${node.id.raw}` : ""}`;
    case "OtherNode":
      return `OTHER ${node.name.raw}`;
    case "NodeGroupNode":
      return `NODEGROUP ${node.name.raw}`;
    case "VariableNode":
      return node.variable.raw;
    case "NameNode":
      return node.name.raw;
  }
}

/** The two lines of a manager-list entry without its description: its keyword and `NODE <node>`. */
export function printManagerEntry(type: (SecondaryManager | ActionAllowManager)["type"], node: NodeSpec): [string, string] {
  return [type === "SecondaryManager" ? "SECONDARYMANAGER" : "ACTIONALLOWMANAGER", `NODE ${printNodeSpec(node)}`];
}

/** The first line of a manager list: its keyword. */
export function printManagerListHead(list: Pick<SecondaryManagers | ActionAllowManagers, "type">): string {
  return list.type === "SecondaryManagers" ? "SECONDARYMANAGERS" : "ACTIONALLOWMANAGERS";
}

/** `DESCRIPTION "…"`. */
export function printDescription(description: Description): string {
  return `DESCRIPTION ${description.value.raw}`;
}

/** A target manager's attribute: its keyword. */
export function printTargetAttribute(attribute: TargetAttribute): string {
  return attribute.keyword;
}

/** One part of a TIMETMPLCOND, such as `TIMECONDTYPE Match` or `TIME FROM 8:00 TO 17:00`. */
export function printTimePart(part: TimeConditionPart): string {
  switch (part.type) {
    case "TimeCondType":
      return `TIMECONDTYPE ${part.value.raw}`;
    case "TimeRange":
      return `TIME FROM ${part.from.raw} TO ${part.to.raw}`;
    case "WeekdayOn":
      return `WEEKDAY ON ${part.day.raw}`;
    case "WeekdayRange":
      return `WEEKDAY FROM ${part.from.raw} TO ${part.to.raw}`;
    case "DateOn":
      return `DATE ON ${part.date.raw}`;
    case "DateRange":
      return `DATE FROM ${part.from.raw} TO ${part.to.raw}`;
  }
}

function operation(op: Operation): string {
  return op.type === "SimpleOperation" ? op.keyword : `${op.keyword} ${op.value.raw}`;
}

function attribute(out: Lines, depth: number, a: ConditionAttribute): void {
  switch (a.type) {
    case "SeverityAttribute":
      return out.clause(depth, a, `SEVERITY ${a.value.raw}`);
    case "MsgCondTypeAttribute":
      return out.clause(depth, a, `MSGCONDTYPE ${a.value.raw}`);
    case "StringAttribute":
      return out.clause(depth, a, `${a.keyword} ${a.value.raw}`);
    case "CondStatusVarAttribute":
      return out.clause(depth, a, `CONDSTATUSVAR ${a.name.raw}`);
    case "PatternAttribute":
      return out.clause(
        depth,
        a,
        `${a.keyword} ${a.pattern.raw}${a.separators ? ` SEPARATORS ${a.separators.raw}` : ""}${a.icase ? " ICASE" : ""}`,
      );
    case "NodeAttribute": {
      const [first, ...rest] = a.nodes;
      const groups = commentsByLine(
        a.trailingComments,
        rest.map((spec) => spec.range.start),
      );
      out.clause(depth, a, first ? `NODE ${printNodeSpec(first)}` : "NODE", groups[0], overflow(groups));
      // Continuation lines align under the first node spec, after "NODE ".
      rest.forEach((spec, i) => out.plain(depth, `     ${printNodeSpec(spec)}`, groups[i + 1]![0]));
      return;
    }
  }
}

function outcome(out: Lines, depth: number, o: RuleOutcome): void {
  if (o.type === "TargetManagers") {
    out.clause(depth, o, "MSGTARGETMANAGERS");
    for (const m of o.managers) {
      out.clause(depth + 1, m, "MSGTARGETMANAGER");
      out.clause(depth + 2, m.timeTemplate, `TIMETEMPLATE ${m.timeTemplate.name.raw}`);
      out.clause(depth + 2, m.manager, `OPCMGR ${printNodeSpec(m.manager.node)}`);
      if (m.attribute) out.clause(depth + 2, m.attribute, printTargetAttribute(m.attribute));
    }
    if (o.ackNonLocal) out.clause(depth, o.ackNonLocal, "ACKNONLOCALMGR");
    return;
  }
  out.clause(depth, o, "MSGOPERATIONS");
  for (const op of o.operations) {
    const groups = commentsByLine(op.trailingComments, [op.operation.range.start]);
    out.clause(depth + 1, op, "MSGOPERATION", groups[0], overflow(groups));
    if (op.timeTemplate) out.clause(depth + 2, op.timeTemplate, `TIMETEMPLATE ${op.timeTemplate.name.raw}`);
    out.plain(depth + 2, operation(op.operation), groups[1]![0]);
  }
}

/**
 * A rule fragment has no line of its own: the comments and blank line before it
 * (the parser moves them from its MSGTARGETRULECONDS to it) go with its first line.
 */
function fragmentBody(fragment: RuleFragment): { conditions: RuleConditions; outcome: RuleOutcome } {
  const { conditions } = fragment;
  const leading = [...(fragment.leadingComments ?? []), ...(conditions.leadingComments ?? [])];
  const trailing = [...(conditions.trailingComments ?? []), ...(fragment.trailingComments ?? [])];
  return {
    conditions: {
      ...conditions,
      ...(leading.length > 0 ? { leadingComments: leading } : {}),
      ...(trailing.length > 0 ? { trailingComments: trailing } : {}),
      ...(fragment.blankLineBefore || conditions.blankLineBefore ? { blankLineBefore: true } : {}),
    },
    outcome: fragment.outcome,
  };
}

function ruleBody(out: Lines, depth: number, rule: { conditions: RuleConditions; outcome: RuleOutcome }): void {
  out.clause(depth, rule.conditions, "MSGTARGETRULECONDS");
  for (const c of rule.conditions.conditions) {
    out.clause(depth + 1, c, "MSGTARGETRULECOND");
    if (c.description) out.clause(depth + 2, c.description, printDescription(c.description));
    for (const a of c.attributes) attribute(out, depth + 2, a);
  }
  outcome(out, depth, rule.outcome);
}

function respMgrConfig(out: Lines, config: RespMgrConfig): void {
  out.clause(1, config, "RESPMGRCONFIG");
  if (config.description) out.clause(2, config.description, printDescription(config.description));
  for (const list of [config.secondaryManagers, config.actionAllowManagers]) {
    if (!list) continue;
    out.clause(2, list, printManagerListHead(list));
    for (const m of list.managers) {
      const [keyword, node] = printManagerEntry(m.type, m.node.node);
      out.clause(3, m, keyword);
      out.clause(4, m.node, node);
      if (m.description) out.clause(4, m.description, printDescription(m.description));
    }
  }
  const rules = config.targetRules;
  if (rules?.type === "RuleFragment") {
    // Only reachable for a tree built by hand: `format` refuses files with this syntax error.
    ruleBody(out, 2, fragmentBody(rules));
  } else if (rules) {
    out.clause(2, rules, "MSGTARGETRULES");
    for (const rule of rules.rules) {
      if (rule.type === "RuleFragment") {
        ruleBody(out, 3, fragmentBody(rule));
        continue;
      }
      out.clause(3, rule, "MSGTARGETRULE");
      if (rule.description) out.clause(4, rule.description, printDescription(rule.description));
      ruleBody(out, 4, rule);
    }
  }
}

/** Prints a tree in the canonical layout. */
export function print(ast: ConfigFile): string {
  const out = new Lines();
  const tt = ast.timeTemplates;
  if (tt) {
    out.clause(0, tt, "TIMETEMPLATES");
    for (const t of tt.templates) {
      out.clause(1, t, `TIMETEMPLATE ${t.name.raw}`);
      if (t.description) out.clause(2, t.description, printDescription(t.description));
      if (t.timeZone) {
        const groups = commentsByLine(t.timeZone.trailingComments, [t.timeZone.zoneValue.range.start]);
        out.clause(2, t.timeZone, `TIMEZONETYPE ${t.timeZone.zoneType.raw}`, groups[0], overflow(groups));
        out.plain(2, `TIMEZONEVALUE ${t.timeZone.zoneValue.raw}`, groups[1]![0]);
      }
      if (!t.conditions) continue;
      out.clause(2, t.conditions, "TIMETMPLCONDS");
      for (const c of t.conditions.conditions) {
        out.clause(3, c, "TIMETMPLCOND");
        for (const part of canonicalPartOrder(c.parts)) out.clause(4, part, printTimePart(part));
      }
    }
  }
  const csv = ast.condStatusVars;
  if (csv) {
    out.clause(0, csv, "CONDSTATUSVARS");
    for (const v of csv.variables) out.clause(1, v, `CONDSTATUSVAR ${v.name.raw} ${v.value.raw}`);
  }
  const rmc = ast.respMgrConfigs;
  if (rmc) {
    out.clause(0, rmc, "RESPMGRCONFIGS");
    for (const config of rmc.configs) respMgrConfig(out, config);
  }
  for (const c of ast.danglingComments) out.comment(c.text, c.blankLineBefore);
  return out.toString();
}
