/**
 * The published shape: the package's `exports` resolve for ESM and CommonJS
 * consumers, the type declarations exist, and the bin shim runs the built CLI.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const root = resolve(__dirname, "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  name: string;
  type: string;
  bin: Record<string, string>;
  exports: Record<string, { import: { types: string; default: string }; require: { types: string; default: string } } | string>;
  engines: { node: string };
};

describe("package", () => {
  it("is an ES module package named hpom-lint for Node >= 20.19 with a bin", () => {
    expect(pkg.name).toBe("hpom-lint");
    expect(pkg.type).toBe("module");
    expect(pkg.engines.node).toBe(">=20.19");
    expect(pkg.bin["hpom-lint"]).toBe("./bin/hpom-lint.js");
  });

  it("every file named by exports exists after the build", () => {
    const main = pkg.exports["."];
    if (main === undefined || typeof main === "string") throw new Error("exports['.'] must have conditions");
    for (const file of [main.import.types, main.import.default, main.require.types, main.require.default]) {
      expect(existsSync(join(root, file)), file).toBe(true);
    }
  });

  it("loads through import and require alike", async () => {
    const esm = (await import(pathToFileURL(join(root, "dist/index.js")).href)) as typeof import("../src/index.js");
    const cjs = createRequire(import.meta.url)(join(root, "dist/index.cjs")) as typeof import("../src/index.js");
    const text = 'RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "x"\n';
    expect(esm.parse(text)).toEqual(cjs.parse(text));
    expect(esm.parse(text).diagnostics).toEqual([]);
  });
});
