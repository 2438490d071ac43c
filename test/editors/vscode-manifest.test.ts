/**
 * The VS Code extension (editors/vscode) as vsce packages it: its package.json has what vsce and
 * the Marketplace require, the hpom language covers exactly the files hpom-lint reads as
 * flexible-management syntax, and every file the manifest points at is built and packaged.
 * Builds the extension (editors/vscode/scripts/build.mjs, which needs the root build) and lists the
 * package with vsce itself; packaging the .vsix is `npm run package:vscode`, outside the suite.
 */
import { execFileSync } from "node:child_process";
import { builtinModules } from "node:module";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, posix, resolve } from "node:path";
import picomatch from "picomatch";
import { beforeAll, describe, expect, it } from "vitest";
import { FLEXIBLE_FILE_NAMES, isFlexibleManagementName, SAMPLE_FILE_NAMES, SAMPLE_FOLDER_NAMES } from "../../src/files/file-kind.js";

const root = resolve(__dirname, "../..");
const extension = join(root, "editors/vscode");

interface Language {
  id: string;
  filenames: string[];
  filenamePatterns?: string[];
  configuration?: string;
}
interface Manifest {
  name: string;
  publisher: string;
  version: string;
  license: string;
  repository: { type: string; url: string };
  engines: { vscode: string };
  main: string;
  icon?: string;
  activationEvents: string[];
  files: string[];
  devDependencies: Record<string, string>;
  contributes: {
    languages: Language[];
    grammars: { language: string; scopeName: string; path: string }[];
    yamlValidation: { fileMatch: string[]; url: string }[];
    jsonValidation: { fileMatch: string | string[]; url: string }[];
    configuration: { properties: Record<string, unknown> };
  };
}

const readJson = <T>(path: string) => JSON.parse(readFileSync(path, "utf8")) as T;
const manifest = readJson<Manifest>(join(extension, "package.json"));
const hpom = manifest.contributes.languages.find((language) => language.id === "hpom")!;

/**
 * Whether VS Code opens `path` as hpom, matched as VS Code matches languages to files
 * (src/vs/editor/common/services/languagesAssociations.ts): names and patterns lower-cased, a
 * pattern with a `/` against the whole path and any other against the file name.
 */
function opensAsHpom(path: string): boolean {
  const lower = path.toLowerCase();
  const name = posix.basename(lower);
  if (hpom.filenames.some((filename) => filename.toLowerCase() === name)) return true;
  return (hpom.filenamePatterns ?? []).some((pattern) =>
    picomatch(pattern.toLowerCase(), { dot: true })(pattern.includes("/") ? lower : name),
  );
}

/** The files `vsce ls` would package, as vsce reads the manifest (it exits non-zero on one it rejects). */
function packagedFiles(): string[] {
  const vsce = join(root, "node_modules/@vscode/vsce/vsce");
  const out = execFileSync(process.execPath, [vsce, "ls", "--no-dependencies"], {
    cwd: extension,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  return out.split("\n").filter((line) => line !== "");
}

describe("the VS Code extension's language", () => {
  it("is named hpom, with hpom-lint's own list of file names", () => {
    expect(hpom.filenames).toEqual([...FLEXIBLE_FILE_NAMES]);
  });

  it("reads .hpom-lint.json as JSON with comments, as hpom-lint does", () => {
    expect(manifest.contributes.languages).toContainEqual({ id: "jsonc", filenames: [".hpom-lint.json"] });
  });

  it("covers exactly the files hpom-lint reads as flexible-management syntax", () => {
    const probes = [
      ...FLEXIBLE_FILE_NAMES.map((name) => `/srv/respmgrs/${name}`),
      "/srv/respmgrs/bbc_inst_defaults",
      "/srv/respmgrs/allnodes.orig",
      "/srv/respmgrs/my-msgforw",
      "/srv/respmgrs/c0a80a05",
      "/srv/respmgrs/C0A80A05",
      "/srv/respmgrs/0a0B0c0D",
      "/srv/respmgrs/c0a80a0",
      "/srv/respmgrs/c0a80a05f",
      "/srv/respmgrs/g0a80a05",
      "/srv/respmgrs/c0a80a05.bak",
      ...SAMPLE_FOLDER_NAMES.flatMap((folder) => [...SAMPLE_FILE_NAMES, "c0a80a05", "readme"].map((name) => `/opt/OV/${folder}/${name}`)),
      ...SAMPLE_FILE_NAMES.map((name) => `/srv/respmgrs/${name}`),
      ...SAMPLE_FILE_NAMES.map((name) => `/srv/tmpl_respmgrs.old/${name}`),
    ];
    const disagreeing = probes.filter((path) => opensAsHpom(path) !== isFlexibleManagementName(path));
    expect(disagreeing).toEqual([]);
    expect(probes.filter(opensAsHpom).length).toBeGreaterThan(10);
    expect(probes.filter((path) => !opensAsHpom(path)).length).toBeGreaterThan(10);
  });
});

describe("the VS Code extension's package.json", () => {
  it("has what vsce and the Marketplace require", () => {
    const root_ = readJson<{ version: string; license: string; repository: { url: string } }>(join(root, "package.json"));
    expect(manifest.name).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    expect(manifest.publisher).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    expect(manifest.version).toBe(root_.version);
    expect(manifest.license).toBe(root_.license);
    expect(manifest.repository.url).toBe(root_.repository.url);
    expect(manifest.main).toBe("./out/extension.js");
    expect(manifest.activationEvents).toEqual(["workspaceContains:**/.hpom-lint.json"]);
    expect(manifest.icon).toBeUndefined();
  });

  it("asks for the VS Code that its language client and its API types need, no older and no newer", () => {
    const client = readJson<{ engines: { vscode: string } }>(join(root, "node_modules/vscode-languageclient/package.json"));
    const types = readJson<{ version: string }>(join(root, "node_modules/@types/vscode/package.json"));
    expect(manifest.engines.vscode).toBe(client.engines.vscode);
    // vsce refuses API types newer than engines.vscode: the extension could call what that VS Code lacks.
    expect(`^${types.version}`).toBe(manifest.engines.vscode);
    expect(manifest.devDependencies["@types/vscode"]).toBe(`~${types.version}`);
  });

  it("names settings only under hpomLint, with the client's trace setting", () => {
    const settings = Object.keys(manifest.contributes.configuration.properties);
    expect(settings.every((key) => key.startsWith("hpomLint."))).toBe(true);
    expect(settings).toContain("hpomLint.trace.server");
    expect(settings).toContain("hpomLint.server.path");
  });
});

describe("the built extension", () => {
  let packaged: string[];

  beforeAll(() => {
    // Fails, saying so, when the language's file lists differ from src/files/file-kind.ts.
    execFileSync(process.execPath, [join(extension, "scripts/build.mjs")], { cwd: extension, stdio: ["ignore", "pipe", "pipe"] });
    packaged = packagedFiles();
  }, 120_000);

  it("packages every file the manifest points at", () => {
    const { contributes } = manifest;
    const pointedAt = [
      manifest.main,
      ...contributes.languages.flatMap((language) => language.configuration ?? []),
      ...contributes.grammars.map((grammar) => grammar.path),
      ...contributes.yamlValidation.map((validation) => validation.url),
      ...contributes.jsonValidation.map((validation) => validation.url),
    ].map((path) => posix.normalize(path));
    expect(pointedAt.filter((path) => !packaged.includes(path))).toEqual([]);
    expect(packaged).toEqual(expect.arrayContaining(["package.json", "README.md", "LICENSE", "out/THIRD-PARTY-NOTICES"]));
  });

  it("ships the repository's grammar and schemas unchanged, for the language the grammar names", () => {
    for (const path of ["grammar/hpom.tmLanguage.json", "schema/pool-model.schema.json", "schema/hpom-lint-config.schema.json"]) {
      expect(readFileSync(join(extension, "out", path), "utf8"), path).toBe(readFileSync(join(root, path), "utf8"));
    }
    const grammar = readJson<{ scopeName: string }>(join(root, "grammar/hpom.tmLanguage.json"));
    expect(manifest.contributes.grammars).toEqual([
      { language: "hpom", scopeName: grammar.scopeName, path: "./out/grammar/hpom.tmLanguage.json" },
    ]);
  });

  it("ships hpom-lint itself, which runs on its own", () => {
    const server = join(extension, "out/server");
    const { version, bin } = readJson<{ version: string; bin: Record<string, string> }>(join(server, "package.json"));
    const script = posix.normalize(`out/server/${bin["hpom-lint"]}`);
    expect(packaged).toContain(script);
    expect(existsSync(join(server, "node_modules"))).toBe(false);
    expect(execFileSync(process.execPath, [join(extension, script), "--version"], { encoding: "utf8" })).toContain(version);
    expect(readdirSync(join(server, "dist"))).not.toContain("tooling.js");
  });

  it("bundles everything but the vscode module into one file", () => {
    const code = readFileSync(join(extension, "out/extension.js"), "utf8");
    const required = [...code.matchAll(/\brequire\(\s*(["'])([^"']+)\1\s*\)/g)].map((match) => match[2]!);
    const outside = required.filter((name) => name !== "vscode" && !name.startsWith("node:") && !builtinModules.includes(name));
    expect(required).toContain("vscode");
    expect(outside).toEqual([]);
  });
});
