/**
 * The configuration's JSON Schema: the committed file is what the zod schema
 * generates (a drift test), and it accepts and rejects what the CLI does.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { STARTER_CONFIG } from "../../../src/cli/commands/init.js";
import { configJsonSchema, configSchema } from "../../../src/cli/config/schema.js";
import { knownCodes } from "../../../src/lint/config.js";
import { root } from "../run-cli.js";

const committedPath = join(root, "schema/hpom-lint-config.schema.json");
const committed = JSON.parse(readFileSync(committedPath, "utf8")) as Record<string, unknown>;
// patternErrorMessage is the editors' keyword (VS Code, the YAML language server), not JSON Schema's.
const validate = new Ajv({ strict: true, allErrors: true, keywords: ["patternErrorMessage"] }).compile(committed);

describe("schema/hpom-lint-config.schema.json", () => {
  it("is what the zod schema generates (run `npm run schema:config` when this fails)", () => {
    expect(readFileSync(committedPath, "utf8")).toBe(`${JSON.stringify(configJsonSchema(), null, 2)}\n`);
  });

  it("lists every rule code and alias, each with its description", () => {
    const rules = (committed.definitions as Record<string, { properties: Record<string, { description: string }> }>).ruleLevels!.properties;
    for (const k of knownCodes()) {
      expect(rules[k.code]?.description).toContain(k.description);
      expect(rules[k.name]?.description).toContain(k.code);
    }
  });

  const samples: [string, unknown, boolean][] = [
    ["the starter written by --init", STARTER_CONFIG, true],
    [
      "every setting",
      {
        $schema: "./node_modules/hpom-lint/schema/hpom-lint-config.schema.json",
        pool: "pools.yaml",
        rules: { HP2003: "off", "time-range-wraps": "warning", HP1006: "warning" },
        ignore: ["archive/**"],
        overrides: [{ files: ["**/msgforw"], rules: { "missing-description": "off" } }],
      },
      true,
    ],
    ["an unknown key", { rule: {} }, false],
    ["an unknown rule", { rules: { HP9999: "off" } }, false],
    ["a lower-case code", { rules: { hp2003: "off" } }, false],
    ["an unknown level", { rules: { HP2003: "loud" } }, false],
    ["a syntax error turned off", { rules: { HP1001: "off" } }, false],
    ["too-many-errors turned off", { rules: { "too-many-errors": "off" } }, true],
    ["a negated glob", { ignore: ["!keep"] }, false],
    ["an empty glob", { ignore: [""] }, false],
    ["an override without files", { overrides: [{ files: [], rules: {} }] }, false],
    ["an override without rules", { overrides: [{ files: ["x"] }] }, false],
    ["an unknown key in an override", { overrides: [{ files: ["x"], rules: {}, pool: "p" }] }, false],
    ["a pool that is not a string", { pool: 1 }, false],
    ["an array", [], false],
  ];

  it.each(samples)("zod and the JSON Schema agree on %s", (_, config, valid) => {
    expect(configSchema.safeParse(config).success).toBe(valid);
    expect(validate(config)).toBe(valid);
  });
});
