/** `lintEstate` as a library: levels, a failing rule, a pool's shared file, and the example estates. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LintConfigError, lintEstate, loadEstate, parsePoolModel } from "../../src/index.js";
import { lintEstateWithRules } from "../../src/lint/lint-estate.js";
import { defineEstateRule } from "../../src/rules/estate/estate-rule.js";
import { ESTATE_RULES } from "../../src/rules/index.js";
import { estates, readEstate } from "./estates.js";

const loop = () => loadEstate(readEstate(join(estates, "loop")));

function msgforw(...targets: string[]): string {
  const managers = targets.map(
    (t) =>
      `          MSGTARGETMANAGER\n            TIMETEMPLATE "$OPC_ALWAYS"\n            OPCMGR IP 0.0.0.0 "${t}"\n            MSGCONTROLLINGMGR\n`,
  );
  return `TIMETEMPLATES\nRESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "sync"\n    MSGTARGETRULES\n      MSGTARGETRULE\n        DESCRIPTION "all messages"\n        MSGTARGETRULECONDS\n        MSGTARGETMANAGERS\n${managers.join("")}`;
}

describe("lintEstate", () => {
  it("names each finding's file by its path in the estate, in path order", () => {
    expect(lintEstate(loop()).map((d) => `${d.filename}:${d.range.start.line} ${d.code} ${d.severity}`)).toEqual([
      "om-a.example.com/msgforw:13 HP5001 error",
      "om-b.example.com/msgforw:13 HP5001 error",
      "om-c.example.com/msgforw:13 HP5001 error",
    ]);
  });

  it("applies levels by code or alias, and rejects an unknown rule as lint does", () => {
    expect(lintEstate(loop(), { rules: { "estate-forward-loop": "warning" } }).map((d) => d.severity)).toEqual([
      "warning",
      "warning",
      "warning",
    ]);
    expect(lintEstate(loop(), { rules: { HP5001: "off" } })).toEqual([]);
    expect(() => lintEstate(loop(), { rules: { HP5999: "off" } })).toThrow(LintConfigError);
  });

  it("turns a rule that throws into one internal error and still runs the others", () => {
    const broken = defineEstateRule({
      code: "HP5999",
      name: "broken",
      severity: "error",
      description: "Throws.",
      docs: "docs/rules/HP5999.md",
      fixable: false,
      check() {
        throw new Error("boom\nsecond line");
      },
    });
    const loopRule = ESTATE_RULES.find((r) => r.code === "HP5001")!;
    const found = lintEstateWithRules(loop(), {}, [broken, loopRule]);
    expect(found.filter((d) => d.code === "HP1000").map((d) => d.message)).toEqual([
      "rule HP5999 (broken) failed on this estate (boom); its findings are incomplete, please report this",
    ]);
    expect(found.filter((d) => d.code === "HP5001")).toHaveLength(3);
  });

  it("reports a finding in a pool's shared file once, though every member holds it", () => {
    const model = parsePoolModel(
      "version: 1\npools:\n  - name: core\n    members: [om1.example.com, om2.example.com]\n    virtual: [om-v.example.com]\n",
    );
    const estate = loadEstate([{ path: "core/msgforw", text: msgforw("om1.example.com", "om2.example.com", "om-hq.example.com") }], {
      pool: model,
    });
    expect(estate.servers.get("om2.example.com")?.msgforw).toBe(estate.servers.get("om1.example.com")?.msgforw);
    expect(lintEstate(estate).map((d) => `${d.filename}:${d.range.start.line} ${d.code}`)).toEqual(["core/msgforw:20 HP5002"]);
  });

  it("finds nothing in the example estates but the loop, the servers outside and service-hours' maintenance gap", () => {
    const codes = (name: string) => lintEstate(loadEstate(readEstate(join(estates, name)))).map((d) => d.code);
    expect(codes("hp-pool")).toEqual([]);
    expect(codes("follow-the-sun")).toEqual([]);
    expect(codes("service-hours")).toEqual(["HP5006"]);
    expect(codes("three-levels")).toEqual(["HP5002", "HP5002"]);
    expect(codes("competence-centres")).toEqual(["HP5002"]);
  });
});
