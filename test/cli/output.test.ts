/**
 * Every output format of the CLI (run in process), compared byte for byte with golden
 * files under `golden/` (only the version string is normalised), over the same
 * real inputs under `golden/inputs/`: one file with errors, warnings and infos
 * (and tabs), one with syntax errors, one clean. `UPDATE_GOLDEN=1 npx vitest run test/cli` rewrites
 * them after a deliberate change; review the diff before committing it.
 *
 * The SARIF log is also validated against the official SARIF 2.1.0 JSON Schema
 * (`schemas/sarif-schema-2.1.0.json`, see `schemas/README.md`) with ajv.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rules, SYNTAX } from "../../src/index.js";
import { expectGolden, GOLDEN, VERSION } from "./golden.js";
import { root } from "./run-cli.js";
import { runInProcess } from "./run-in-process.js";

/**
 * The working directory of every run here: a copy of the golden inputs, named
 * relative to it, made the root of a repository (machine formats name files
 * from the repository's root).
 */
const cwd = mkdtempSync(join(tmpdir(), "hpom-lint-output-"));
cpSync(join(GOLDEN, "inputs"), cwd, { recursive: true });
mkdirSync(join(cwd, ".git"));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));
const INPUTS = ["mixed/allnodes", "syntax/msgforw", "clean/allnodes"];

interface SarifLog {
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        informationUri: string;
        rules: { id: string; name: string; helpUri: string; defaultConfiguration: { level: string } }[];
      };
    };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[];
    }[];
  }[];
}

describe("output formats (golden files)", () => {
  for (const [format, golden] of [
    ["stylish", "lint.stylish.txt"],
    ["json", "lint.json"],
    ["sarif", "lint.sarif"],
    ["github", "lint.github.txt"],
  ] as const) {
    it(`--format ${format}`, async () => {
      const r = await runInProcess(["--format", format, ...INPUTS], { cwd });
      expect(r.stderr).toBe("");
      expect(r.code).toBe(1);
      expectGolden(r.stdout, golden);
    });
  }

  it("--format github past GitHub's limit: 10 annotations of a kind, then the stylish report of the rest", async () => {
    const r = await runInProcess(["--format", "github", "many/allnodes", "mixed/allnodes"], { cwd });
    expect(r.code).toBe(1);
    expectGolden(r.stdout, "github-overflow.txt");
    expect(r.stdout.match(/^::error /gm)).toHaveLength(10);
    expect(r.stdout.match(/^::warning /gm)).toHaveLength(1);
    expect(r.stdout.match(/^::notice /gm)).toHaveLength(1);
  });

  it("--format github names files from the repository's root when run in a folder below it", async () => {
    const r = await runInProcess(["--format", "github", "allnodes"], { cwd: join(cwd, "mixed") });
    expect(r.stdout).toMatch(/^::warning file=mixed\/allnodes,line=/m);
    expect(r.stdout).not.toMatch(/file=allnodes/);
  });

  it("--quiet reports errors only, in every format", async () => {
    const stylish = await runInProcess(["--quiet", "mixed/allnodes"], { cwd });
    expect(stylish.stdout).toContain("✖ 2 problems (2 errors, 0 warnings)");
    expect(stylish.stdout).not.toMatch(/warning:|info:/);
    const sarif = JSON.parse((await runInProcess(["--quiet", "--format", "sarif", "mixed/allnodes"], { cwd })).stdout) as SarifLog;
    expect(sarif.runs[0]!.results.map((x) => x.level)).toEqual(["error", "error"]);
  });

  it("colours stylish output only on request, and keeps the caret under tabs aligned", async () => {
    const plain = await runInProcess(["mixed/allnodes"], { cwd });
    expect(plain.stdout).not.toMatch(/\u001b\[/);
    // The source line's tabs are expanded, so the caret line needs none to line up.
    expect(plain.stdout).toContain('  23 |             TIMETEMPLATE "nigth"\n     |                          ^^^^^^^\n');
    expect(plain.stdout).toContain("  8 |         TIME FROM 22:00 TO 6:00\n    |         ^^^^^^^^^^^^^^^^^^^^^^^\n");
    const coloured = await runInProcess(["mixed/allnodes", "--color"], { cwd });
    expect(coloured.stdout).toMatch(/\u001b\[31m\^+/);
  });
});

describe("--format sarif", () => {
  let log: SarifLog;
  let raw: unknown;
  beforeAll(async () => {
    const r = await runInProcess(["--format", "sarif", ...INPUTS], { cwd });
    raw = JSON.parse(r.stdout);
    log = raw as SarifLog;
  });

  it("validates against the official SARIF 2.1.0 JSON Schema", () => {
    const schema = JSON.parse(readFileSync(join(__dirname, "schemas/sarif-schema-2.1.0.json"), "utf8")) as object;
    const ajv = new Ajv({ allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const valid = validate(raw);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // The validator does reject what the schema forbids (it is not vacuous).
    const broken = structuredClone(raw) as SarifLog;
    broken.runs[0]!.results[0]!.level = "fatal";
    expect(validate(broken)).toBe(false);
  });

  it("declares every rule and syntax code with its metadata", () => {
    const driver = log.runs[0]!.tool.driver;
    expect(driver).toMatchObject({ name: "hpom-lint", version: VERSION, informationUri: expect.stringMatching(/^https:\/\//) });
    const codes = [...Object.values(SYNTAX).map((s) => s.code), ...rules.map((r) => r.code)].sort();
    expect(driver.rules.map((r) => r.id)).toEqual(codes);
    const hp2001 = driver.rules.find((r) => r.id === "HP2001")!;
    expect(hp2001).toMatchObject({
      name: "undefined-time-template",
      shortDescription: { text: rules.find((r) => r.code === "HP2001")!.description },
      helpUri: expect.stringMatching(new RegExp(`/blob/v${VERSION.replace(/\./g, "\\.")}/docs/rules/HP2001\\.md$`)),
      defaultConfiguration: { level: "error" },
    });
    expect(driver.rules.find((r) => r.id === "HP2007")!.defaultConfiguration.level).toBe("note");
    expect(driver.rules.find((r) => r.id === "HP1003")!.helpUri).toMatch(/\/docs\/rules\/syntax\.md#hp1003-unexpected-token$/);
  });

  it("gives results rule indexes, repo-relative forward-slash URIs and 1-based regions", () => {
    const { results, tool } = log.runs[0]!;
    for (const result of results) expect(tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
    expect(results.map((x) => x.locations[0]!.physicalLocation.artifactLocation)).toContainEqual({
      uri: "syntax/msgforw",
      uriBaseId: "%SRCROOT%",
    });
    const first = results[0]!.locations[0]!.physicalLocation.region;
    expect(first).toEqual({ startLine: 3, startColumn: 16, endLine: 3, endColumn: 23 });
  });

  it("names a file from the repository's root when run in a folder below it", async () => {
    const r = await runInProcess(["--format", "sarif", "allnodes", "../syntax/msgforw"], { cwd: join(cwd, "mixed") });
    const below = JSON.parse(r.stdout) as SarifLog;
    const uris = new Set(below.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri));
    expect([...uris]).toEqual(["mixed/allnodes", "syntax/msgforw"]);
  });

  it("names a file outside the repository by an absolute file: URI", async () => {
    const r = await runInProcess(["--format", "sarif", join(root, "test/cli/fixtures/rules/allnodes")], { cwd });
    const outside = JSON.parse(r.stdout) as SarifLog;
    const location = outside.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation;
    expect(location).toEqual({ uri: pathToFileURL(join(root, "test/cli/fixtures/rules/allnodes")).href });
  });
});
