/**
 * The published shape: the package's `exports` resolve for ESM and CommonJS
 * consumers, the type declarations exist, and the bin shim runs the built CLI.
 */
import { execFileSync } from "node:child_process";
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
    for (const subpath of [".", "./parser", "./prettier"]) {
      const entry = pkg.exports[subpath];
      if (entry === undefined || typeof entry === "string") throw new Error(`exports['${subpath}'] must have conditions`);
      for (const file of [entry.import.types, entry.import.default, entry.require.types, entry.require.default]) {
        expect(existsSync(join(root, file)), file).toBe(true);
      }
    }
  });

  it("loads through import and require alike", async () => {
    const esm = (await import(pathToFileURL(join(root, "dist/index.js")).href)) as typeof import("../src/index.js");
    const cjs = createRequire(import.meta.url)(join(root, "dist/index.cjs")) as typeof import("../src/index.js");
    const text = 'RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "x"\n';
    expect(esm.parse(text)).toEqual(cjs.parse(text));
    expect(esm.parse(text).diagnostics).toEqual([]);
  });

  it("hpom-lint/parser gives parse, print and format through import and require, the very ones of the main entry", () => {
    // A child process resolving the package by its own name, so the real `exports` map is used.
    const script = `
      import { createRequire } from "node:module";
      const esm = await import("hpom-lint/parser");
      const cjs = createRequire(process.cwd() + "/")("hpom-lint/parser");
      const main = await import("hpom-lint");
      const text = 'RESPMGRCONFIGS\\n  RESPMGRCONFIG\\n    DESCRIPTION "x"\\n';
      let thrown;
      try { esm.format("RESPMGRCONFIGS RESPMGRCONFIG DESCRIPTION"); } catch (error) { thrown = error; }
      console.log(JSON.stringify({
        esm: Object.keys(esm).sort(),
        cjs: Object.keys(cjs).sort(),
        parsed: JSON.stringify(esm.parse(text)) === JSON.stringify(main.parse(text)) && JSON.stringify(cjs.parse(text)) === JSON.stringify(main.parse(text)),
        formatted: esm.format(text) === main.format(text) && cjs.format(text) === main.format(text) && esm.print(esm.parse(text).ast) === main.format(text),
        sameError: thrown instanceof main.HpomSyntaxError,
      }));`;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" });
    expect(JSON.parse(out)).toEqual({
      esm: ["HpomSyntaxError", "format", "parse", "print"],
      cjs: ["HpomSyntaxError", "format", "parse", "print"],
      parsed: true,
      formatted: true,
      sameError: true,
    });
  });

  it("hpom-lint/parser loads no dependency from node_modules (no zod, no yaml) and none of the rules", () => {
    // Every module dist/parser.js loads, followed through the chunks it imports.
    const seen = new Set<string>();
    const bare = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(join(root, "dist", file), "utf8");
      for (const [, spec] of code.matchAll(/(?:from|import)\s*["']([^"']+)["']/g)) {
        if (spec!.startsWith("./")) visit(spec!.slice(2));
        else bare.add(spec!);
      }
    };
    visit("parser.js");
    expect([...bare]).toEqual([]);
    const loaded = [...seen].map((f) => readFileSync(join(root, "dist", f), "utf8")).join("\n");
    expect(loaded).not.toContain("HP2001");
  });
});
