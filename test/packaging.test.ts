/**
 * What `npm pack` would publish, read from the built files: the dependencies
 * are what dist/ loads at run time and nothing else, the bundled packages'
 * licences ship in dist/THIRD-PARTY-NOTICES, every file in the tarball is
 * reachable from `exports` or `bin` and not empty, and publint and Are the
 * Types Wrong? find nothing (scripts/check-package.mjs).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { builtinModules, createRequire } from "node:module";
import { join, posix, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { REPOSITORY_URL } from "../src/cli/rule-catalog.js";

const root = resolve(__dirname, "..");

interface Manifest {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  exports: Record<string, string | { import: Record<string, string>; require: Record<string, string> }>;
  bin: Record<string, string>;
  repository: { type: string; url: string };
  homepage: string;
  bugs: { url: string };
}

const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Manifest;

/** The files `npm pack` would put in the tarball, with their sizes. */
function packedFiles(): { path: string; size: number }[] {
  const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  return (JSON.parse(out) as { files: { path: string; size: number }[] }[])[0]!.files;
}

/** Every module specifier a built file imports, requires or dynamically imports. */
function specifiers(text: string): string[] {
  const found = text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(['"])([\w@./:-]+)\1/g);
  return [...found].map((m) => m[2]!);
}

/**
 * The versions of package `name` installed at the top of node_modules or nested one level below a
 * package (where npm puts the exact version a package pins when the top holds another one).
 */
function installedVersions(name: string): string[] {
  const top = join(root, "node_modules");
  const owners = readdirSync(top).flatMap((d) =>
    d.startsWith("@") ? readdirSync(join(top, d)).map((s) => join(top, d, s)) : [join(top, d)],
  );
  return [join(top, name), ...owners.map((o) => join(o, "node_modules", name))]
    .filter((dir) => existsSync(join(dir, "package.json")))
    .map((dir) => (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string }).version);
}

function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

const isBuiltin = (specifier: string) => specifier.startsWith("node:") || builtinModules.includes(specifier.split("/")[0]!);

describe("package contents", () => {
  const files = packedFiles();
  const paths = files.map((f) => f.path);
  const code = paths.filter((p) => p.startsWith("dist/") && /\.(c?js|d\.c?ts)$/.test(p));

  it("depends on exactly the packages the built files load", () => {
    const loaded = new Set(
      code
        .flatMap((p) => specifiers(readFileSync(join(root, p), "utf8")))
        .filter((s) => !s.startsWith(".") && !isBuiltin(s))
        .map(packageName),
    );
    // The Prettier plugin's declarations name Prettier's types; Prettier is the optional peer dependency.
    loaded.delete("prettier");
    expect([...loaded].sort()).toEqual(Object.keys(pkg.dependencies).sort());
  });

  it("ships the licence of every package bundled into dist/", () => {
    expect(paths).toContain("dist/THIRD-PARTY-NOTICES");
    const notices = readFileSync(join(root, "dist/THIRD-PARTY-NOTICES"), "utf8");
    const headings = [...notices.matchAll(/^(@?[^@\s]+)@(\S+) \((.+)\)\n-+\n\n(.+)/gm)];
    const names = headings.map((m) => m[1]!);
    for (const bundled of ["chevrotain", "commander", "jsonc-parser", "picocolors", "picomatch", "tinyglobby", "yaml", "lodash-es"])
      expect(names).toContain(bundled);
    for (const [, name, version, , firstLine] of headings) {
      expect(installedVersions(name!), name).toContain(version);
      expect(firstLine!.trim(), name).not.toBe("");
    }
  });

  it("holds no empty file, no internal tooling, and no dist/ file that exports and bin do not reach", () => {
    expect(files.filter((f) => f.size === 0 || /^(?:['"]use strict['"];?)?\s*$/.test(readFileSync(join(root, f.path), "utf8")))).toEqual(
      [],
    );
    expect(paths).not.toContain("dist/tooling.js");
    const entries = Object.values(pkg.exports).flatMap((e) =>
      typeof e === "string" ? [e] : [...Object.values(e.import), ...Object.values(e.require)],
    );
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file) || !file.startsWith("dist/")) return;
      reached.add(file);
      for (const s of specifiers(readFileSync(join(root, file), "utf8"))) {
        if (!s.startsWith("./")) continue;
        const target = posix.join(posix.dirname(file), s);
        // Declarations import `./x.js` meaning `./x.d.ts` (and `.cjs` meaning `.d.cts`).
        visit(existsSync(join(root, target)) ? target : target.replace(/\.js$/, ".d.ts").replace(/\.cjs$/, ".d.cts"));
      }
    };
    for (const entry of entries) visit(posix.normalize(entry));
    // bin/hpom-lint.js loads dist/start.cjs, which compiles dist/cli.cjs, which starts dist/lint-worker.cjs and
    // loads dist/lsp.cjs (`hpom-lint lsp`) by name.
    for (const file of ["dist/start.cjs", "dist/cli.cjs", "dist/lint-worker.cjs", "dist/lsp.cjs"]) visit(file);
    expect(code.filter((p) => !reached.has(p))).toEqual([]);
  });

  it("exports the TextMate grammar and every JSON Schema, and names where it lives", () => {
    const require = createRequire(join(root, "package.json"));
    expect(require.resolve("hpom-lint/grammar/hpom.tmLanguage.json")).toBe(join(root, "grammar/hpom.tmLanguage.json"));
    for (const schema of ["pool-model", "hpom-lint-config"]) {
      expect(paths).toContain(`schema/${schema}.schema.json`);
      expect(require.resolve(`hpom-lint/schema/${schema}.schema.json`)).toBe(join(root, `schema/${schema}.schema.json`));
    }
    expect(pkg.repository).toEqual({ type: "git", url: `git+${REPOSITORY_URL}.git` });
    expect(pkg.homepage).toBe(`${REPOSITORY_URL}#readme`);
    expect(pkg.bugs).toEqual({ url: `${REPOSITORY_URL}/issues` });
  });

  it("passes publint and Are the Types Wrong? (node16 and bundler resolution)", () => {
    const out = execFileSync(process.execPath, [join(root, "scripts/check-package.mjs")], { cwd: root, encoding: "utf8" });
    expect(out).toBe("publint: ok\nattw: ok\n");
  }, 120_000);
});
