/** `importPoolModel(loadEstate(generate(model)))` gives back the model: for every example pool and for random valid models. */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadEstate } from "../../src/estate/load.js";
import { generate } from "../../src/generator/generate.js";
import { importPoolModel } from "../../src/import/import.js";
import { installedFiles } from "../../src/import/installed.js";
import { importedModelYaml } from "../../src/import/model-yaml.js";
import { parsePoolModel } from "../../src/model/parse-pool-model.js";
import type { PoolModel } from "../../src/model/schema.js";
import { filesFacts } from "./same-model.js";
import { poolModels } from "./arbitraries.js";

const pools = resolve(__dirname, "../../examples/pools");

/** The model imported from the files generated from `model`, read back from the YAML the import writes. */
function roundTrip(model: PoolModel): PoolModel {
  const result = importPoolModel(loadEstate(installedFiles(generate(model))));
  // Every fact names a value of the model, so its comment has a place in the YAML.
  for (const fact of result.facts) expect(valueAt(result.model, fact.path), fact.path.join(".")).toBeDefined();
  const yaml = importedModelYaml(result);
  expect(parsePoolModel(yaml, "pool.yaml")).toEqual(result.model);
  return result.model;
}

function valueAt(model: PoolModel, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((at, key) => (at as Record<string | number, unknown> | undefined)?.[key], model);
}

describe("import ∘ generate", () => {
  for (const example of readdirSync(pools)) {
    it(`gives back examples/pools/${example}`, () => {
      const path = join(pools, example, "pool.yaml");
      const model = parsePoolModel(readFileSync(path, "utf8"), path);
      expect(filesFacts(roundTrip(model))).toEqual(filesFacts(model));
    });
  }

  it("gives back random valid models", () => {
    fc.assert(
      fc.property(poolModels, (model) => {
        expect(filesFacts(roundTrip(model))).toEqual(filesFacts(model));
      }),
      { numRuns: 60 },
    );
  });
});
