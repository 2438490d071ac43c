/** What a rule is given: typed settings built once per `lint`, and values several rules share. */
import { describe, expect, it } from "vitest";
import { lintWithRules } from "../../src/lint/lint.js";
import { defineRule, type RuleContext, type RuleSettings } from "../../src/lint/rule.js";
import type { PoolModel } from "../../src/index.js";

const TEXT = "RESPMGRCONFIGS\n";

function probe(code: string, seen: (context: RuleContext) => void) {
  return defineRule({
    code,
    name: `probe-${code.toLowerCase()}`,
    severity: "info",
    description: "records what it is given",
    docs: "",
    fixable: false,
    create: (context) => {
      seen(context);
      return {};
    },
  });
}

describe("rule settings", () => {
  it("resolve the options once: the topology, the server, the dialect with its default, the declared kind", () => {
    const model: PoolModel = {
      version: 1,
      pools: [{ name: "core", members: ["m1.example.com", "m2.example.com"], virtual: ["v.example.com"] }],
    };
    const settings: RuleSettings[] = [];
    const rules = [probe("HP9001", (c) => settings.push(c.settings)), probe("HP9002", (c) => settings.push(c.settings))];
    lintWithRules(TEXT, { pool: model, server: "core", kind: "allnodes" }, rules);
    expect(settings[0]).toBe(settings[1]);
    expect(settings[0]!.topology?.pool("core")?.primary).toBe("v.example.com");
    expect(settings[0]).toMatchObject({ server: "core", dialect: "omu", declaredKind: "allnodes" });
    lintWithRules(TEXT, { filename: "msgforw", dialect: "omw" }, rules);
    expect(settings[2]).toMatchObject({ topology: undefined, server: undefined, dialect: "omw", declaredKind: undefined });
  });

  it("share a computed value between rules, once per lint", () => {
    let calls = 0;
    const compute = () => ++calls;
    const got: number[] = [];
    const rules = [probe("HP9001", (c) => got.push(c.shared(compute))), probe("HP9002", (c) => got.push(c.shared(compute)))];
    lintWithRules(TEXT, {}, rules);
    lintWithRules(TEXT, {}, rules);
    expect(got).toEqual([1, 1, 2, 2]);
  });
});
