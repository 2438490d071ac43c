/** Which rule a message matches (src/estate/match.ts). */
import { describe, expect, it } from "vitest";
import { Assumptions } from "../../src/estate/assumptions.js";
import { condStatusVarsOf, firstMatchingRule, rulesOf } from "../../src/estate/match.js";
import type { Message } from "../../src/estate/message.js";
import { parse } from "../../src/parser/parse.js";

function rule(conds: string): string {
  return `      MSGTARGETRULE
        DESCRIPTION "r${conds.length}"
        MSGTARGETRULECONDS
${conds}        MSGTARGETMANAGERS
          MSGTARGETMANAGER
            TIMETEMPLATE "$OPC_ALWAYS"
            OPCMGR IP 0.0.0.0 "om1.example.com"
`;
}
const cond = (...attributes: string[]) =>
  `          MSGTARGETRULECOND\n            DESCRIPTION "c"\n${attributes.map((a) => `            ${a}\n`).join("")}`;
const file = (...rules: string[]) =>
  `RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "x"\n    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n    MSGTARGETRULES\n${rules.join("")}`;

function matchIn(text: string, message: Message, kind: "allnodes" | "outage" = "allnodes") {
  const { ast, diagnostics } = parse(text);
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const assumptions = new Assumptions();
  const match = firstMatchingRule(rulesOf(ast), message, { kind, condStatusVars: condStatusVarsOf(ast), assumptions });
  const rules = rulesOf(ast);
  return {
    index: match ? rules.indexOf(match.rule) : -1,
    condition: match?.condition ?? null,
    assumptions: assumptions.list().map((a) => a.id),
  };
}

const db: Message = { node: "db1.example.com", nodeIp: "192.0.2.7", severity: "Critical", msggrp: "Database", application: "Oracle" };

describe("firstMatchingRule", () => {
  it("uses the first rule that matches; a rule without conditions takes every message", () => {
    expect(matchIn(file(rule(cond('MSGGRP "Network"')), rule("")), db).index).toBe(1);
    expect(matchIn(file(rule(cond('MSGGRP "Database"')), rule("")), db).index).toBe(0);
  });

  it("ANDs the attributes of a condition and compares strings exactly", () => {
    expect(matchIn(file(rule(cond('MSGGRP "Database"', "SEVERITY Major"))), db).index).toBe(-1);
    expect(matchIn(file(rule(cond('MSGGRP "Database"', "SEVERITY Critical", 'APPLICATION "Oracle"'))), db).index).toBe(0);
    expect(matchIn(file(rule(cond('MSGGRP "database"'))), db).index).toBe(-1);
  });

  it("lets the first condition the message satisfies decide: a Suppress before a Match excludes", () => {
    const text = file(rule(cond("MSGCONDTYPE Suppress", 'APPLICATION "Oracle"') + cond('MSGGRP "Database"')), rule(""));
    expect(matchIn(text, db).index).toBe(1);
    expect(matchIn(text, { ...db, application: "DB2" }).index).toBe(0);
  });

  it("matches NODE by name or by fixed address; node groups never", () => {
    expect(matchIn(file(rule(cond('NODE IP 0.0.0.0 "DB1.example.com"'))), db).index).toBe(0);
    expect(matchIn(file(rule(cond("NODE IP 192.0.2.7"))), db).index).toBe(0);
    expect(matchIn(file(rule(cond("NODE IP 192.0.2.8"))), db).index).toBe(-1);
    const group = matchIn(file(rule(cond('NODE NODEGROUP "databases"'))), db);
    expect(group).toEqual({ index: -1, condition: null, assumptions: ["nodegroup"] });
  });

  it("tests TEXT only in the outage file; elsewhere it is not tested and says so", () => {
    const text = file(rule(cond('TEXT "^disk full"')));
    expect(matchIn(text, { ...db, text: "cpu hot" })).toMatchObject({ index: 0, assumptions: ["pattern-outside-outage"] });
    const outage = `CONDSTATUSVARS\n  CONDSTATUSVAR "on" True\n  CONDSTATUSVAR "off" False\nRESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "x"\n    MSGTARGETRULES\n      MSGTARGETRULE\n        DESCRIPTION "r"\n        MSGTARGETRULECONDS\n${cond('TEXT "^disk full"', 'CONDSTATUSVAR "on"')}        MSGOPERATIONS\n          MSGOPERATION\n            SUPPRESS\n      MSGTARGETRULE\n        DESCRIPTION "r2"\n        MSGTARGETRULECONDS\n${cond('CONDSTATUSVAR "off"')}        MSGOPERATIONS\n          MSGOPERATION\n            SUPPRESS\n`;
    expect(matchIn(outage, { ...db, text: "disk full on /" }, "outage").index).toBe(0);
    expect(matchIn(outage, { ...db, text: "cpu hot" }, "outage").index).toBe(-1);
  });
});
