/**
 * fast-check arbitraries of random valid trees: every construct of docs/language.md#grammar and
 * every comment position, built directly as AST objects with `range`
 * `{start: 0, end: 0}` everywhere (they are printed, then parsed). Shared by the
 * property tests of the printer and formatter and of the linter.
 */
import fc from "fast-check";
import { VALUE_SETS } from "../../src/index.js";
import type {
  AckNonLocalMgr,
  ActionAllowManager,
  ActionAllowManagers,
  ClauseBase,
  Comment,
  ConditionAttribute,
  CondStatusVarDecl,
  CondStatusVarsSection,
  ConfigFile,
  DateLiteral,
  Description,
  IPv4Literal,
  ManagerNode,
  MessageOperation,
  MessageOperations,
  NodeSpec,
  OpcMgr,
  Operation,
  RespMgrConfig,
  RespMgrConfigsSection,
  RuleCondition,
  RuleConditions,
  RuleOutcome,
  SecondaryManager,
  SecondaryManagers,
  StringLiteral,
  TargetAttribute,
  TargetManager,
  TargetManagers,
  TargetRule,
  TargetRules,
  TimeCondition,
  TimeConditionPart,
  TimeConditions,
  TimeLiteral,
  TimeTemplate,
  TimeTemplateRef,
  TimeTemplatesSection,
  TimeZone,
  ValueKind,
  ValueWord,
  VariableLiteral,
} from "../../src/index.js";

/** A fresh empty range: the trees are built, not parsed. */
const R = () => ({ start: 0, end: 0 });

// ---- the shapes of tree generated ----

/**
 * `canonical` trees are the ones `print` reproduces exactly (`parse(print(ast))`
 * gives back `ast`, see format.property.test.ts):
 * - at most one trailing comment per clause, with `blankLineBefore: false`: a
 *   line ends in one comment, and a comment after code never has a blank line
 *   right before it. (`print` writes further trailing comments above the
 *   clause, where they parse as leading comments: idempotent, not identical.)
 * - nothing before the first line of the file is blank: `print` writes no blank
 *   line at the start (docs/language.md#canonical-layout), so the first comment or clause printed has
 *   `blankLineBefore: false`.
 * `loose` trees drop both restrictions (`format` must still be stable on them
 * and keep every comment).
 * Two other restrictions hold for both, because the parser could never build
 * such a tree — they are inherent to the grammar, not to the printer:
 * - in a `NODE` list, a bare `"name"` or `$VAR` node never directly follows an
 *   `IP a.b.c.d` without name and ID: the parser reads it as that IP's name;
 * - no `RuleFragment` (a syntax error: `format` refuses such files).
 * And the parts of a TIMETMPLCOND are generated in any order; a parsed tree
 * has them in the canonical order `print` writes (`withCanonicalPartOrder`).
 */
type Shape = "canonical" | "loose";

/** `arb` or null, in the ratio `present : absent` (null first, so failures shrink towards it). */
const maybe = <T>(arb: fc.Arbitrary<T>, present: number, absent: number): fc.Arbitrary<T | null> =>
  fc.oneof({ weight: absent, arbitrary: fc.constant(null) }, { weight: present, arbitrary: arb });

// ---- literals ----

/** One character of a string body: [raw, cooked]. */
const stringUnit: fc.Arbitrary<[string, string]> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc
      .string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 })
      .filter((c) => c !== '"' && c !== "\\")
      .map((c): [string, string] => [c, c]),
  },
  // The documented escapes, then others (`\` + any character is that character, docs/language.md#string-escapes).
  { weight: 3, arbitrary: fc.constantFrom<[string, string]>(['\\"', '"'], ["\\\\", "\\"]) },
  { weight: 1, arbitrary: fc.constantFrom<[string, string]>(["\\n", "n"], ["\\#", "#"], ["\\t", "t"], ["\\é", "é"]) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<[string, string]>(
      ["\t", "\t"],
      ["#", "#"],
      ["# x", "# x"],
      ["é", "é"],
      ["東京", "東京"],
      ["😀", "😀"],
      ["$OPC_ALWAYS", "$OPC_ALWAYS"],
    ),
  },
);

const stringLit: fc.Arbitrary<StringLiteral> = fc.array(stringUnit, { maxLength: 10 }).map((units) => ({
  type: "String",
  raw: `"${units.map((u) => u[0]).join("")}"`,
  value: units.map((u) => u[1]).join(""),
  terminated: true,
  range: R(),
}));

/** A decimal number as written, with up to `pad` extra leading zeros but at most `width` digits. */
const written = (max: number, width: number): fc.Arbitrary<{ n: number; raw: string }> =>
  fc
    .tuple(fc.integer({ min: 0, max }), fc.nat({ max: width - 1 }))
    .map(([n, pad]) => ({ n, raw: String(n).padStart(Math.min(width, String(n).length + pad), "0") }));

const ipv4: fc.Arbitrary<IPv4Literal> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null).map((): IPv4Literal => ({ type: "IPv4", raw: "0.0.0.0", octets: [0, 0, 0, 0], range: R() })) },
  {
    weight: 3,
    arbitrary: fc.tuple(written(255, 3), written(255, 3), written(255, 3), written(255, 3)).map((o): IPv4Literal => ({
      type: "IPv4",
      raw: o.map((x) => x.raw).join("."),
      octets: [o[0].n, o[1].n, o[2].n, o[3].n],
      range: R(),
    })),
  },
);

const time: fc.Arbitrary<TimeLiteral> = fc.oneof(
  {
    weight: 9,
    arbitrary: fc
      .tuple(written(23, 2), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]): TimeLiteral => ({ type: "Time", raw: `${h.raw}:${String(m).padStart(2, "0")}`, hour: h.n, minute: m, range: R() })),
  },
  { weight: 1, arbitrary: fc.constant(null).map((): TimeLiteral => ({ type: "Time", raw: "24:00", hour: 24, minute: 0, range: R() })) },
);

const datePart = (min: number, max: number): fc.Arbitrary<{ n: number | null; raw: string }> =>
  maybe(
    fc.tuple(fc.integer({ min, max }), fc.boolean()).map(([n, pad]) => ({ n, raw: pad ? String(n).padStart(2, "0") : String(n) })),
    3,
    1,
  ).map((p) => p ?? { n: null, raw: "*" });

const year: fc.Arbitrary<{ n: number | null; raw: string; digits: 2 | 4 | null }> = fc.oneof(
  fc.integer({ min: 1970, max: 2099 }).map((n) => ({ n, raw: String(n), digits: 4 as const })),
  fc.integer({ min: 0, max: 99 }).map((n) => ({ n, raw: String(n).padStart(2, "0"), digits: 2 as const })),
  fc.constant({ n: null, raw: "*", digits: null }),
);

const date: fc.Arbitrary<DateLiteral> = fc.tuple(datePart(1, 12), datePart(1, 31), year).map(([m, d, y]) => ({
  type: "Date",
  raw: `${m.raw}/${d.raw}/${y.raw}`,
  month: m.n,
  day: d.n,
  year: y.n,
  yearDigits: y.digits,
  range: R(),
}));

const variable: fc.Arbitrary<VariableLiteral> = fc
  .oneof(fc.constantFrom("$OPC_ALWAYS", "$OPC_PRIMARY_MGR"), fc.stringMatching(/^\$[A-Za-z_][A-Za-z0-9_]{0,8}$/))
  .map((raw) => ({ type: "Variable", raw, name: raw.slice(1), range: R() }));

const valueWord = <K extends ValueKind>(kind: K): fc.Arbitrary<ValueWord<K>> =>
  fc
    .constantFrom(...(VALUE_SETS[kind] as readonly ValueWord<K>["raw"][]))
    .map((raw) => ({ type: "Value", kind, raw, value: raw as ValueWord<K>["value"], range: R() }));

// ---- nodes (docs/language.md#nodes) ----

const ipNode: fc.Arbitrary<NodeSpec> = fc
  .record({
    address: ipv4,
    name: maybe(fc.oneof({ weight: 3, arbitrary: stringLit }, { weight: 1, arbitrary: variable }), 2, 1),
    id: maybe(stringLit, 1, 3),
  })
  .map(({ address, name, id }): NodeSpec => ({ type: "IpNode", address, name, id, range: R() }));

const nodeSpec: fc.Arbitrary<NodeSpec> = fc.oneof(
  { weight: 6, arbitrary: ipNode },
  { weight: 1, arbitrary: stringLit.map((name): NodeSpec => ({ type: "OtherNode", name, range: R() })) },
  { weight: 1, arbitrary: stringLit.map((name): NodeSpec => ({ type: "NodeGroupNode", name, range: R() })) },
  { weight: 1, arbitrary: variable.map((v): NodeSpec => ({ type: "VariableNode", variable: v, range: R() })) },
  { weight: 1, arbitrary: stringLit.map((name): NodeSpec => ({ type: "NameNode", name, range: R() })) },
);

/** Whether `spec` would be read as the name of `before` (an `IP a.b.c.d` with nothing after it). */
const readAsName = (before: NodeSpec, spec: NodeSpec): boolean =>
  before.type === "IpNode" && before.name === null && before.id === null && (spec.type === "NameNode" || spec.type === "VariableNode");

/** A NODE list the parser can read back as written: see `Shape`. */
const nodeList: fc.Arbitrary<NodeSpec[]> = fc.array(nodeSpec, { minLength: 1, maxLength: 4 }).map((specs) =>
  specs.map((spec, i): NodeSpec => {
    const before = specs[i - 1];
    if (!before || !readAsName(before, spec)) return spec;
    return {
      type: "OtherNode",
      name: spec.type === "NameNode" ? spec.name : { type: "String", raw: '"other"', value: "other", terminated: true, range: R() },
      range: R(),
    };
  }),
);

// ---- comments ----

const commentChar = fc.oneof(
  { weight: 10, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom("\t", "#", '"', "\\", "é", "東", "✓", "😀") },
);
export const commentText = fc.string({ unit: commentChar, maxLength: 16 }).map((body) => `#${body}`);
const comment = (blank: fc.Arbitrary<boolean>): fc.Arbitrary<Comment> =>
  fc.tuple(commentText, blank).map(([text, blankLineBefore]) => ({ type: "Comment", text, range: R(), blankLineBefore }));

/** The comments and blank-line mark a clause gets. */
interface Extras {
  leading: Comment[];
  trailing: Comment[];
  blank: boolean;
}

function extrasFor(shape: Shape): fc.Arbitrary<Extras> {
  const some = fc.record({
    leading: fc.array(comment(fc.boolean()), { maxLength: 2 }),
    trailing:
      shape === "canonical"
        ? maybe(comment(fc.constant(false)), 1, 1).map((c) => (c ? [c] : []))
        : fc.array(comment(fc.boolean()), { maxLength: 3 }),
    blank: fc.boolean(),
  });
  // Most clauses have neither comments nor a blank line before them.
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(null).map((): Extras => ({ leading: [], trailing: [], blank: false })) },
    { weight: 2, arbitrary: some },
  );
}

// ---- the whole tree ----

/** Random valid trees of the given shape: every construct of docs/language.md#grammar. */
function configFile(shape: Shape): fc.Arbitrary<ConfigFile> {
  const extras = extrasFor(shape);
  /** Gives each generated clause its comments (new objects: fast-check may map a value again while shrinking). */
  const clause = <T extends ClauseBase>(body: fc.Arbitrary<T>): fc.Arbitrary<T> =>
    fc.tuple(body, extras).map(([node, x]) => ({
      ...node,
      ...(x.leading.length > 0 ? { leadingComments: x.leading } : {}),
      ...(x.trailing.length > 0 ? { trailingComments: x.trailing } : {}),
      ...(x.blank ? { blankLineBefore: true } : {}),
    }));

  const description = clause(stringLit.map((value): Description => ({ type: "Description", value, range: R() })));
  const timeRef = clause(
    fc
      .oneof({ weight: 3, arbitrary: stringLit }, { weight: 1, arbitrary: variable })
      .map((name): TimeTemplateRef => ({ type: "TimeTemplateRef", name, range: R() })),
  );

  // time templates (docs/language.md#time-templates)
  const timePart: fc.Arbitrary<TimeConditionPart> = fc.oneof(
    clause(valueWord("condition-type").map((value): TimeConditionPart => ({ type: "TimeCondType", value, range: R() }))),
    clause(fc.tuple(time, time).map(([from, to]): TimeConditionPart => ({ type: "TimeRange", from, to, range: R() }))),
    clause(valueWord("weekday").map((day): TimeConditionPart => ({ type: "WeekdayOn", day, range: R() }))),
    clause(
      fc
        .tuple(valueWord("weekday"), valueWord("weekday"))
        .map(([from, to]): TimeConditionPart => ({ type: "WeekdayRange", from, to, range: R() })),
    ),
    clause(date.map((d): TimeConditionPart => ({ type: "DateOn", date: d, range: R() }))),
    clause(fc.tuple(date, date).map(([from, to]): TimeConditionPart => ({ type: "DateRange", from, to, range: R() }))),
  );
  const timeCondition = clause(
    fc.array(timePart, { maxLength: 5 }).map((parts): TimeCondition => ({ type: "TimeCondition", parts, range: R() })),
  );
  const timeConditions = clause(
    fc.array(timeCondition, { maxLength: 3 }).map((conditions): TimeConditions => ({ type: "TimeConditions", conditions, range: R() })),
  );
  const timeZone = clause(
    fc
      .tuple(valueWord("timezone-type"), stringLit)
      .map(([zoneType, zoneValue]): TimeZone => ({ type: "TimeZone", zoneType, zoneValue, range: R() })),
  );
  const timeTemplate = clause(
    fc
      .record({
        name: stringLit,
        description: maybe(description, 5, 1),
        timeZone: maybe(timeZone, 1, 1),
        conditions: maybe(timeConditions, 2, 1),
      })
      .map((t): TimeTemplate => ({ type: "TimeTemplate", ...t, range: R() })),
  );
  const timeTemplates = clause(
    fc.array(timeTemplate, { maxLength: 3 }).map((templates): TimeTemplatesSection => ({ type: "TimeTemplates", templates, range: R() })),
  );

  // condition status variables (docs/language.md#condition-status-variables)
  const condStatusVar = clause(
    fc
      .tuple(stringLit, valueWord("boolean"))
      .map(([name, value]): CondStatusVarDecl => ({ type: "CondStatusVarDecl", name, value, range: R() })),
  );
  const condStatusVars = clause(
    fc
      .array(condStatusVar, { maxLength: 3 })
      .map((variables): CondStatusVarsSection => ({ type: "CondStatusVars", variables, range: R() })),
  );

  // manager lists (docs/language.md#responsible-manager-configuration)
  const managerNode = clause(nodeSpec.map((node): ManagerNode => ({ type: "ManagerNode", node, range: R() })));
  const secondaryManager = clause(
    fc
      .tuple(managerNode, maybe(description, 2, 1))
      .map(([node, d]): SecondaryManager => ({ type: "SecondaryManager", node, description: d, range: R() })),
  );
  const actionAllowManager = clause(
    fc
      .tuple(managerNode, maybe(description, 2, 1))
      .map(([node, d]): ActionAllowManager => ({ type: "ActionAllowManager", node, description: d, range: R() })),
  );
  const secondaryManagers = clause(
    fc
      .array(secondaryManager, { maxLength: 3 })
      .map((managers): SecondaryManagers => ({ type: "SecondaryManagers", managers, range: R() })),
  );
  const actionAllowManagers = clause(
    fc
      .array(actionAllowManager, { maxLength: 3 })
      .map((managers): ActionAllowManagers => ({ type: "ActionAllowManagers", managers, range: R() })),
  );

  // message target rules (docs/language.md#message-target-rules)
  const attribute: fc.Arbitrary<ConditionAttribute> = fc.oneof(
    clause(valueWord("severity").map((value): ConditionAttribute => ({ type: "SeverityAttribute", value, range: R() }))),
    clause(nodeList.map((nodes): ConditionAttribute => ({ type: "NodeAttribute", nodes, range: R() }))),
    clause(
      fc
        .tuple(fc.constantFrom("APPLICATION", "MSGGRP", "OBJECT", "MSGTYPE" as const), stringLit)
        .map(([keyword, value]): ConditionAttribute => ({ type: "StringAttribute", keyword, value, range: R() })),
    ),
    clause(
      fc
        .record({
          keyword: fc.constantFrom("TEXT", "SERVICE", "SERVICE_NAME" as const),
          pattern: stringLit,
          separators: maybe(stringLit, 1, 1),
          icase: fc.boolean(),
        })
        .map((p): ConditionAttribute => ({ type: "PatternAttribute", ...p, range: R() })),
    ),
    clause(valueWord("condition-type").map((value): ConditionAttribute => ({ type: "MsgCondTypeAttribute", value, range: R() }))),
    clause(stringLit.map((name): ConditionAttribute => ({ type: "CondStatusVarAttribute", name, range: R() }))),
  );
  const ruleCondition = clause(
    fc
      .tuple(maybe(description, 5, 1), fc.array(attribute, { maxLength: 5 }))
      .map(([d, attributes]): RuleCondition => ({ type: "RuleCondition", description: d, attributes, range: R() })),
  );
  const ruleConditions = clause(
    fc.array(ruleCondition, { maxLength: 3 }).map((conditions): RuleConditions => ({ type: "RuleConditions", conditions, range: R() })),
  );

  // target managers (docs/language.md#target-managers)
  const opcMgr = clause(nodeSpec.map((node): OpcMgr => ({ type: "OpcMgr", node, range: R() })));
  const targetAttribute = clause(
    fc
      .constantFrom("MSGCONTROLLINGMGR", "NOTIFYMGR" as const)
      .map((keyword): TargetAttribute => ({ type: "TargetAttribute", keyword, range: R() })),
  );
  const targetManager = clause(
    fc
      .tuple(timeRef, opcMgr, maybe(targetAttribute, 1, 1))
      .map(([timeTemplate, manager, a]): TargetManager => ({ type: "TargetManager", timeTemplate, manager, attribute: a, range: R() })),
  );
  const ack = clause(fc.constant(null).map((): AckNonLocalMgr => ({ type: "AckNonLocalMgr", range: R() })));
  const targetManagers = clause(
    fc
      .tuple(fc.array(targetManager, { maxLength: 3 }), maybe(ack, 1, 1))
      .map(([managers, ackNonLocal]): TargetManagers => ({ type: "TargetManagers", managers, ackNonLocal, range: R() })),
  );

  // message operations (docs/language.md#message-operations)
  const operation: fc.Arbitrary<Operation> = fc.oneof(
    fc
      .constantFrom("SUPPRESS", "LOGONLY", "INSERVICE" as const)
      .map((keyword): Operation => ({ type: "SimpleOperation", keyword, range: R() })),
    fc
      .tuple(fc.constantFrom("TROUBLETICKET", "NOTIFICATION" as const), valueWord("boolean"))
      .map(([keyword, value]): Operation => ({ type: "SwitchOperation", keyword, value, range: R() })),
  );
  const messageOperation = clause(
    fc
      .tuple(maybe(timeRef, 1, 1), operation)
      .map(([timeTemplate, op]): MessageOperation => ({ type: "MessageOperation", timeTemplate, operation: op, range: R() })),
  );
  const messageOperations = clause(
    fc
      .array(messageOperation, { maxLength: 3 })
      .map((operations): MessageOperations => ({ type: "MessageOperations", operations, range: R() })),
  );

  const outcome: fc.Arbitrary<RuleOutcome> = fc.oneof(
    { weight: 2, arbitrary: targetManagers },
    { weight: 1, arbitrary: messageOperations },
  );
  const targetRule = clause(
    fc
      .tuple(maybe(description, 5, 1), ruleConditions, outcome)
      .map(([d, conditions, o]): TargetRule => ({ type: "TargetRule", description: d, conditions, outcome: o, range: R() })),
  );
  const targetRules = clause(
    fc.array(targetRule, { maxLength: 3 }).map((rules): TargetRules => ({ type: "TargetRules", rules, range: R() })),
  );
  const respMgrConfig = clause(
    fc
      .record({
        description: maybe(description, 5, 1),
        secondaryManagers: maybe(secondaryManagers, 2, 1),
        actionAllowManagers: maybe(actionAllowManagers, 2, 1),
        targetRules: maybe(targetRules, 3, 1),
      })
      .map((c): RespMgrConfig => ({ type: "RespMgrConfig", ...c, range: R() })),
  );
  const respMgrConfigs = clause(
    fc.array(respMgrConfig, { maxLength: 2 }).map((configs): RespMgrConfigsSection => ({ type: "RespMgrConfigs", configs, range: R() })),
  );

  return fc
    .record({
      timeTemplates: maybe(timeTemplates, 2, 1),
      condStatusVars: maybe(condStatusVars, 1, 1),
      respMgrConfigs: maybe(respMgrConfigs, 5, 1),
      danglingComments: fc.array(comment(fc.boolean()), { maxLength: 3 }),
    })
    .map((f): ConfigFile => {
      const file: ConfigFile = structuredClone({ type: "ConfigFile", ...f, range: R() });
      if (shape === "canonical") {
        // Nothing is blank before the first line (see `Shape`).
        const first = file.timeTemplates ?? file.condStatusVars ?? file.respMgrConfigs;
        const firstComment = first ? first.leadingComments?.[0] : file.danglingComments[0];
        if (firstComment) firstComment.blankLineBefore = false;
        else if (first) delete first.blankLineBefore;
      }
      return file;
    });
}

/** Trees `print` reproduces exactly. */
export const CANONICAL = configFile("canonical");
/** Trees with any comments and blank lines (see `Shape`). */
export const LOOSE = configFile("loose");
