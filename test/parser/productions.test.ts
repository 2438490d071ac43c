/**
 * Every production and every alternative of the grammar (docs/language.md#grammar,
 * including its lenient forms) parses into the right AST node with the
 * right field values.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/index.js";
import type {
  ConditionAttribute,
  ConfigFile,
  MessageOperation,
  NodeSpec,
  RespMgrConfig,
  TargetManager,
  TargetRule,
  TimeConditionPart,
} from "../../src/index.js";
import { applyFix, bareTree, where, withoutRanges } from "../helpers.js";

// ---- expected-value builders (nodes without ranges, as `withoutRanges` gives them) ----

const str = (value: string, raw = `"${value}"`) => ({ type: "String", raw, value, terminated: true });
const variable = (name: string) => ({ type: "Variable", raw: `$${name}`, name });
const ipv4 = (raw: string) => ({ type: "IPv4", raw, octets: raw.split(".").map(Number) });
const time = (raw: string, hour: number, minute: number) => ({ type: "Time", raw, hour, minute });
const date = (raw: string, month: number | null, day: number | null, year: number | null, yearDigits: 2 | 4 | null) => ({
  type: "Date",
  raw,
  month,
  day,
  year,
  yearDigits,
});
const value = (kind: string, raw: string, v: string | null = raw) => ({ type: "Value", kind, raw, value: v });
const desc = (text: string) => ({ type: "Description", value: str(text) });
const ipNode = (address: string, name: unknown = null, id: unknown = null) => ({ type: "IpNode", address: ipv4(address), name, id });
const ref = (name: string) => ({ type: "TimeTemplateRef", name: str(name) });

// ---- parsing helpers ----

/** Parses `text`, asserting that it has no diagnostics at all. */
function ok(text: string): ConfigFile {
  const { ast, diagnostics } = parse(text);
  expect(where(diagnostics), `diagnostics of:\n${text}`).toEqual([]);
  return ast;
}

const RESP = 'RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "cfg"\n';

/** The first RESPMGRCONFIG of a file whose RESPMGRCONFIG body is `body`. */
function config(body: string): RespMgrConfig {
  const ast = ok(RESP + body);
  return ast.respMgrConfigs!.configs[0]!;
}

/** The parts of the one TIMETMPLCOND of a template whose condition body is `parts`. */
function timeParts(parts: string): TimeConditionPart[] {
  const ast = ok(`TIMETEMPLATES\n  TIMETEMPLATE "t"\n    DESCRIPTION "d"\n    TIMETMPLCONDS\n      TIMETMPLCOND\n${parts}\n`);
  return ast.timeTemplates!.templates[0]!.conditions!.conditions[0]!.parts;
}

/** The one rule of a MSGTARGETRULES whose single MSGTARGETRULE body is `rule`. */
function rule(ruleBody: string): TargetRule {
  const targetRules = config(`    MSGTARGETRULES\n      MSGTARGETRULE\n        DESCRIPTION "r"\n${ruleBody}\n`).targetRules!;
  expect(targetRules.type).toBe("TargetRules");
  if (targetRules.type !== "TargetRules") throw new Error("unreachable");
  const first = targetRules.rules[0]!;
  expect(first.type).toBe("TargetRule");
  return first as TargetRule;
}

const MANAGERS_ALWAYS = '        MSGTARGETMANAGERS\n          MSGTARGETMANAGER TIMETEMPLATE "$OPC_ALWAYS" OPCMGR IP 0.0.0.0 "m"';

/** The attributes of one MSGTARGETRULECOND holding `attrs`. */
function attributes(attrs: string): ConditionAttribute[] {
  const r = rule(`        MSGTARGETRULECONDS\n          MSGTARGETRULECOND\n            DESCRIPTION "c"\n${attrs}\n${MANAGERS_ALWAYS}`);
  return r.conditions.conditions[0]!.attributes;
}

/** The target managers of a rule whose MSGTARGETMANAGERS body is `managers`. */
function targetManagers(managers: string) {
  const r = rule(`        MSGTARGETRULECONDS\n        MSGTARGETMANAGERS\n${managers}`);
  expect(r.outcome.type).toBe("TargetManagers");
  if (r.outcome.type !== "TargetManagers") throw new Error("unreachable");
  return r.outcome;
}

/** The message operations of a rule whose MSGOPERATIONS body is `ops`. */
function operations(ops: string): MessageOperation[] {
  const r = rule(`        MSGTARGETRULECONDS\n        MSGOPERATIONS\n${ops}`);
  expect(r.outcome.type).toBe("MessageOperations");
  if (r.outcome.type !== "MessageOperations") throw new Error("unreachable");
  return r.outcome.operations;
}

/** The node spec after `OPCMGR` in a target manager. */
function opcmgrNode(spec: string): NodeSpec {
  const tm = targetManagers(`          MSGTARGETMANAGER TIMETEMPLATE "$OPC_ALWAYS" OPCMGR ${spec}\n`).managers[0]!;
  return tm.manager.node;
}

/** The node spec of a SECONDARYMANAGER. */
function secondaryNode(spec: string): NodeSpec {
  return config(`    SECONDARYMANAGERS\n      SECONDARYMANAGER NODE ${spec}\n    ACTIONALLOWMANAGERS\n`).secondaryManagers!.managers[0]!
    .node.node;
}

// ---- file (docs/language.md#sections) ----

describe("config-file", () => {
  it("parses an empty file to an empty ConfigFile", () => {
    const ast = ok("");
    expect(ast).toEqual({
      type: "ConfigFile",
      timeTemplates: null,
      condStatusVars: null,
      respMgrConfigs: null,
      danglingComments: [],
      range: { start: 0, end: 0 },
    });
  });

  it("parses a whitespace-only file to an empty ConfigFile", () => {
    const text = " \n\t\r\n  \f\n";
    const ast = ok(text);
    expect(bareTree(ast)).toEqual({ type: "ConfigFile", timeTemplates: null, condStatusVars: null, respMgrConfigs: null });
    expect(ast.range).toEqual({ start: 0, end: text.length });
  });

  it("parses a comments-only file to an empty ConfigFile whose comments dangle", () => {
    const text = "# first\n\n# second\n";
    const ast = ok(text);
    expect(ast.timeTemplates).toBeNull();
    expect(ast.condStatusVars).toBeNull();
    expect(ast.respMgrConfigs).toBeNull();
    expect(ast.danglingComments.map((c) => c.text)).toEqual(["# first", "# second"]);
    expect(ast.danglingComments.map((c) => c.blankLineBefore)).toEqual([false, true]);
    expect(ast.range).toEqual({ start: 0, end: text.length });
  });

  it("parses all three sections, in order", () => {
    const ast = ok("TIMETEMPLATES\nCONDSTATUSVARS\nRESPMGRCONFIGS\n");
    expect(bareTree(ast)).toEqual({
      type: "ConfigFile",
      timeTemplates: { type: "TimeTemplates", templates: [] },
      condStatusVars: { type: "CondStatusVars", variables: [] },
      respMgrConfigs: { type: "RespMgrConfigs", configs: [] },
    });
  });

  it.each([
    ["TIMETEMPLATES only", "TIMETEMPLATES", ["timeTemplates"]],
    ["CONDSTATUSVARS only", "CONDSTATUSVARS", ["condStatusVars"]],
    ["RESPMGRCONFIGS only", "RESPMGRCONFIGS", ["respMgrConfigs"]],
    ["TIMETEMPLATES and RESPMGRCONFIGS", "TIMETEMPLATES RESPMGRCONFIGS", ["timeTemplates", "respMgrConfigs"]],
    ["CONDSTATUSVARS and RESPMGRCONFIGS", "CONDSTATUSVARS RESPMGRCONFIGS", ["condStatusVars", "respMgrConfigs"]],
    ["TIMETEMPLATES and CONDSTATUSVARS", "TIMETEMPLATES CONDSTATUSVARS", ["timeTemplates", "condStatusVars"]],
  ])("each section is optional: %s", (_name, text, present) => {
    const ast = ok(text);
    for (const key of ["timeTemplates", "condStatusVars", "respMgrConfigs"] as const) {
      if (present.includes(key)) expect(ast[key]).not.toBeNull();
      else expect(ast[key]).toBeNull();
    }
  });

  it("the file range covers the whole text", () => {
    const text = "RESPMGRCONFIGS\n\n# end\n";
    expect(ok(text).range).toEqual({ start: 0, end: text.length });
  });
});

// ---- time templates (docs/language.md#time-templates) ----

describe("time-templates", () => {
  it("parses an empty TIMETEMPLATES section", () => {
    expect(withoutRanges(ok("TIMETEMPLATES\n").timeTemplates)).toEqual({ type: "TimeTemplates", templates: [] });
  });

  it("parses an empty TIMETEMPLATES section followed only by a comment", () => {
    const ast = ok("TIMETEMPLATES\n# none yet\nRESPMGRCONFIGS\n");
    expect(ast.timeTemplates!.templates).toEqual([]);
    expect(ast.respMgrConfigs).not.toBeNull();
  });

  it("parses a template with name and description only", () => {
    const ast = ok('TIMETEMPLATES\n  TIMETEMPLATE "office"\n    DESCRIPTION "office hours"\n');
    expect(withoutRanges(ast.timeTemplates!.templates)).toEqual([
      { type: "TimeTemplate", name: str("office"), description: desc("office hours"), timeZone: null, conditions: null },
    ]);
  });

  it("accepts a template without DESCRIPTION (missing-description is the linter's)", () => {
    const ast = ok('TIMETEMPLATES\n  TIMETEMPLATE "bare"\n');
    expect(withoutRanges(ast.timeTemplates!.templates[0])).toEqual({
      type: "TimeTemplate",
      name: str("bare"),
      description: null,
      timeZone: null,
      conditions: null,
    });
  });

  it("accepts a template without DESCRIPTION but with conditions", () => {
    const ast = ok('TIMETEMPLATES\n  TIMETEMPLATE "t"\n    TIMETMPLCONDS\n      TIMETMPLCOND\n        TIMECONDTYPE Match\n');
    const t = ast.timeTemplates!.templates[0]!;
    expect(t.description).toBeNull();
    expect(t.conditions!.conditions).toHaveLength(1);
  });

  it("parses several templates in order", () => {
    const ast = ok('TIMETEMPLATES\n  TIMETEMPLATE "a"\n    DESCRIPTION "A"\n  TIMETEMPLATE "b"\n    DESCRIPTION "B"\n  TIMETEMPLATE "c"\n');
    expect(ast.timeTemplates!.templates.map((t) => t.name.value)).toEqual(["a", "b", "c"]);
    expect(ast.timeTemplates!.templates.map((t) => t.description?.value.value ?? null)).toEqual(["A", "B", null]);
  });

  it.each([
    ["Fix", "Fix"],
    ["Local", "Local"],
    ["Mgmtserver", "Mgmtserver"],
  ])("parses TIMEZONETYPE %s with TIMEZONEVALUE", (raw, v) => {
    const ast = ok(`TIMETEMPLATES\n  TIMETEMPLATE "t"\n    DESCRIPTION "d"\n    TIMEZONETYPE ${raw}\n    TIMEZONEVALUE "Europe/Berlin"\n`);
    expect(withoutRanges(ast.timeTemplates!.templates[0]!.timeZone)).toEqual({
      type: "TimeZone",
      zoneType: value("timezone-type", raw, v),
      zoneValue: str("Europe/Berlin"),
    });
  });

  it("parses a template with description, zone and conditions together", () => {
    const ast = ok(
      'TIMETEMPLATES\n  TIMETEMPLATE "t"\n    DESCRIPTION "d"\n    TIMEZONETYPE Local\n    TIMEZONEVALUE ""\n    TIMETMPLCONDS\n      TIMETMPLCOND\n        TIMECONDTYPE Match\n',
    );
    const t = ast.timeTemplates!.templates[0]!;
    expect(t.description!.value.value).toBe("d");
    expect(withoutRanges(t.timeZone)).toEqual({ type: "TimeZone", zoneType: value("timezone-type", "Local"), zoneValue: str("") });
    expect(withoutRanges(t.conditions)).toEqual({
      type: "TimeConditions",
      conditions: [{ type: "TimeCondition", parts: [{ type: "TimeCondType", value: value("condition-type", "Match") }] }],
    });
  });

  it("parses an empty TIMETMPLCONDS and a TIMETMPLCOND with no parts", () => {
    const ast = ok(
      'TIMETEMPLATES\n  TIMETEMPLATE "a"\n    DESCRIPTION "d"\n    TIMETMPLCONDS\n  TIMETEMPLATE "b"\n    DESCRIPTION "d"\n    TIMETMPLCONDS\n      TIMETMPLCOND\n      TIMETMPLCOND\n',
    );
    const [a, b] = ast.timeTemplates!.templates;
    expect(withoutRanges(a!.conditions)).toEqual({ type: "TimeConditions", conditions: [] });
    expect(withoutRanges(b!.conditions)).toEqual({
      type: "TimeConditions",
      conditions: [
        { type: "TimeCondition", parts: [] },
        { type: "TimeCondition", parts: [] },
      ],
    });
  });

  describe("time-cond-part", () => {
    it.each(["Match", "Suppress", "Unmatch"])("TIMECONDTYPE %s", (v) => {
      expect(withoutRanges(timeParts(`        TIMECONDTYPE ${v}`))).toEqual([{ type: "TimeCondType", value: value("condition-type", v) }]);
    });

    it("TIME FROM … TO … with H:MM, HH:MM and 24:00", () => {
      expect(withoutRanges(timeParts("        TIME FROM 7:00 TO 24:00\n        TIME FROM 00:05 TO 13:59"))).toEqual([
        { type: "TimeRange", from: time("7:00", 7, 0), to: time("24:00", 24, 0) },
        { type: "TimeRange", from: time("00:05", 0, 5), to: time("13:59", 13, 59) },
      ]);
    });

    it("WEEKDAY ON day, for every weekday", () => {
      const days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
      expect(withoutRanges(timeParts(days.map((d) => `        WEEKDAY ON ${d}`).join("\n")))).toEqual(
        days.map((d) => ({ type: "WeekdayOn", day: value("weekday", d) })),
      );
    });

    it("WEEKDAY FROM day TO day", () => {
      expect(withoutRanges(timeParts("        WEEKDAY FROM Monday TO Friday"))).toEqual([
        { type: "WeekdayRange", from: value("weekday", "Monday"), to: value("weekday", "Friday") },
      ]);
    });

    it("DATE ON date with every date form", () => {
      expect(
        withoutRanges(
          timeParts(
            "        DATE ON 12/25/*\n        DATE ON 01/01/98\n        DATE ON 2/29/2024\n        DATE ON */*/*\n        DATE ON */15/*",
          ),
        ),
      ).toEqual([
        { type: "DateOn", date: date("12/25/*", 12, 25, null, null) },
        { type: "DateOn", date: date("01/01/98", 1, 1, 98, 2) },
        { type: "DateOn", date: date("2/29/2024", 2, 29, 2024, 4) },
        { type: "DateOn", date: date("*/*/*", null, null, null, null) },
        { type: "DateOn", date: date("*/15/*", null, 15, null, null) },
      ]);
    });

    it("DATE FROM date TO date", () => {
      expect(withoutRanges(timeParts("        DATE FROM 08/06/* TO 09/10/*"))).toEqual([
        { type: "DateRange", from: date("08/06/*", 8, 6, null, null), to: date("09/10/*", 9, 10, null, null) },
      ]);
    });

    it("accepts the parts in any order (generator order DATE before TIME)", () => {
      const parts = timeParts(
        "        DATE ON 12/31/1998\n        WEEKDAY ON Thursday\n        TIME FROM 23:00 TO 23:59\n        TIMECONDTYPE Suppress",
      );
      expect(parts.map((p) => p.type)).toEqual(["DateOn", "WeekdayOn", "TimeRange", "TimeCondType"]);
    });

    it("accepts repeated parts (the linter reports duplicate-time-part), keeping source order", () => {
      const parts = timeParts(
        "        TIMECONDTYPE Match\n        TIME FROM 1:00 TO 2:00\n        TIMECONDTYPE Suppress\n        TIME FROM 3:00 TO 4:00\n        WEEKDAY ON Monday\n        WEEKDAY FROM Tuesday TO Wednesday\n        DATE ON 1/1/*\n        DATE FROM 2/1/* TO 3/1/*",
      );
      expect(parts.map((p) => p.type)).toEqual([
        "TimeCondType",
        "TimeRange",
        "TimeCondType",
        "TimeRange",
        "WeekdayOn",
        "WeekdayRange",
        "DateOn",
        "DateRange",
      ]);
      expect(withoutRanges(parts[2])).toEqual({ type: "TimeCondType", value: value("condition-type", "Suppress") });
      expect(withoutRanges(parts[3])).toEqual({ type: "TimeRange", from: time("3:00", 3, 0), to: time("4:00", 4, 0) });
    });

    it("parses several conditions of one template", () => {
      const ast = ok(
        'TIMETEMPLATES\n  TIMETEMPLATE "emea"\n    DESCRIPTION "d"\n    TIMETMPLCONDS\n      TIMETMPLCOND\n        TIMECONDTYPE Suppress\n        DATE ON 12/25/*\n      TIMETMPLCOND\n        TIMECONDTYPE Match\n        TIME FROM 7:00 TO 19:00\n        WEEKDAY FROM Monday TO Friday\n',
      );
      expect(withoutRanges(ast.timeTemplates!.templates[0]!.conditions!.conditions)).toEqual([
        {
          type: "TimeCondition",
          parts: [
            { type: "TimeCondType", value: value("condition-type", "Suppress") },
            { type: "DateOn", date: date("12/25/*", 12, 25, null, null) },
          ],
        },
        {
          type: "TimeCondition",
          parts: [
            { type: "TimeCondType", value: value("condition-type", "Match") },
            { type: "TimeRange", from: time("7:00", 7, 0), to: time("19:00", 19, 0) },
            { type: "WeekdayRange", from: value("weekday", "Monday"), to: value("weekday", "Friday") },
          ],
        },
      ]);
    });
  });
});

// ---- condition status variables (docs/language.md#condition-status-variables) ----

describe("cond-status-vars", () => {
  it("parses an empty CONDSTATUSVARS section", () => {
    expect(withoutRanges(ok("CONDSTATUSVARS\n").condStatusVars)).toEqual({ type: "CondStatusVars", variables: [] });
  });

  it("parses declarations with True and False", () => {
    const ast = ok('CONDSTATUSVARS\n  CONDSTATUSVAR "ora_down" True\n  CONDSTATUSVAR "sap_down" False\n');
    expect(withoutRanges(ast.condStatusVars)).toEqual({
      type: "CondStatusVars",
      variables: [
        { type: "CondStatusVarDecl", name: str("ora_down"), value: value("boolean", "True") },
        { type: "CondStatusVarDecl", name: str("sap_down"), value: value("boolean", "False") },
      ],
    });
  });

  it("parses CONDSTATUSVARS between TIMETEMPLATES and RESPMGRCONFIGS", () => {
    const ast = ok('TIMETEMPLATES\nCONDSTATUSVARS\n  CONDSTATUSVAR "v" True\nRESPMGRCONFIGS\n');
    expect(ast.condStatusVars!.variables).toHaveLength(1);
    expect(ast.timeTemplates).not.toBeNull();
    expect(ast.respMgrConfigs).not.toBeNull();
  });
});

// ---- responsible manager configuration (docs/language.md#responsible-manager-configuration) ----

describe("resp-mgr-configs", () => {
  it("parses an empty RESPMGRCONFIGS section", () => {
    expect(withoutRanges(ok("RESPMGRCONFIGS\n").respMgrConfigs)).toEqual({ type: "RespMgrConfigs", configs: [] });
  });

  it("parses a RESPMGRCONFIG with only a description", () => {
    expect(withoutRanges(config(""))).toEqual({
      type: "RespMgrConfig",
      description: desc("cfg"),
      secondaryManagers: null,
      actionAllowManagers: null,
      targetRules: null,
    });
  });

  it("accepts a RESPMGRCONFIG without DESCRIPTION (lenient)", () => {
    const ast = ok("RESPMGRCONFIGS\n  RESPMGRCONFIG\n    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n");
    expect(withoutRanges(ast.respMgrConfigs!.configs)).toEqual([
      {
        type: "RespMgrConfig",
        description: null,
        secondaryManagers: { type: "SecondaryManagers", managers: [] },
        actionAllowManagers: { type: "ActionAllowManagers", managers: [] },
        targetRules: null,
      },
    ]);
  });

  it("parses several RESPMGRCONFIG blocks, each with its own optional parts", () => {
    const ast = ok(
      [
        "RESPMGRCONFIGS",
        "  RESPMGRCONFIG",
        '    DESCRIPTION "one"',
        "    SECONDARYMANAGERS",
        "    ACTIONALLOWMANAGERS",
        "  RESPMGRCONFIG",
        '    DESCRIPTION "two"',
        "    SECONDARYMANAGERS",
        "  RESPMGRCONFIG",
        '    DESCRIPTION "three"',
        "    ACTIONALLOWMANAGERS",
        "    MSGTARGETRULES",
        "  RESPMGRCONFIG",
        '    DESCRIPTION "four"',
        "    MSGTARGETRULES",
        "  RESPMGRCONFIG",
        "",
      ].join("\n"),
    );
    const configs = ast.respMgrConfigs!.configs;
    expect(configs.map((c) => c.description?.value.value ?? null)).toEqual(["one", "two", "three", "four", null]);
    expect(configs.map((c) => [c.secondaryManagers !== null, c.actionAllowManagers !== null, c.targetRules?.type ?? null])).toEqual([
      [true, true, null],
      [true, false, null],
      [false, true, "TargetRules"],
      [false, false, "TargetRules"],
      [false, false, null],
    ]);
  });

  it("parses empty manager lists followed by MSGTARGETRULES", () => {
    const c = config("    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n    MSGTARGETRULES\n");
    expect(withoutRanges(c)).toEqual({
      type: "RespMgrConfig",
      description: desc("cfg"),
      secondaryManagers: { type: "SecondaryManagers", managers: [] },
      actionAllowManagers: { type: "ActionAllowManagers", managers: [] },
      targetRules: { type: "TargetRules", rules: [] },
    });
  });

  it("parses SECONDARYMANAGER and ACTIONALLOWMANAGER entries with and without DESCRIPTION", () => {
    const c = config(
      [
        "    SECONDARYMANAGERS",
        '      SECONDARYMANAGER NODE IP 0.0.0.0 "m1.example.com"',
        '        DESCRIPTION "backup"',
        '      SECONDARYMANAGER NODE IP 0.0.0.0 "m2.example.com"',
        "    ACTIONALLOWMANAGERS",
        "      ACTIONALLOWMANAGER",
        '        NODE IP 0.0.0.0 "$OPC_PRIMARY_MGR"',
        "      ACTIONALLOWMANAGER",
        "        NODE IP 10.0.0.1",
        '        DESCRIPTION "by address"',
        "",
      ].join("\n"),
    );
    expect(withoutRanges(c.secondaryManagers)).toEqual({
      type: "SecondaryManagers",
      managers: [
        {
          type: "SecondaryManager",
          node: { type: "ManagerNode", node: ipNode("0.0.0.0", str("m1.example.com")) },
          description: desc("backup"),
        },
        { type: "SecondaryManager", node: { type: "ManagerNode", node: ipNode("0.0.0.0", str("m2.example.com")) }, description: null },
      ],
    });
    expect(withoutRanges(c.actionAllowManagers)).toEqual({
      type: "ActionAllowManagers",
      managers: [
        { type: "ActionAllowManager", node: { type: "ManagerNode", node: ipNode("0.0.0.0", str("$OPC_PRIMARY_MGR")) }, description: null },
        { type: "ActionAllowManager", node: { type: "ManagerNode", node: ipNode("10.0.0.1") }, description: desc("by address") },
      ],
    });
  });
});

// ---- nodes (docs/language.md#nodes) ----

describe("node-spec", () => {
  const forms: [string, string, unknown][] = [
    ["IP a.b.c.d", "IP 10.1.2.3", ipNode("10.1.2.3")],
    ['IP a.b.c.d "name"', 'IP 0.0.0.0 "om.example.com"', ipNode("0.0.0.0", str("om.example.com"))],
    ["IP a.b.c.d $VAR", "IP 0.0.0.0 $OPC_PRIMARY_MGR", ipNode("0.0.0.0", variable("OPC_PRIMARY_MGR"))],
    ['IP a.b.c.d "name" ID "core"', 'IP 0.0.0.0 "om" ID "6bc2a3f4-1111"', ipNode("0.0.0.0", str("om"), str("6bc2a3f4-1111"))],
    ['IP a.b.c.d ID "core"', 'IP 192.168.10.11 ID "c"', ipNode("192.168.10.11", null, str("c"))],
    ['IP a.b.c.d $VAR ID "core"', 'IP 0.0.0.0 $OPC_PRIMARY_MGR ID "c"', ipNode("0.0.0.0", variable("OPC_PRIMARY_MGR"), str("c"))],
    ['OTHER "x"', 'OTHER "mpe-node"', { type: "OtherNode", name: str("mpe-node") }],
    ['NODEGROUP "g"', 'NODEGROUP "hp_ux"', { type: "NodeGroupNode", name: str("hp_ux") }],
    ["bare $OPC_PRIMARY_MGR", "$OPC_PRIMARY_MGR", { type: "VariableNode", variable: variable("OPC_PRIMARY_MGR") }],
    ['bare "name"', '"om.example.com"', { type: "NameNode", name: str("om.example.com") }],
  ];

  it.each(forms)("OPCMGR %s", (_name, spec, expected) => {
    expect(withoutRanges(opcmgrNode(spec))).toEqual(expected);
  });

  it.each(forms)("SECONDARYMANAGER NODE %s", (_name, spec, expected) => {
    expect(withoutRanges(secondaryNode(spec))).toEqual(expected);
  });

  it.each(forms)("NODE condition %s", (_name, spec, expected) => {
    expect(withoutRanges(attributes(`            NODE ${spec}`))).toEqual([{ type: "NodeAttribute", nodes: [expected] }]);
  });

  it("IPv4 octets are numbers, leading zeros read as decimal and not range-checked", () => {
    expect(withoutRanges(opcmgrNode("IP 010.001.255.999"))).toEqual({
      type: "IpNode",
      address: { type: "IPv4", raw: "010.001.255.999", octets: [10, 1, 255, 999] },
      name: null,
      id: null,
    });
  });

  it("the value $VAR node keeps the variable name without $", () => {
    const node = opcmgrNode("$OPC_PRIMARY_MGR");
    expect(node.type).toBe("VariableNode");
    if (node.type === "VariableNode") expect(node.variable.name).toBe("OPC_PRIMARY_MGR");
  });
});

// ---- message target rules (docs/language.md#message-target-rules) ----

describe("target-rules", () => {
  it("parses an empty MSGTARGETRULES", () => {
    expect(withoutRanges(config("    MSGTARGETRULES\n").targetRules)).toEqual({ type: "TargetRules", rules: [] });
  });

  it("parses MSGTARGETRULES without manager lists (outage form)", () => {
    const c = config(
      '    MSGTARGETRULES\n      MSGTARGETRULE\n        DESCRIPTION "r"\n        MSGTARGETRULECONDS\n        MSGOPERATIONS\n',
    );
    expect(c.secondaryManagers).toBeNull();
    expect(c.actionAllowManagers).toBeNull();
    expect(c.targetRules?.type).toBe("TargetRules");
  });

  it("parses a rule with an empty MSGTARGETRULECONDS and one target", () => {
    expect(withoutRanges(rule(`        MSGTARGETRULECONDS\n${MANAGERS_ALWAYS}`))).toEqual({
      type: "TargetRule",
      description: desc("r"),
      conditions: { type: "RuleConditions", conditions: [] },
      outcome: {
        type: "TargetManagers",
        managers: [
          {
            type: "TargetManager",
            timeTemplate: ref("$OPC_ALWAYS"),
            manager: { type: "OpcMgr", node: ipNode("0.0.0.0", str("m")) },
            attribute: null,
          },
        ],
        ackNonLocal: null,
      },
    });
  });

  it("accepts MSGTARGETRULE without DESCRIPTION (lenient)", () => {
    const c = config("    MSGTARGETRULES\n      MSGTARGETRULE\n        MSGTARGETRULECONDS\n        MSGTARGETMANAGERS\n");
    const targetRules = c.targetRules;
    if (targetRules?.type !== "TargetRules") throw new Error("expected TargetRules");
    expect(withoutRanges(targetRules.rules)).toEqual([
      {
        type: "TargetRule",
        description: null,
        conditions: { type: "RuleConditions", conditions: [] },
        outcome: { type: "TargetManagers", managers: [], ackNonLocal: null },
      },
    ]);
  });

  it("parses several rules in order", () => {
    const c = config(
      [
        "    MSGTARGETRULES",
        "      MSGTARGETRULE",
        '        DESCRIPTION "first"',
        "        MSGTARGETRULECONDS",
        "        MSGTARGETMANAGERS",
        "      MSGTARGETRULE",
        '        DESCRIPTION "second"',
        "        MSGTARGETRULECONDS",
        "        MSGOPERATIONS",
        "",
      ].join("\n"),
    );
    const targetRules = c.targetRules;
    if (targetRules?.type !== "TargetRules") throw new Error("expected TargetRules");
    expect(targetRules.rules.map((r) => (r.type === "TargetRule" ? [r.description?.value.value, r.outcome.type] : r.type))).toEqual([
      ["first", "TargetManagers"],
      ["second", "MessageOperations"],
    ]);
  });

  it("parses several conditions of a rule, with and without DESCRIPTION (lenient)", () => {
    const r = rule(
      [
        "        MSGTARGETRULECONDS",
        "          MSGTARGETRULECOND",
        '            DESCRIPTION "c1"',
        "            SEVERITY Major",
        "          MSGTARGETRULECOND",
        "            SEVERITY Minor",
        "          MSGTARGETRULECOND",
        MANAGERS_ALWAYS,
      ].join("\n"),
    );
    expect(withoutRanges(r.conditions)).toEqual({
      type: "RuleConditions",
      conditions: [
        { type: "RuleCondition", description: desc("c1"), attributes: [{ type: "SeverityAttribute", value: value("severity", "Major") }] },
        { type: "RuleCondition", description: null, attributes: [{ type: "SeverityAttribute", value: value("severity", "Minor") }] },
        { type: "RuleCondition", description: null, attributes: [] },
      ],
    });
  });

  describe("condition-attribute", () => {
    it.each(["Unknown", "Normal", "Warning", "Minor", "Major", "Critical"])("SEVERITY %s", (v) => {
      expect(withoutRanges(attributes(`            SEVERITY ${v}`))).toEqual([{ type: "SeverityAttribute", value: value("severity", v) }]);
    });

    it("NODE with several node specs of every kind", () => {
      expect(
        withoutRanges(
          attributes(
            '            NODE IP 10.1.2.3 IP 10.1.2.4 "n4" OTHER "o" NODEGROUP "g" IP 0.0.0.0 "n5" ID "x" $OPC_PRIMARY_MGR "bare"',
          ),
        ),
      ).toEqual([
        {
          type: "NodeAttribute",
          nodes: [
            ipNode("10.1.2.3"),
            ipNode("10.1.2.4", str("n4")),
            { type: "OtherNode", name: str("o") },
            { type: "NodeGroupNode", name: str("g") },
            ipNode("0.0.0.0", str("n5"), str("x")),
            { type: "VariableNode", variable: variable("OPC_PRIMARY_MGR") },
            { type: "NameNode", name: str("bare") },
          ],
        },
      ]);
    });

    it("NODE with node specs on continuation lines", () => {
      expect(
        withoutRanges(attributes('            NODE IP 10.1.2.3 "a"\n                 IP 10.1.2.4 "b"\n            SEVERITY Major')),
      ).toEqual([
        { type: "NodeAttribute", nodes: [ipNode("10.1.2.3", str("a")), ipNode("10.1.2.4", str("b"))] },
        { type: "SeverityAttribute", value: value("severity", "Major") },
      ]);
    });

    it.each(["APPLICATION", "MSGGRP", "OBJECT", "MSGTYPE"] as const)('%s "…"', (keyword) => {
      expect(withoutRanges(attributes(`            ${keyword} "Oracle DB"`))).toEqual([
        { type: "StringAttribute", keyword, value: str("Oracle DB") },
      ]);
    });

    it.each(["TEXT", "SERVICE", "SERVICE_NAME"] as const)("%s pattern, with SEPARATORS and ICASE in every combination", (keyword) => {
      const attrs = attributes(
        [
          `            ${keyword} "p1"`,
          `            ${keyword} "p2" SEPARATORS " -"`,
          `            ${keyword} "p3" ICASE`,
          `            ${keyword} "p4" SEPARATORS ":" ICASE`,
        ].join("\n"),
      );
      expect(withoutRanges(attrs)).toEqual([
        { type: "PatternAttribute", keyword, pattern: str("p1"), separators: null, icase: false },
        { type: "PatternAttribute", keyword, pattern: str("p2"), separators: str(" -"), icase: false },
        { type: "PatternAttribute", keyword, pattern: str("p3"), separators: null, icase: true },
        { type: "PatternAttribute", keyword, pattern: str("p4"), separators: str(":"), icase: true },
      ]);
    });

    it.each(["Match", "Suppress", "Unmatch"])("MSGCONDTYPE %s", (v) => {
      expect(withoutRanges(attributes(`            MSGCONDTYPE ${v}`))).toEqual([
        { type: "MsgCondTypeAttribute", value: value("condition-type", v) },
      ]);
    });

    it('CONDSTATUSVAR "name"', () => {
      expect(withoutRanges(attributes('            CONDSTATUSVAR "ora_down"'))).toEqual([
        { type: "CondStatusVarAttribute", name: str("ora_down") },
      ]);
    });

    it("attributes in any order and repeated, in source order", () => {
      const attrs = attributes(
        [
          '            OBJECT "o"',
          "            SEVERITY Critical",
          '            NODE IP 0.0.0.0 "n"',
          "            MSGCONDTYPE Match",
          "            SEVERITY Major",
          '            APPLICATION "a"',
          '            TEXT "t"',
          '            CONDSTATUSVAR "v"',
          '            MSGTYPE "mt"',
          '            MSGGRP "g"',
          '            SERVICE "s"',
        ].join("\n"),
      );
      expect(attrs.map((a) => ("keyword" in a ? `${a.type}:${a.keyword}` : a.type))).toEqual([
        "StringAttribute:OBJECT",
        "SeverityAttribute",
        "NodeAttribute",
        "MsgCondTypeAttribute",
        "SeverityAttribute",
        "StringAttribute:APPLICATION",
        "PatternAttribute:TEXT",
        "CondStatusVarAttribute",
        "StringAttribute:MSGTYPE",
        "StringAttribute:MSGGRP",
        "PatternAttribute:SERVICE",
      ]);
    });
  });
});

// ---- target managers (docs/language.md#target-managers) ----

describe("target-managers", () => {
  it("parses an empty MSGTARGETMANAGERS", () => {
    expect(withoutRanges(targetManagers(""))).toEqual({ type: "TargetManagers", managers: [], ackNonLocal: null });
  });

  it('parses TIMETEMPLATE "name" and TIMETEMPLATE "$OPC_ALWAYS" as strings', () => {
    const tms = targetManagers(
      '          MSGTARGETMANAGER\n            TIMETEMPLATE "emea-day"\n            OPCMGR IP 0.0.0.0 "a"\n          MSGTARGETMANAGER\n            TIMETEMPLATE "$OPC_ALWAYS"\n            OPCMGR IP 0.0.0.0 "b"\n',
    );
    expect(withoutRanges(tms.managers)).toEqual([
      {
        type: "TargetManager",
        timeTemplate: ref("emea-day"),
        manager: { type: "OpcMgr", node: ipNode("0.0.0.0", str("a")) },
        attribute: null,
      },
      {
        type: "TargetManager",
        timeTemplate: ref("$OPC_ALWAYS"),
        manager: { type: "OpcMgr", node: ipNode("0.0.0.0", str("b")) },
        attribute: null,
      },
    ]);
  });

  it("parses a bare $OPC_ALWAYS as a variable", () => {
    const tm = targetManagers('          MSGTARGETMANAGER TIMETEMPLATE $OPC_ALWAYS OPCMGR IP 0.0.0.0 "m"\n').managers[0]!;
    expect(withoutRanges(tm.timeTemplate)).toEqual({ type: "TimeTemplateRef", name: variable("OPC_ALWAYS") });
  });

  it.each(["MSGCONTROLLINGMGR", "NOTIFYMGR"] as const)("parses the %s attribute", (keyword) => {
    const tm = targetManagers(`          MSGTARGETMANAGER TIMETEMPLATE "$OPC_ALWAYS" OPCMGR IP 0.0.0.0 "m" ${keyword}\n`).managers[0]!;
    expect(withoutRanges(tm.attribute)).toEqual({ type: "TargetAttribute", keyword });
  });

  it("parses ACKNONLOCALMGR after the managers", () => {
    const tms = targetManagers(
      '          MSGTARGETMANAGER TIMETEMPLATE "$OPC_ALWAYS" OPCMGR IP 0.0.0.0 "a"\n            MSGCONTROLLINGMGR\n          MSGTARGETMANAGER TIMETEMPLATE "$OPC_ALWAYS" OPCMGR IP 0.0.0.0 "b"\n            NOTIFYMGR\n        ACKNONLOCALMGR\n',
    );
    expect(withoutRanges(tms)).toEqual({
      type: "TargetManagers",
      managers: [
        {
          type: "TargetManager",
          timeTemplate: ref("$OPC_ALWAYS"),
          manager: { type: "OpcMgr", node: ipNode("0.0.0.0", str("a")) },
          attribute: { type: "TargetAttribute", keyword: "MSGCONTROLLINGMGR" },
        },
        {
          type: "TargetManager",
          timeTemplate: ref("$OPC_ALWAYS"),
          manager: { type: "OpcMgr", node: ipNode("0.0.0.0", str("b")) },
          attribute: { type: "TargetAttribute", keyword: "NOTIFYMGR" },
        },
      ],
      ackNonLocal: { type: "AckNonLocalMgr" },
    });
  });

  it("parses ACKNONLOCALMGR in an otherwise empty MSGTARGETMANAGERS", () => {
    expect(withoutRanges(targetManagers("        ACKNONLOCALMGR\n"))).toEqual({
      type: "TargetManagers",
      managers: [],
      ackNonLocal: { type: "AckNonLocalMgr" },
    });
  });
});

// ---- message operations (docs/language.md#message-operations) ----

describe("message-operations", () => {
  it("parses an empty MSGOPERATIONS", () => {
    expect(operations("")).toEqual([]);
  });

  it.each(["SUPPRESS", "LOGONLY", "INSERVICE"] as const)("MSGOPERATION %s with and without TIMETEMPLATE", (keyword) => {
    expect(
      withoutRanges(operations(`          MSGOPERATION ${keyword}\n          MSGOPERATION TIMETEMPLATE "maint" ${keyword}\n`)),
    ).toEqual([
      { type: "MessageOperation", timeTemplate: null, operation: { type: "SimpleOperation", keyword } },
      { type: "MessageOperation", timeTemplate: ref("maint"), operation: { type: "SimpleOperation", keyword } },
    ]);
  });

  it.each([
    ["TROUBLETICKET", "True"],
    ["TROUBLETICKET", "False"],
    ["NOTIFICATION", "True"],
    ["NOTIFICATION", "False"],
  ] as const)("MSGOPERATION %s %s with and without TIMETEMPLATE", (keyword, flag) => {
    expect(
      withoutRanges(
        operations(
          `          MSGOPERATION ${keyword} ${flag}\n          MSGOPERATION\n            TIMETEMPLATE "maint"\n            ${keyword} ${flag}\n`,
        ),
      ),
    ).toEqual([
      { type: "MessageOperation", timeTemplate: null, operation: { type: "SwitchOperation", keyword, value: value("boolean", flag) } },
      {
        type: "MessageOperation",
        timeTemplate: ref("maint"),
        operation: { type: "SwitchOperation", keyword, value: value("boolean", flag) },
      },
    ]);
  });

  it("MSGOPERATION TIMETEMPLATE $OPC_ALWAYS (bare variable)", () => {
    expect(withoutRanges(operations("          MSGOPERATION TIMETEMPLATE $OPC_ALWAYS LOGONLY\n"))).toEqual([
      {
        type: "MessageOperation",
        timeTemplate: { type: "TimeTemplateRef", name: variable("OPC_ALWAYS") },
        operation: { type: "SimpleOperation", keyword: "LOGONLY" },
      },
    ]);
  });

  it("parses a whole outage file: zone, status variables, patterns and operations", () => {
    const text = [
      "TIMETEMPLATES",
      '  TIMETEMPLATE "maint"',
      '    DESCRIPTION "maintenance window"',
      "    TIMEZONETYPE Fix",
      '    TIMEZONEVALUE "GMT+01"',
      "    TIMETMPLCONDS",
      "      TIMETMPLCOND",
      "        TIMECONDTYPE Unmatch",
      "        TIME FROM 0:00 TO 6:00",
      "CONDSTATUSVARS",
      '  CONDSTATUSVAR "ora_down" True',
      "RESPMGRCONFIGS",
      "  RESPMGRCONFIG",
      '    DESCRIPTION "outage"',
      "    MSGTARGETRULES",
      "      MSGTARGETRULE",
      '        DESCRIPTION "oracle"',
      "        MSGTARGETRULECONDS",
      "          MSGTARGETRULECOND",
      '            DESCRIPTION "ora"',
      '            CONDSTATUSVAR "ora_down"',
      '            TEXT "^ORA-" ICASE',
      "        MSGOPERATIONS",
      '          MSGOPERATION TIMETEMPLATE "maint" SUPPRESS',
      "          MSGOPERATION INSERVICE",
      "",
    ].join("\n");
    const ast = ok(text);
    expect(ast.timeTemplates!.templates[0]!.timeZone!.zoneType.value).toBe("Fix");
    expect(ast.condStatusVars!.variables[0]!.value.value).toBe("True");
    const c = ast.respMgrConfigs!.configs[0]!;
    expect(c.secondaryManagers).toBeNull();
    expect(c.actionAllowManagers).toBeNull();
    if (c.targetRules?.type !== "TargetRules") throw new Error("expected TargetRules");
    const r = c.targetRules.rules[0] as TargetRule;
    expect(r.outcome.type).toBe("MessageOperations");
    expect(r.conditions.conditions[0]!.attributes.map((a) => a.type)).toEqual(["CondStatusVarAttribute", "PatternAttribute"]);
  });
});

// ---- the bare rule tail (HP1009, docs/language.md#the-pooling-guides-rule-fragment) ----

describe("rule fragment", () => {
  it("a bare MSGTARGETRULECONDS … MSGTARGETMANAGERS directly in RESPMGRCONFIG is a RuleFragment with an HP1009 diagnostic and a fix", () => {
    const text = [
      "RESPMGRCONFIGS",
      "  RESPMGRCONFIG",
      '    DESCRIPTION "pool"',
      "    SECONDARYMANAGERS",
      "    ACTIONALLOWMANAGERS",
      "    MSGTARGETRULECONDS",
      "    MSGTARGETMANAGERS",
      '      MSGTARGETMANAGER TIMETEMPLATE "$OPC_ALWAYS" OPCMGR IP 0.0.0.0 "virt.example.com"',
      "",
    ].join("\n");
    const { ast, diagnostics } = parse(text);
    expect(where(diagnostics)).toEqual(["6:5 HP1009/rule-fragment"]);
    const d = diagnostics[0]!;
    expect(d.severity).toBe("error");
    expect(d.fix).toBeDefined();
    expect(d.fix!.range.start).toEqual({ line: 6, column: 5, offset: text.indexOf("MSGTARGETRULECONDS") });
    expect(d.fix!.range.end).toEqual(d.fix!.range.start);
    expect(d.fix!.text).toMatch(/^MSGTARGETRULES\s+MSGTARGETRULE\s+DESCRIPTION\s+"[^"]*"\s*$/);
    const c = ast.respMgrConfigs!.configs[0]!;
    expect(withoutRanges(c.targetRules)).toEqual({
      type: "RuleFragment",
      conditions: { type: "RuleConditions", conditions: [] },
      outcome: {
        type: "TargetManagers",
        managers: [
          {
            type: "TargetManager",
            timeTemplate: ref("$OPC_ALWAYS"),
            manager: { type: "OpcMgr", node: ipNode("0.0.0.0", str("virt.example.com")) },
            attribute: null,
          },
        ],
        ackNonLocal: null,
      },
    });
    expect(c.secondaryManagers).not.toBeNull();
    expect(c.actionAllowManagers).not.toBeNull();
  });

  it("applying the fix of a top-level fragment gives a file without syntax errors", () => {
    const text = 'RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "x"\n    MSGTARGETRULECONDS\n    MSGTARGETMANAGERS\n';
    const d = parse(text).diagnostics[0]!;
    const fixed = applyFix(text, d);
    expect(where(parse(fixed).diagnostics)).toEqual([]);
  });

  it("a fragment before the RESPMGRCONFIG's MSGTARGETRULES: the fix moves that keyword up, keeping every comment", () => {
    const text = [
      "RESPMGRCONFIGS",
      "  RESPMGRCONFIG",
      '    DESCRIPTION "x"',
      "    MSGTARGETRULECONDS",
      "    MSGTARGETMANAGERS",
      "    # the old rules",
      "    MSGTARGETRULES  # list",
      "      MSGTARGETRULE",
      '        DESCRIPTION "old"',
      "        MSGTARGETRULECONDS",
      "        MSGTARGETMANAGERS",
      "",
    ].join("\n");
    const { diagnostics } = parse(text);
    expect(where(diagnostics)).toEqual(["4:5 HP1009/rule-fragment", "7:5 HP1010/misplaced-clause"]);
    const d = diagnostics[0]!;
    expect(d.fix!.range.start.offset).toBe(text.indexOf("MSGTARGETRULECONDS"));
    expect(d.fix!.range.end.offset).toBe(text.indexOf("MSGTARGETRULES") + "MSGTARGETRULES".length);
    const fixed = applyFix(text, d);
    expect(where(parse(fixed).diagnostics)).toEqual([]);
    expect(fixed.match(/MSGTARGETRULES/g)).toHaveLength(1);
    expect(fixed).toContain("# the old rules");
    expect(fixed).toContain("# list");
  });

  it("a MSGTARGETRULECONDS where a MSGTARGETRULE should start, inside MSGTARGETRULES, is a RuleFragment among the rules", () => {
    const text = [
      "RESPMGRCONFIGS",
      "  RESPMGRCONFIG",
      '    DESCRIPTION "x"',
      "    MSGTARGETRULES",
      "      MSGTARGETRULE",
      '        DESCRIPTION "proper"',
      "        MSGTARGETRULECONDS",
      "        MSGTARGETMANAGERS",
      "      MSGTARGETRULECONDS",
      "        MSGTARGETRULECOND",
      '          DESCRIPTION "c"',
      "          SEVERITY Critical",
      "      MSGOPERATIONS",
      "        MSGOPERATION LOGONLY",
      "",
    ].join("\n");
    const { ast, diagnostics } = parse(text);
    expect(where(diagnostics)).toEqual(["9:7 HP1009/rule-fragment"]);
    const d = diagnostics[0]!;
    expect(d.fix).toBeDefined();
    expect(d.fix!.range.start.offset).toBe(text.lastIndexOf("MSGTARGETRULECONDS"));
    expect(d.fix!.text).toMatch(/^MSGTARGETRULE\s+DESCRIPTION\s+"[^"]*"\s*$/);
    const fixed = applyFix(text, d);
    expect(where(parse(fixed).diagnostics)).toEqual([]);
    const rules = ast.respMgrConfigs!.configs[0]!.targetRules;
    if (rules?.type !== "TargetRules") throw new Error("expected TargetRules");
    expect(rules.rules.map((r) => r.type)).toEqual(["TargetRule", "RuleFragment"]);
    expect(withoutRanges(rules.rules[1])).toEqual({
      type: "RuleFragment",
      conditions: {
        type: "RuleConditions",
        conditions: [
          {
            type: "RuleCondition",
            description: desc("c"),
            attributes: [{ type: "SeverityAttribute", value: value("severity", "Critical") }],
          },
        ],
      },
      outcome: {
        type: "MessageOperations",
        operations: [{ type: "MessageOperation", timeTemplate: null, operation: { type: "SimpleOperation", keyword: "LOGONLY" } }],
      },
    });
  });
});

// ---- permissive value positions (docs/language.md#enumerated-values) ----

describe("value words (lenient)", () => {
  it("a word that is not a member is kept with value null (and reported)", () => {
    const { ast, diagnostics } = parse(
      'RESPMGRCONFIGS RESPMGRCONFIG DESCRIPTION "x" MSGTARGETRULES MSGTARGETRULE DESCRIPTION "r" MSGTARGETRULECONDS MSGTARGETRULECOND DESCRIPTION "c" SEVERITY Critcal MSGCONDTYPE SUPPRESS MSGTARGETMANAGERS',
    );
    expect(diagnostics.map((d) => d.code)).toEqual(["HP1007", "HP1006"]);
    const rules = ast.respMgrConfigs!.configs[0]!.targetRules;
    if (rules?.type !== "TargetRules") throw new Error("expected TargetRules");
    const attrs = (rules.rules[0] as TargetRule).conditions.conditions[0]!.attributes;
    expect(withoutRanges(attrs)).toEqual([
      { type: "SeverityAttribute", value: value("severity", "Critcal", null) },
      { type: "MsgCondTypeAttribute", value: value("condition-type", "SUPPRESS", null) },
    ]);
  });

  it.each([
    ["weekday", "WEEKDAY ON monday", (p: TimeConditionPart) => (p.type === "WeekdayOn" ? p.day : undefined)],
    ["condition type", "TIMECONDTYPE Exclude", (p: TimeConditionPart) => (p.type === "TimeCondType" ? p.value : undefined)],
  ])("a %s that is not a member keeps its raw text and has value null", (_kind, partText, pick) => {
    const { ast } = parse(`TIMETEMPLATES TIMETEMPLATE "t" DESCRIPTION "d" TIMETMPLCONDS TIMETMPLCOND ${partText}`);
    const part = ast.timeTemplates!.templates[0]!.conditions!.conditions[0]!.parts[0]!;
    const word = pick(part);
    expect(word).toBeDefined();
    expect(word!.value).toBeNull();
    expect(word!.raw).toBe(partText.split(" ").pop());
  });

  it("boolean and time-zone type words that are not members have value null", () => {
    const { ast } = parse(
      'TIMETEMPLATES TIMETEMPLATE "t" DESCRIPTION "d" TIMEZONETYPE GMT TIMEZONEVALUE "z" CONDSTATUSVARS CONDSTATUSVAR "v" yes',
    );
    expect(withoutRanges(ast.timeTemplates!.templates[0]!.timeZone!.zoneType)).toEqual(value("timezone-type", "GMT", null));
    expect(withoutRanges(ast.condStatusVars!.variables[0]!.value)).toEqual(value("boolean", "yes", null));
  });
});

// ---- literals ----

describe("literals", () => {
  it('strings keep the raw text byte for byte and cook \\" and \\\\', () => {
    const raw = String.raw`"say \"hi\" C:\\tmp \q # not a comment"`;
    const ast = ok(`TIMETEMPLATES TIMETEMPLATE ${raw}`);
    expect(withoutRanges(ast.timeTemplates!.templates[0]!.name)).toEqual({
      type: "String",
      raw,
      value: String.raw`say "hi" C:\tmp q # not a comment`,
      terminated: true,
    });
  });

  it("a string ending in an escaped backslash is terminated", () => {
    const raw = '"C:\\\\dir\\\\"'; // "C:\\dir\\" as written in the file
    const ast = ok(`TIMETEMPLATES TIMETEMPLATE ${raw} DESCRIPTION "x"`);
    const t = ast.timeTemplates!.templates[0]!;
    expect(withoutRanges(t.name)).toEqual({ type: "String", raw, value: "C:\\dir\\", terminated: true });
    expect(t.description!.value.value).toBe("x");
  });

  it("the empty string and non-ASCII strings", () => {
    const ast = ok('TIMETEMPLATES TIMETEMPLATE "" DESCRIPTION "Zürich – 東京 😀"');
    const t = ast.timeTemplates!.templates[0]!;
    expect(withoutRanges(t.name)).toEqual(str(""));
    expect(t.description!.value.value).toBe("Zürich – 東京 😀");
  });

  it("an unterminated string is kept with terminated: false (and reported)", () => {
    const { ast, diagnostics } = parse('TIMETEMPLATES\n  TIMETEMPLATE "open\n');
    expect(diagnostics.map((d) => d.code)).toEqual(["HP1002"]);
    expect(withoutRanges(ast.timeTemplates!.templates[0]!.name)).toEqual({
      type: "String",
      raw: '"open',
      value: "open",
      terminated: false,
    });
  });

  it("times: hour and minute", () => {
    const [p] = timeParts("        TIME FROM 0:00 TO 23:59");
    expect(withoutRanges(p)).toEqual({ type: "TimeRange", from: time("0:00", 0, 0), to: time("23:59", 23, 59) });
  });

  it("dates: month/day/year, * → null, yearDigits 2 or 4", () => {
    const parts = timeParts("        DATE FROM 1/2/03 TO 12/31/2099\n        DATE FROM */1/* TO 2/*/*");
    expect(withoutRanges(parts)).toEqual([
      { type: "DateRange", from: date("1/2/03", 1, 2, 3, 2), to: date("12/31/2099", 12, 31, 2099, 4) },
      { type: "DateRange", from: date("*/1/*", null, 1, null, null), to: date("2/*/*", 2, null, null, null) },
    ]);
  });
});

// ---- ranges ----

describe("ranges", () => {
  const text = [
    "TIMETEMPLATES",
    '  TIMETEMPLATE "office"   # trailing',
    '    DESCRIPTION "office hours"',
    "    TIMETMPLCONDS",
    "      TIMETMPLCOND",
    "        TIME FROM 7:00 TO 19:00",
    "        DATE ON 12/25/*",
    "RESPMGRCONFIGS",
    "  RESPMGRCONFIG",
    '    DESCRIPTION "r"',
    "    SECONDARYMANAGERS",
    '      SECONDARYMANAGER NODE IP 0.0.0.0 "m1"',
    "    ACTIONALLOWMANAGERS",
    "    MSGTARGETRULES",
    "      MSGTARGETRULE",
    '        DESCRIPTION "all"',
    "        MSGTARGETRULECONDS",
    "          MSGTARGETRULECOND",
    '            DESCRIPTION "c"',
    '            NODE IP 10.1.2.3 "a" OTHER "b"',
    "            SEVERITY Major",
    "        MSGTARGETMANAGERS",
    "          MSGTARGETMANAGER",
    '            TIMETEMPLATE "office"',
    '            OPCMGR IP 0.0.0.0 "m1" ID "core"',
    "            NOTIFYMGR",
    "        ACKNONLOCALMGR",
    "# the end",
    "",
  ].join("\n");
  const ast = ok(text);
  const slice = (r: { start: number; end: number }) => text.slice(r.start, r.end);
  const template = ast.timeTemplates!.templates[0]!;
  const cond = template.conditions!.conditions[0]!;
  const cfg = ast.respMgrConfigs!.configs[0]!;
  const rules = cfg.targetRules;
  if (rules?.type !== "TargetRules") throw new Error("expected TargetRules");
  const r = rules.rules[0] as TargetRule;
  const outcome = r.outcome;
  if (outcome.type !== "TargetManagers") throw new Error("expected TargetManagers");
  const tm: TargetManager = outcome.managers[0]!;

  it("literal ranges slice back to the literal as written", () => {
    expect(slice(template.name.range)).toBe('"office"');
    expect(slice(template.description!.value.range)).toBe('"office hours"');
    const tr = cond.parts[0]!;
    if (tr.type !== "TimeRange") throw new Error("expected TimeRange");
    expect(slice(tr.from.range)).toBe("7:00");
    expect(slice(tr.to.range)).toBe("19:00");
    const dOn = cond.parts[1]!;
    if (dOn.type !== "DateOn") throw new Error("expected DateOn");
    expect(slice(dOn.date.range)).toBe("12/25/*");
  });

  it("clause ranges run from the keyword to the last token of the clause (never a trailing comment)", () => {
    expect(slice(template.description!.range)).toBe('DESCRIPTION "office hours"');
    expect(slice(cond.parts[0]!.range)).toBe("TIME FROM 7:00 TO 19:00");
    expect(slice(cond.range)).toBe("TIMETMPLCOND\n        TIME FROM 7:00 TO 19:00\n        DATE ON 12/25/*");
    expect(slice(template.range).startsWith('TIMETEMPLATE "office"')).toBe(true);
    expect(slice(template.range).endsWith("DATE ON 12/25/*")).toBe(true);
    expect(slice(ast.timeTemplates!.range).endsWith("DATE ON 12/25/*")).toBe(true);
    expect(slice(cfg.secondaryManagers!.managers[0]!.range)).toBe('SECONDARYMANAGER NODE IP 0.0.0.0 "m1"');
    expect(slice(cfg.secondaryManagers!.managers[0]!.node.range)).toBe('NODE IP 0.0.0.0 "m1"');
    expect(slice(cfg.secondaryManagers!.managers[0]!.node.node.range)).toBe('IP 0.0.0.0 "m1"');
    expect(slice(cfg.actionAllowManagers!.range)).toBe("ACTIONALLOWMANAGERS");
  });

  it("node specs and attributes", () => {
    const nodeAttr = r.conditions.conditions[0]!.attributes[0]!;
    if (nodeAttr.type !== "NodeAttribute") throw new Error("expected NodeAttribute");
    expect(slice(nodeAttr.range)).toBe('NODE IP 10.1.2.3 "a" OTHER "b"');
    expect(nodeAttr.nodes.map((n) => slice(n.range))).toEqual(['IP 10.1.2.3 "a"', 'OTHER "b"']);
    expect(slice(r.conditions.conditions[0]!.attributes[1]!.range)).toBe("SEVERITY Major");
    const sev = r.conditions.conditions[0]!.attributes[1]!;
    if (sev.type !== "SeverityAttribute") throw new Error("expected SeverityAttribute");
    expect(slice(sev.value.range)).toBe("Major");
  });

  it("target manager pieces", () => {
    expect(slice(tm.timeTemplate.range)).toBe('TIMETEMPLATE "office"');
    expect(slice(tm.manager.range)).toBe('OPCMGR IP 0.0.0.0 "m1" ID "core"');
    const node = tm.manager.node;
    if (node.type !== "IpNode") throw new Error("expected IpNode");
    expect(slice(node.address.range)).toBe("0.0.0.0");
    expect(slice(node.name!.range)).toBe('"m1"');
    expect(slice(node.id!.range)).toBe('"core"');
    expect(slice(tm.attribute!.range)).toBe("NOTIFYMGR");
    expect(slice(tm.range).startsWith("MSGTARGETMANAGER")).toBe(true);
    expect(slice(tm.range).endsWith("NOTIFYMGR")).toBe(true);
    expect(slice(outcome.ackNonLocal!.range)).toBe("ACKNONLOCALMGR");
    expect(slice(outcome.range).endsWith("ACKNONLOCALMGR")).toBe(true);
  });

  it("blocks end at their last token; the file covers everything", () => {
    expect(slice(r.range).startsWith("MSGTARGETRULE\n")).toBe(true);
    expect(slice(r.range).endsWith("ACKNONLOCALMGR")).toBe(true);
    expect(slice(cfg.range).endsWith("ACKNONLOCALMGR")).toBe(true);
    expect(slice(ast.respMgrConfigs!.range).startsWith("RESPMGRCONFIGS")).toBe(true);
    expect(slice(ast.respMgrConfigs!.range).endsWith("ACKNONLOCALMGR")).toBe(true);
    expect(ast.range).toEqual({ start: 0, end: text.length });
  });

  it("operation ranges", () => {
    const t2 =
      'RESPMGRCONFIGS RESPMGRCONFIG DESCRIPTION "x" MSGTARGETRULES MSGTARGETRULE DESCRIPTION "r" MSGTARGETRULECONDS MSGOPERATIONS MSGOPERATION TIMETEMPLATE "m" TROUBLETICKET True MSGOPERATION LOGONLY';
    const a = ok(t2);
    const rr = a.respMgrConfigs!.configs[0]!.targetRules;
    if (rr?.type !== "TargetRules") throw new Error("expected TargetRules");
    const outcome = (rr.rules[0] as TargetRule).outcome;
    if (outcome.type !== "MessageOperations") throw new Error("expected MessageOperations");
    const [o1, o2] = outcome.operations;
    expect(t2.slice(o1!.range.start, o1!.range.end)).toBe('MSGOPERATION TIMETEMPLATE "m" TROUBLETICKET True');
    expect(t2.slice(o1!.operation.range.start, o1!.operation.range.end)).toBe("TROUBLETICKET True");
    expect(t2.slice(o2!.range.start, o2!.range.end)).toBe("MSGOPERATION LOGONLY");
    expect(t2.slice(o2!.operation.range.start, o2!.operation.range.end)).toBe("LOGONLY");
  });

  it("after a byte-order mark, offsets still slice back", () => {
    const t3 = '\uFEFFTIMETEMPLATES TIMETEMPLATE "x"';
    const a = ok(t3);
    expect(t3.slice(a.timeTemplates!.range.start, a.timeTemplates!.range.end)).toBe('TIMETEMPLATES TIMETEMPLATE "x"');
    expect(t3.slice(a.timeTemplates!.templates[0]!.name.range.start, a.timeTemplates!.templates[0]!.name.range.end)).toBe('"x"');
  });
});

// ---- layout independence (docs/language.md#whitespace-and-layout) ----

describe("layout", () => {
  const tidy = [
    "TIMETEMPLATES",
    '  TIMETEMPLATE "emea-day"',
    '    DESCRIPTION "EMEA office hours, except public holidays"',
    "    TIMETMPLCONDS",
    "      TIMETMPLCOND",
    "        TIMECONDTYPE Suppress",
    "        DATE ON 12/25/*",
    "      TIMETMPLCOND",
    "        TIMECONDTYPE Match",
    "        TIME FROM 7:00 TO 19:00",
    "        WEEKDAY FROM Monday TO Friday",
    "CONDSTATUSVARS",
    '  CONDSTATUSVAR "v" True',
    "RESPMGRCONFIGS",
    "  RESPMGRCONFIG",
    '    DESCRIPTION "responsible managers for EMEA nodes"',
    "    SECONDARYMANAGERS",
    "      SECONDARYMANAGER",
    '        NODE IP 0.0.0.0 "om-emea.example.com"',
    '        DESCRIPTION "emea"',
    "    ACTIONALLOWMANAGERS",
    "      ACTIONALLOWMANAGER",
    '        NODE IP 0.0.0.0 "$OPC_PRIMARY_MGR"',
    "    MSGTARGETRULES",
    "      MSGTARGETRULE",
    '        DESCRIPTION "everything"',
    "        MSGTARGETRULECONDS",
    "          MSGTARGETRULECOND",
    '            DESCRIPTION "c"',
    "            SEVERITY Critical",
    '            NODE IP 10.0.0.1 "n" NODEGROUP "g"',
    '            TEXT "x" SEPARATORS " " ICASE',
    "        MSGTARGETMANAGERS",
    "          MSGTARGETMANAGER",
    '            TIMETEMPLATE "emea-day"',
    '            OPCMGR IP 0.0.0.0 "om-emea.example.com"',
    "            MSGCONTROLLINGMGR",
    "          MSGTARGETMANAGER",
    '            TIMETEMPLATE "$OPC_ALWAYS"',
    '            OPCMGR IP 0.0.0.0 "$OPC_PRIMARY_MGR"',
    "        ACKNONLOCALMGR",
    "      MSGTARGETRULE",
    '        DESCRIPTION "ops"',
    "        MSGTARGETRULECONDS",
    "        MSGOPERATIONS",
    '          MSGOPERATION TIMETEMPLATE "emea-day" NOTIFICATION False',
    "",
  ].join("\n");

  it("the tidy file parses cleanly", () => {
    ok(tidy);
  });

  it("the same file on one line parses to the same tree", () => {
    const oneLine = tidy
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== "")
      .join(" ");
    expect(oneLine.includes("\n")).toBe(false);
    expect(bareTree(ok(oneLine))).toEqual(bareTree(ok(tidy)));
  });

  it("the same file with CRLF, tabs and one token per line parses to the same tree", () => {
    const tokens = tidy.match(/"(?:[^"\\]|\\.)*"|\S+/g)!;
    const spread = tokens.join("\r\n\t");
    expect(bareTree(ok(spread))).toEqual(bareTree(ok(tidy)));
  });
});

describe("string escapes before line separators", () => {
  it("reads a backslash before U+2028 as that character", () => {
    const { ast, diagnostics } = parse('RESPMGRCONFIGS RESPMGRCONFIG DESCRIPTION "a\\\u2028b"');
    expect(diagnostics).toEqual([]);
    expect(ast.respMgrConfigs?.configs[0]?.description?.value.value).toBe("a\u2028b");
  });
});
