/**
 * The built library (ESM and CommonJS, with the YAML reader bundled) reads a
 * pool model and generates exactly what the sources do.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import * as source from "../../src/index.js";

const root = resolve(__dirname, "../..");
const model = readFileSync(join(root, "examples/pools/three-levels/pool.yaml"), "utf8");

describe("the built library", () => {
  it("parses pool models and generates like the sources, through import and require alike", async () => {
    if (!existsSync(join(root, "dist/index.js"))) throw new Error("dist/ is missing: run `npm run build` (npm test does it first)");
    const esm = (await import(pathToFileURL(join(root, "dist/index.js")).href)) as typeof source;
    const cjs = createRequire(import.meta.url)(join(root, "dist/index.cjs")) as typeof source;
    const expected = source.generate(source.parsePoolModel(model), { source: "pool.yaml" });
    for (const lib of [esm, cjs]) {
      expect(lib.generate(lib.parsePoolModel(model), { source: "pool.yaml" })).toEqual(expected);
      expect(() => lib.parsePoolModel("version: 2\n", "m.yaml")).toThrow(lib.PoolModelError);
      expect(lib.poolModelJsonSchema).toEqual(source.poolModelJsonSchema);
    }
  });
});
