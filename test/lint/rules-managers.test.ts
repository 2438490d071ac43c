/**
 * The rules about rules, conditions and managers (HP2025–HP2038): exact
 * messages, positions and fixes. Each file is linted with only the rule under test
 * on, so other rules' findings cannot hide or fake a result; the fixtures under
 * fixtures/HP20xx/ check the interplay with every rule.
 */
import { describe, expect, it } from "vitest";
import { fixText, lint, rules, type Diagnostic, type LintOptions, type PoolModel } from "../../src/index.js";
import { applyFix, where } from "../helpers.js";

/** Lints `text` with only rule `code` enabled. */
function only(code: string, text: string, options: LintOptions = {}): Diagnostic[] {
  const off = Object.fromEntries(rules.filter((r) => r.code !== code).map((r) => [r.code, "off" as const]));
  return lint(text, { ...options, rules: off });
}

/** `lines` joined into a file, each with a line break. */
const lines = (...l: string[]) => l.map((x) => `${x}\n`).join("");

/** A file with one RESPMGRCONFIG: the manager lists (entry lines, already indented) and the rules. */
function config(secondaries: string[], actions: string[], ...rulesLines: string[]): string {
  return lines(
    "RESPMGRCONFIGS",
    "  RESPMGRCONFIG",
    '    DESCRIPTION "all nodes"',
    "    SECONDARYMANAGERS",
    ...secondaries,
    "    ACTIONALLOWMANAGERS",
    ...actions,
    ...(rulesLines.length > 0 ? ["    MSGTARGETRULES", ...rulesLines] : []),
  );
}

/** The lines of one SECONDARYMANAGER or ACTIONALLOWMANAGER entry. */
const entry = (keyword: "SECONDARYMANAGER" | "ACTIONALLOWMANAGER", node: string) => [`      ${keyword}`, `        NODE ${node}`];

/** The lines of one rule: description, condition lines (already indented), target lines. */
function rule(description: string, conditions: string[], targets: string[]): string[] {
  return [
    "      MSGTARGETRULE",
    `        DESCRIPTION "${description}"`,
    "        MSGTARGETRULECONDS",
    ...conditions,
    "        MSGTARGETMANAGERS",
    ...targets,
  ];
}

/** The lines of one target manager, with an optional attribute line. */
const target = (template: string, node: string, attribute?: string) => [
  "          MSGTARGETMANAGER",
  `            TIMETEMPLATE ${template}`,
  `            OPCMGR ${node}`,
  ...(attribute ? [`            ${attribute}`] : []),
];

/** The lines of one condition with the given attribute lines. */
const condition = (description: string, ...attributes: string[]) => [
  "          MSGTARGETRULECOND",
  `            DESCRIPTION "${description}"`,
  ...attributes.map((a) => `            ${a}`),
];

const ALWAYS = '"$OPC_ALWAYS"';
const PRIMARY = 'IP 0.0.0.0 "$OPC_PRIMARY_MGR"';
const DBA = rule("database", condition("db", 'MSGGRP "Database"'), target(ALWAYS, 'IP 0.0.0.0 "om-dba.example.com"'));

describe("HP2025 unreachable-rule", () => {
  const catchAll = rule("everything", [], target(ALWAYS, PRIMARY));

  it("reports every rule after a catch-all, naming it and its line", () => {
    const found = only("HP2025", config([], [], ...catchAll, ...DBA, ...DBA), { kind: "allnodes" });
    expect(where(found)).toEqual(["14:7 HP2025/unreachable-rule", "24:7 HP2025/unreachable-rule"]);
    expect(found[0]!.severity).toBe("warning");
    expect(found[0]!.message).toBe(
      'this rule is never reached: rule "everything" at line 7 already matches every message — move this rule above it, or narrow that rule\'s conditions',
    );
  });

  it("names a catch-all without description by its line", () => {
    const text = config([], [], ...catchAll.filter((l) => !l.includes("DESCRIPTION")), ...DBA);
    expect(only("HP2025", text)[0]!.message).toContain("the rule at line 7 already matches every message");
  });

  it("on an agent (or an unknown kind) needs a $OPC_ALWAYS target; on a server the conditions decide", () => {
    const timed = rule("office hours", [], target('"office"', 'IP 0.0.0.0 "om-day.example.com"'));
    const text = config([], [], ...timed, ...DBA);
    expect(only("HP2025", text, { kind: "allnodes" })).toEqual([]);
    expect(only("HP2025", text)).toEqual([]);
    expect(where(only("HP2025", text, { kind: "msgforw" }))).toEqual(["14:7 HP2025/unreachable-rule"]);
    expect(where(only("HP2025", text, { kind: "escmgr" }))).toEqual(["14:7 HP2025/unreachable-rule"]);
    // A bare $OPC_ALWAYS is the same template.
    expect(where(only("HP2025", config([], [], ...rule("all", [], target("$OPC_ALWAYS", PRIMARY)), ...DBA)))).toEqual([
      "14:7 HP2025/unreachable-rule",
    ]);
  });

  it("reads an attribute-free Match condition as a catch-all unless an exclusion comes first", () => {
    const matchAll = rule(
      "mostly",
      [...condition("critical", "SEVERITY Critical"), ...condition("rest", "MSGCONDTYPE Match")],
      target(ALWAYS, PRIMARY),
    );
    expect(where(only("HP2025", config([], [], ...matchAll, ...DBA)))).toEqual(["20:7 HP2025/unreachable-rule"]);
    const excluded = rule(
      "not security",
      [...condition("no security", "MSGCONDTYPE Suppress", 'MSGGRP "Security"'), ...condition("rest")],
      target(ALWAYS, PRIMARY),
    );
    expect(only("HP2025", config([], [], ...excluded, ...DBA))).toEqual([]);
    // A misspelt condition type (a syntax diagnostic of its own) is not assumed to mean Match.
    const typo = rule("typo", condition("rest", "MSGCONDTYPE match"), target(ALWAYS, PRIMARY));
    expect(only("HP2025", config([], [], ...typo, ...DBA)).filter((d) => d.code === "HP2025")).toEqual([]);
  });
});

describe("HP2026 empty-rule-outcome", () => {
  it("reports an empty MSGTARGETMANAGERS", () => {
    const found = only("HP2026", config([], [], ...rule("database", condition("db", 'MSGGRP "Database"'), [])));
    expect(where(found)).toEqual(["13:9 HP2026/empty-rule-outcome"]);
    expect(found[0]!.severity).toBe("warning");
    expect(found[0]!.message).toBe(
      'rule "database" has no target managers, so the messages it matches are sent nowhere and no later rule sees them; add a MSGTARGETMANAGER or remove the rule',
    );
  });

  it("reports an empty MSGOPERATIONS", () => {
    const text = lines(
      "RESPMGRCONFIGS",
      "  RESPMGRCONFIG",
      '    DESCRIPTION "outages"',
      "    MSGTARGETRULES",
      "      MSGTARGETRULE",
      '        DESCRIPTION "test"',
      "        MSGTARGETRULECONDS",
      "        MSGOPERATIONS",
    );
    const found = only("HP2026", text, { kind: "outage" });
    expect(where(found)).toEqual(["8:9 HP2026/empty-rule-outcome"]);
    expect(found[0]!.message).toBe(
      'rule "test" has no message operations, so it does nothing with the messages it matches and no later rule sees them; add a MSGOPERATION or remove the rule',
    );
  });
});

describe("HP2027 duplicate-manager", () => {
  const om1 = 'IP 0.0.0.0 "om1.example.com"';

  it("reports the later entry, names the first line, and its fix removes the entry's lines", () => {
    const text = config(
      [...entry("SECONDARYMANAGER", om1), ...entry("SECONDARYMANAGER", 'IP 0.0.0.0 "OM1.Example.com"')],
      entry("ACTIONALLOWMANAGER", PRIMARY),
    );
    const found = only("HP2027", text);
    expect(where(found)).toEqual(["8:14 HP2027/duplicate-manager"]);
    expect(found[0]!.severity).toBe("warning");
    expect(found[0]!.message).toBe(
      'IP 0.0.0.0 "OM1.Example.com" is listed twice in SECONDARYMANAGERS (first at line 5); was another server meant? Otherwise remove this entry',
    );
    const fixed = applyFix(text, found[0]!);
    expect(fixed).toBe(config(entry("SECONDARYMANAGER", om1), entry("ACTIONALLOWMANAGER", PRIMARY)));
    expect(lint(fixed)).toEqual([]);
  });

  it("checks each list on its own; a bare name and IP 0.0.0.0 with the name are one node", () => {
    const text = config(entry("SECONDARYMANAGER", om1), [
      ...entry("ACTIONALLOWMANAGER", om1),
      ...entry("ACTIONALLOWMANAGER", '"om1.example.com"'),
    ]);
    expect(where(only("HP2027", text))).toEqual(["11:14 HP2027/duplicate-manager"]);
    expect(only("HP2027", text)[0]!.message).toContain("is listed twice in ACTIONALLOWMANAGERS (first at line 8)");
  });

  it("offers no fix for an entry that carries a comment", () => {
    const text = config(
      [...entry("SECONDARYMANAGER", om1), "      SECONDARYMANAGER  # the SOC server was meant", `        NODE ${om1}`],
      [],
    );
    const found = only("HP2027", text);
    expect(found).toHaveLength(1);
    expect(found[0]!.fix).toBeUndefined();
  });

  it("removes an entry that shares its line, with the blank before it, and keeps CRLF line ends", () => {
    const oneLine = lines(
      "RESPMGRCONFIGS",
      "  RESPMGRCONFIG",
      '    DESCRIPTION "x"',
      `    SECONDARYMANAGERS SECONDARYMANAGER NODE ${om1} SECONDARYMANAGER NODE ${om1}`,
      "    ACTIONALLOWMANAGERS",
    );
    const found = only("HP2027", oneLine);
    expect(applyFix(oneLine, found[0]!)).toContain(`    SECONDARYMANAGERS SECONDARYMANAGER NODE ${om1}\n`);
    const crlf = config([...entry("SECONDARYMANAGER", om1), ...entry("SECONDARYMANAGER", om1)], []).replaceAll("\n", "\r\n");
    expect(applyFix(crlf, only("HP2027", crlf)[0]!)).toBe(config(entry("SECONDARYMANAGER", om1), []).replaceAll("\n", "\r\n"));
  });

  it("fixes three copies in one pass", () => {
    const text = config([...entry("SECONDARYMANAGER", om1), ...entry("SECONDARYMANAGER", om1), ...entry("SECONDARYMANAGER", om1)], []);
    // The entries make it an agent file; HP2033's fix would add the server to ACTIONALLOWMANAGERS.
    const result = fixText(text, { rules: { "primary-not-action-allowed": "off" } });
    expect(result.passes).toBe(1);
    expect(result.output).toBe(config(entry("SECONDARYMANAGER", om1), []));
  });
});

describe("HP2028 duplicate-target", () => {
  const hq = 'IP 0.0.0.0 "om-hq.example.com"';

  it("reports the repeat with its template and the first line; the fix removes it", () => {
    const text = config([], [], ...rule("all", [], [...target(ALWAYS, hq), ...target("$OPC_ALWAYS", hq)]));
    const found = only("HP2028", text);
    expect(where(found)).toEqual(["16:20 HP2028/duplicate-target"]);
    expect(found[0]!.severity).toBe("warning");
    expect(found[0]!.message).toBe(
      'target IP 0.0.0.0 "om-hq.example.com" is listed twice for time template "$OPC_ALWAYS" (first at line 11); remove this entry',
    );
    const fixed = applyFix(text, found[0]!);
    expect(fixed).toBe(config([], [], ...rule("all", [], target(ALWAYS, hq))));
    expect(only("HP2028", fixed)).toEqual([]);
  });

  it("offers no fix when the attributes differ, and says why", () => {
    const text = config([], [], ...rule("all", [], [...target(ALWAYS, hq, "NOTIFYMGR"), ...target(ALWAYS, hq, "MSGCONTROLLINGMGR")]));
    const found = only("HP2028", text, { kind: "msgforw" });
    expect(found[0]!.fix).toBeUndefined();
    expect(found[0]!.message).toContain("keep the entry with the attribute you mean and remove the other");
  });

  it("does not compare across rules or templates", () => {
    const text = config(
      [],
      [],
      ...rule("a", condition("c", "SEVERITY Critical"), [...target(ALWAYS, hq), ...target('"night"', hq)]),
      ...rule("b", [], target(ALWAYS, hq)),
    );
    expect(only("HP2028", text)).toEqual([]);
  });
});

describe("HP2029 duplicate-attribute", () => {
  const withCondition = (...attributes: string[]) => config([], [], ...rule("r", condition("c", ...attributes), target(ALWAYS, PRIMARY)));

  it("explains that different values make the condition unsatisfiable", () => {
    const found = only("HP2029", withCondition("SEVERITY Critical", "SEVERITY Major"));
    expect(where(found)).toEqual(["13:13 HP2029/duplicate-attribute"]);
    expect(found[0]!.severity).toBe("warning");
    expect(found[0]!.message).toBe(
      "SEVERITY appears twice in one condition (first at line 12); all attributes must match, so this condition can only match if both values are equal — use two conditions",
    );
  });

  it("tailors the advice for NODE, MSGCONDTYPE and equal values", () => {
    const found = only(
      "HP2029",
      withCondition(
        'NODE IP 0.0.0.0 "a.example.com"',
        'NODE IP 0.0.0.0 "b.example.com"',
        "MSGCONDTYPE Match",
        "MSGCONDTYPE Suppress",
        'APPLICATION "x"',
        'APPLICATION "x"',
      ),
    );
    expect(found.map((d) => d.message)).toEqual([
      "NODE appears twice in one condition (first at line 12); all attributes must match, so a message would have to come from both nodes at once — list the nodes in one NODE attribute (any of them matches), or use two conditions",
      "MSGCONDTYPE appears twice in one condition (first at line 14); which one applies is undocumented — keep one",
      "APPLICATION appears twice in one condition with the same value (first at line 16); remove one",
    ]);
  });

  it("ignores repeated CONDSTATUSVAR and reads SERVICE_NAME as SERVICE", () => {
    expect(only("HP2029", withCondition('CONDSTATUSVAR "a"', 'CONDSTATUSVAR "b"'))).toEqual([]);
    expect(only("HP2029", withCondition('SERVICE "a"', 'SERVICE_NAME "b"')).map((d) => d.message)).toEqual([
      "SERVICE appears twice in one condition (first at line 12); all attributes must match, so this condition can only match if both values are equal — use two conditions",
    ]);
  });
});

describe("HP2030 invalid-manager-node", () => {
  it("reports OTHER and NODEGROUP in every manager position", () => {
    const text = config(
      entry("SECONDARYMANAGER", 'OTHER "om2"'),
      entry("ACTIONALLOWMANAGER", 'NODEGROUP "servers"'),
      ...rule("all", [], target(ALWAYS, 'OTHER "om-hq"')),
    );
    const found = only("HP2030", text);
    expect(where(found)).toEqual([
      "6:14 HP2030/invalid-manager-node",
      "9:14 HP2030/invalid-manager-node",
      "17:20 HP2030/invalid-manager-node",
    ]);
    expect(found[0]!.severity).toBe("error");
    expect(found[0]!.message).toBe('a management server must be given as IP …, not OTHER "om2"; write IP 0.0.0.0 "<server fqdn>"');
    expect(found[1]!.message).toBe(
      'a management server must be given as IP …, not NODEGROUP "servers": a node group is not a server — list each server as IP 0.0.0.0 "<server fqdn>"',
    );
  });

  it("leaves NODE conditions alone", () => {
    expect(only("HP2030", config([], [], ...rule("all", condition("c", 'NODE NODEGROUP "g" OTHER "x"'), target(ALWAYS, PRIMARY))))).toEqual(
      [],
    );
  });
});

describe("HP2031 unresolvable-node", () => {
  it("reports IP 0.0.0.0 without a name in managers and conditions", () => {
    const text = config(
      entry("SECONDARYMANAGER", 'IP 0.0.0.0 ID "core-id"'),
      [],
      ...rule("all", condition("c", "NODE IP 0.0.0.0"), target(ALWAYS, "IP 0.0.0.0")),
    );
    const found = only("HP2031", text);
    expect(where(found)).toEqual(["6:14 HP2031/unresolvable-node", "14:18 HP2031/unresolvable-node", "18:20 HP2031/unresolvable-node"]);
    expect(found[0]!.severity).toBe("error");
    expect(found[0]!.message).toBe('IP 0.0.0.0 needs a host name to resolve: write IP 0.0.0.0 "<fqdn>", or give the node\'s real address');
    expect(only("HP2031", config(entry("SECONDARYMANAGER", "IP 192.0.2.1"), entry("ACTIONALLOWMANAGER", PRIMARY)))).toEqual([]);
  });
});

describe("HP2032 fixed-ip-manager", () => {
  it("rewrites a named manager to IP 0.0.0.0", () => {
    const text = config([], [], ...rule("all", [], target(ALWAYS, 'IP 192.0.2.10 "om-hq.example.com"')));
    const found = only("HP2032", text);
    expect(where(found)).toEqual(["13:20 HP2032/fixed-ip-manager"]);
    expect(found[0]!.severity).toBe("info");
    expect(found[0]!.message).toBe(
      'manager IP 192.0.2.10 "om-hq.example.com" has a fixed address, which breaks when the server is renumbered or moves; prefer IP 0.0.0.0 "om-hq.example.com"',
    );
    const fixed = applyFix(text, found[0]!);
    expect(fixed).toContain('            OPCMGR IP 0.0.0.0 "om-hq.example.com"\n');
    expect(lint(fixed)).toEqual([]);
  });

  it("offers no fix without a name, and leaves NODE conditions alone", () => {
    const found = only("HP2032", config([], entry("ACTIONALLOWMANAGER", "IP 192.0.2.11")));
    expect(found[0]!.message).toContain('prefer IP 0.0.0.0 "<server fqdn>"');
    expect(found[0]!.fix).toBeUndefined();
    expect(only("HP2032", config([], [], ...rule("all", condition("c", "NODE IP 192.0.2.41"), target(ALWAYS, PRIMARY))))).toEqual([]);
  });
});

describe("HP2033 primary-not-action-allowed", () => {
  const om1 = 'IP 0.0.0.0 "om1.example.com"';
  const om2 = 'IP 0.0.0.0 "om2.example.com"';
  const agent = { kind: "allnodes" } as const;

  it("reports a secondary that may not run actions; the fix appends it to ACTIONALLOWMANAGERS", () => {
    const text = config(
      [...entry("SECONDARYMANAGER", om1), ...entry("SECONDARYMANAGER", om2)],
      [...entry("ACTIONALLOWMANAGER", om1).slice(0, 1), `${entry("ACTIONALLOWMANAGER", om1)[1]}  # production`],
    );
    const found = only("HP2033", text, agent);
    expect(where(found)).toEqual(["8:14 HP2033/primary-not-action-allowed"]);
    expect(found[0]!.severity).toBe("info");
    expect(found[0]!.message).toBe(
      '"om2.example.com" may become primary but would not be allowed to run actions; add it or "$OPC_PRIMARY_MGR" to ACTIONALLOWMANAGERS',
    );
    const fixed = applyFix(text, found[0]!);
    // The trailing comment stays on its line; the new entry is laid out like the others.
    expect(fixed).toBe(
      config(
        [...entry("SECONDARYMANAGER", om1), ...entry("SECONDARYMANAGER", om2)],
        [
          ...entry("ACTIONALLOWMANAGER", om1).slice(0, 1),
          `${entry("ACTIONALLOWMANAGER", om1)[1]}  # production`,
          ...entry("ACTIONALLOWMANAGER", om2),
        ],
      ),
    );
    expect(only("HP2033", fixed, agent)).toEqual([]);
  });

  it("fills an empty list with every uncovered secondary in one pass", () => {
    const text = config(
      [...entry("SECONDARYMANAGER", om1), ...entry("SECONDARYMANAGER", om2)],
      [],
      ...rule("all", [], target(ALWAYS, PRIMARY)),
    );
    const result = fixText(text, agent);
    expect(result.output).toBe(
      config(
        [...entry("SECONDARYMANAGER", om1), ...entry("SECONDARYMANAGER", om2)],
        [...entry("ACTIONALLOWMANAGER", om1), ...entry("ACTIONALLOWMANAGER", om2)],
        ...rule("all", [], target(ALWAYS, PRIMARY)),
      ),
    );
    expect(result.passes).toBe(1);
    expect(result.remaining).toEqual([]);
  });

  it("follows a one-line layout, and inserts in place when code follows on the list's line", () => {
    const oneLine = config([`      SECONDARYMANAGER NODE ${om2}`], [`      ACTIONALLOWMANAGER NODE ${om1}`]);
    expect(applyFix(oneLine, only("HP2033", oneLine, agent)[0]!)).toContain(
      `      ACTIONALLOWMANAGER NODE ${om1}\n      ACTIONALLOWMANAGER NODE ${om2}\n`,
    );
    const inline = lines(
      "RESPMGRCONFIGS",
      "  RESPMGRCONFIG",
      '    DESCRIPTION "x"',
      `    SECONDARYMANAGERS SECONDARYMANAGER NODE ${om2}`,
      "    ACTIONALLOWMANAGERS MSGTARGETRULES",
    );
    expect(applyFix(inline, only("HP2033", inline, agent)[0]!)).toContain(
      `    ACTIONALLOWMANAGERS ACTIONALLOWMANAGER NODE ${om2} MSGTARGETRULES\n`,
    );
  });

  it("is satisfied by $OPC_PRIMARY_MGR, by a fixed-address entry with the name, and by another block", () => {
    expect(only("HP2033", config(entry("SECONDARYMANAGER", om2), entry("ACTIONALLOWMANAGER", PRIMARY)), agent)).toEqual([]);
    expect(
      only("HP2033", config(entry("SECONDARYMANAGER", om2), entry("ACTIONALLOWMANAGER", 'IP 192.0.2.2 "OM2.example.com"')), agent),
    ).toEqual([]);
    const twoBlocks =
      config(entry("SECONDARYMANAGER", om2), []) + config([], entry("ACTIONALLOWMANAGER", om2)).replace("RESPMGRCONFIGS\n", "");
    expect(only("HP2033", twoBlocks, agent)).toEqual([]);
  });

  it("checks agent files only, and offers no fix without an ACTIONALLOWMANAGERS list", () => {
    const text = config(entry("SECONDARYMANAGER", om2), []);
    // Without kind or file name, the entries make it an agent file.
    expect(where(only("HP2033", text))).toEqual(["6:14 HP2033/primary-not-action-allowed"]);
    expect(only("HP2033", text, { kind: "msgforw" })).toEqual([]);
    expect(where(only("HP2033", text, { filename: "respmgrs/0a010203" }))).toEqual(["6:14 HP2033/primary-not-action-allowed"]);
    // One report per server, whichever way its entries are written.
    const twice = config([...entry("SECONDARYMANAGER", 'IP 192.0.2.2 "om2.example.com"'), ...entry("SECONDARYMANAGER", om2)], []);
    expect(where(only("HP2033", twice, agent))).toEqual(["6:14 HP2033/primary-not-action-allowed"]);
    const noList = text.replace("    ACTIONALLOWMANAGERS\n", "");
    expect(only("HP2033", noList, agent)[0]!.fix).toBeUndefined();
  });
});

describe("HP2034 primary-mgr-in-server-file", () => {
  const text = config(entry("SECONDARYMANAGER", "$OPC_PRIMARY_MGR"), [], ...rule("all", [], target(ALWAYS, PRIMARY)));

  it("reports the variable as a manager in msgforw, escmgr and outage files", () => {
    const found = only("HP2034", text, { kind: "msgforw" });
    expect(where(found)).toEqual(["6:14 HP2034/primary-mgr-in-server-file", "15:31 HP2034/primary-mgr-in-server-file"]);
    expect(found[0]!.severity).toBe("warning");
    expect(found[1]!.message).toBe(
      '"$OPC_PRIMARY_MGR" has no meaning in a msgforw file: it stands for a managed node\'s primary manager, and this file is read by a management server — name the server as IP 0.0.0.0 "<server fqdn>"',
    );
    expect(only("HP2034", text, { kind: "escmgr" })).toHaveLength(2);
    expect(only("HP2034", text, { kind: "outage" })).toHaveLength(2);
  });

  it("is silent in agent files and when the kind is unknown", () => {
    expect(only("HP2034", text, { kind: "allnodes" })).toEqual([]);
    expect(only("HP2034", text)).toEqual([]);
  });
});

describe("HP2035 escmgr-single-target", () => {
  const noc = (n: number) => `IP 0.0.0.0 "om-noc${n}.example.com"`;
  const escmgr = { kind: "escmgr" } as const;

  it("reports each extra target with the first one's line", () => {
    const text = config([], [], ...rule("all", [], [...target(ALWAYS, noc(1)), ...target(ALWAYS, noc(2))]));
    const found = only("HP2035", text, escmgr);
    expect(where(found)).toEqual(["14:11 HP2035/escmgr-single-target"]);
    expect(found[0]!.severity).toBe("error");
    expect(found[0]!.message).toBe(
      'an escalation rule names exactly one target manager, and rule "all" already names one at line 11; remove this target or move it to a rule with other conditions',
    );
  });

  it("reports MSGCONTROLLINGMGR, NOTIFYMGR and ACKNONLOCALMGR", () => {
    const text = config([], [], ...rule("all", [], [...target(ALWAYS, noc(1), "NOTIFYMGR"), "        ACKNONLOCALMGR"]));
    const found = only("HP2035", text, escmgr);
    expect(where(found)).toEqual(["14:13 HP2035/escmgr-single-target", "15:9 HP2035/escmgr-single-target"]);
    expect(found[0]!.message).toBe(
      "NOTIFYMGR has no place in escmgr: an escalation rule names exactly one target without attributes — remove it",
    );
    expect(found[1]!.message).toBe(
      "ACKNONLOCALMGR has no place in escmgr: an escalation rule names exactly one target without attributes — remove it",
    );
    expect(only("HP2035", text, { kind: "msgforw" })).toEqual([]);
    expect(only("HP2035", text)).toEqual([]);
  });
});

describe("HP2036 multiple-respmgrconfig", () => {
  it("reports every block after the first", () => {
    const block = config([], []).replace("RESPMGRCONFIGS\n", "");
    const found = only("HP2036", `RESPMGRCONFIGS\n${block}${block}${block}`);
    expect(where(found)).toEqual(["6:3 HP2036/multiple-respmgrconfig", "10:3 HP2036/multiple-respmgrconfig"]);
    expect(found[0]!.severity).toBe("info");
    expect(found[0]!.message).toBe(
      "another RESPMGRCONFIG block (first at line 2); several blocks are evaluated in order as one — consider merging them into one RESPMGRCONFIG",
    );
    expect(only("HP2036", config([], []))).toEqual([]);
  });
});

describe("HP2037 self-forward", () => {
  const m = (n: number) => `IP 0.0.0.0 "m${n}.example.com"`;
  const msgforw = (...targets: string[][]) => config([], [], ...rule("all", [], targets.flat()));
  // Not validated: `lint` compares names as host names, whatever their case in the model.
  const pool: PoolModel = {
    version: 1,
    pools: [{ name: "core", members: ["m1.example.com", "M2.example.com"], virtual: ["v.example.com"] }],
  };

  it("reports a target that is the server itself; the fix removes it", () => {
    const text = msgforw(target(ALWAYS, m(1), "NOTIFYMGR"), target(ALWAYS, m(3), "NOTIFYMGR"));
    const options = { kind: "msgforw", server: "M1.example.com" } as const;
    const found = only("HP2037", text, options);
    expect(where(found)).toEqual(["13:20 HP2037/self-forward"]);
    expect(found[0]!.severity).toBe("warning");
    expect(found[0]!.message).toBe(
      'this server forwards messages to itself: IP 0.0.0.0 "m1.example.com" is M1.example.com, the server this msgforw belongs to — remove this target',
    );
    const fixed = applyFix(text, found[0]!);
    expect(fixed).toBe(msgforw(target(ALWAYS, m(3), "NOTIFYMGR")));
    expect(only("HP2037", fixed, options)).toEqual([]);
  });

  it("offers no fix when the server is the rule's only target", () => {
    const found = only("HP2037", msgforw(target(ALWAYS, m(1))), { kind: "msgforw", server: "m1.example.com" });
    expect(found).toHaveLength(1);
    expect(found[0]!.fix).toBeUndefined();
  });

  it("with a pool model, accepts the members' shared synchronisation rule", () => {
    const sync = msgforw(target(ALWAYS, m(1), "MSGCONTROLLINGMGR"), target(ALWAYS, m(2), "MSGCONTROLLINGMGR"));
    expect(only("HP2037", sync, { kind: "msgforw", server: "m1.example.com", pool })).toEqual([]);
    // Without the model, or for a server outside the pool, it is a self-target like any other.
    expect(only("HP2037", sync, { kind: "msgforw", server: "m1.example.com" })).toHaveLength(1);
    expect(only("HP2037", sync, { kind: "msgforw", server: "m1.example.com", pool: { version: 1, pools: [] } })).toHaveLength(1);
    expect(only("HP2037", sync, { kind: "msgforw", server: "m1.example.com", pool: "not a model" as unknown as PoolModel })).toHaveLength(
      1,
    );
    // A rule that names no other member synchronises nothing.
    const alone = msgforw(target(ALWAYS, m(1), "MSGCONTROLLINGMGR"), target(ALWAYS, 'IP 0.0.0.0 "top.example.com"', "NOTIFYMGR"));
    expect(only("HP2037", alone, { kind: "msgforw", server: "m1.example.com", pool })).toHaveLength(1);
  });

  it("needs the msgforw kind and the server option", () => {
    const text = msgforw(target(ALWAYS, m(1)));
    expect(only("HP2037", text, { kind: "msgforw" })).toEqual([]);
    expect(only("HP2037", text, { server: "m1.example.com" })).toEqual([]);
    expect(only("HP2037", text, { kind: "escmgr", server: "m1.example.com" })).toEqual([]);
  });
});

describe("HP2038 attribute-length", () => {
  const withAttribute = (attribute: string) => config([], [], ...rule("r", condition("c", attribute), target(ALWAYS, PRIMARY)));

  it("counts UTF-8 bytes of the meant string", () => {
    const found = only("HP2038", withAttribute('OBJECT "Überwachungsdienst-Datenbank-012"'));
    expect(where(found)).toEqual(["12:20 HP2038/attribute-length"]);
    expect(found[0]!.severity).toBe("warning");
    expect(found[0]!.message).toBe(
      'OBJECT "Überwachungsdienst-Datenbank-012" is 33 bytes long, but HPOM message attributes hold at most 32 bytes, so it can never match; use the value as the messages carry it',
    );
    expect(only("HP2038", withAttribute('MSGGRP "Database-Administration-Berlin-1"'))).toEqual([]);
    // An escaped quote is one byte; a character outside the BMP is four.
    expect(only("HP2038", withAttribute('APPLICATION "\\"quoted\\" application name, 32 by"'))).toEqual([]);
    expect(only("HP2038", withAttribute('APPLICATION "application name with emoji! 🚀"'))[0]!.message).toContain("is 33 bytes long");
  });

  it("does not check MSGTYPE", () => {
    expect(only("HP2038", withAttribute('MSGTYPE "ORACLE_TABLESPACE_USAGE_THRESHOLD_EXCEEDED"'))).toEqual([]);
  });
});
