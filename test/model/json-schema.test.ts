/**
 * The committed JSON Schema (`schema/pool-model.schema.json`, package export
 * `hpom-lint/schema.json`) is exactly what the zod schema gives today, is what
 * the library exports, documents every field, and accepts and rejects what
 * the zod schema does (for everything a JSON Schema can express).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { poolModelJsonSchema, poolModelSchema } from "../../src/index.js";
import { buildPoolModelJsonSchema } from "../../src/model/json-schema.js";

const root = resolve(__dirname, "../..");
const file = join(root, "schema/pool-model.schema.json");
const committed = readFileSync(file, "utf8");

/** Every object schema in `schema` with the path to it. */
function objectSchemas(schema: unknown, path = "#"): [string, Record<string, unknown>][] {
  if (!schema || typeof schema !== "object") return [];
  const node = schema as Record<string, unknown>;
  const found: [string, Record<string, unknown>][] = node.type === "object" ? [[path, node]] : [];
  for (const [key, value] of Object.entries(node)) {
    if (Array.isArray(value)) value.forEach((v, i) => found.push(...objectSchemas(v, `${path}/${key}/${i}`)));
    else if (value && typeof value === "object") found.push(...objectSchemas(value, `${path}/${key}`));
  }
  return found;
}

describe("pool model JSON Schema", () => {
  it("is current (else run `npm run schema` and commit schema/pool-model.schema.json)", () => {
    expect(committed).toBe(`${JSON.stringify(buildPoolModelJsonSchema(), null, 2)}\n`);
  });

  it("is what the library exports as poolModelJsonSchema and the package as hpom-lint/schema.json", () => {
    expect(poolModelJsonSchema).toEqual(JSON.parse(committed));
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { exports: Record<string, unknown>; files: string[] };
    expect(pkg.exports["./schema.json"]).toBe("./schema/pool-model.schema.json");
    expect(pkg.files).toContain("schema");
  });

  it("describes every field, for hover help in editors", () => {
    const undocumented = objectSchemas(poolModelJsonSchema).flatMap(([path, node]) =>
      Object.entries((node.properties ?? {}) as Record<string, { description?: string }>)
        .filter(([, property]) => !property.description)
        .map(([name]) => `${path}/properties/${name}`),
    );
    expect(undocumented).toEqual([]);
  });

  // patternErrorMessage is the editors' keyword (VS Code, the YAML language server), not JSON Schema's.
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, keywords: ["patternErrorMessage"] });
  addFormats(ajv);
  const validate = ajv.compile(poolModelJsonSchema);

  it("accepts every example model", () => {
    const dir = join(root, "examples/pools");
    const models = readdirSync(dir).map((name) => join(dir, name, "pool.yaml"));
    expect(models.length).toBeGreaterThan(0);
    for (const model of models) {
      const value: unknown = parseYaml(readFileSync(model, "utf8"));
      expect(validate(value), `${model}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      expect(poolModelSchema.safeParse(value).success).toBe(true);
    }
  });

  it("rejects wrong shapes as the zod schema does", () => {
    const ok = { version: 1, pools: [{ name: "core", members: ["a.example.com", "b.example.com"], virtual: ["v.example.com"] }] };
    const wrong: unknown[] = [
      { ...ok, version: 2 },
      { ...ok, extra: true },
      { ...ok, pools: [] },
      { ...ok, pools: [{ ...ok.pools[0], members: ["a.example.com"] }] },
      { ...ok, pools: [{ ...ok.pools[0], name: "Core" }] },
      { ...ok, pools: [{ ...ok.pools[0], virtual: ["V.example.com"] }] },
      { ...ok, pools: [{ ...ok.pools[0], details: [{ virtual: "v.example.com", ipv4: "192.0.2.01" }] }] },
      { ...ok, senders: [{ server: "s.example.com", forwardTo: ["core"], mode: "all" }] },
    ];
    expect(validate(ok)).toBe(true);
    for (const value of wrong) {
      expect(validate(value), JSON.stringify(value)).toBe(false);
      expect(poolModelSchema.safeParse(value).success).toBe(false);
    }
  });
});
