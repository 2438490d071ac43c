/**
 * Configuration end to end: the CLI run in process in temporary
 * folders holding real config files — discovery, `--config`, `ignore`,
 * `overrides`, `--rule`, invalid configs, `--init` and `--print-config`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { STARTER_CONFIG } from "../../src/cli/commands/init.js";
import { fixtures } from "./run-cli.js";
import { runInProcess } from "./run-in-process.js";
import { workspace } from "./workspace.js";

/** Lints with HP2003 (unused, warning), HP2005 (wraps, error) at 7:9 and HP2001 (undefined, error). */
const RULES = readFileSync(join(fixtures, "rules/allnodes"), "utf8");
const UNFORMATTED = readFileSync(join(fixtures, "fmt/allnodes"), "utf8");
const json = (value: unknown) => JSON.stringify(value, null, 2);

interface Report {
  filename: string;
  diagnostics: { code: string; severity: string }[];
}

/** `file: CODE/severity …` for each file of a JSON report. */
function summary(stdout: string): string[] {
  return (JSON.parse(stdout) as { files: Report[] }).files.map(
    (r) => `${r.filename}: ${r.diagnostics.map((d) => `${d.code}/${d.severity}`).join(" ")}`,
  );
}

describe("configuration file discovery", () => {
  const config = {
    rules: { HP2003: "off" },
    ignore: ["archive"],
    overrides: [{ files: ["live/**"], rules: { "time-range-wraps": "warning" } }],
  };

  it("finds .hpom-lint.json in the working directory and applies rules, ignore and overrides", async () => {
    const dir = workspace({ ".hpom-lint.json": json(config), "live/allnodes": RULES, "archive/allnodes": RULES, "other/allnodes": RULES });
    const r = await runInProcess([".", "--format", "json"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expect(summary(r.stdout)).toEqual(["live/allnodes: HP2005/warning HP2001/error", "other/allnodes: HP2005/error HP2001/error"]);
  });

  it("searches upward from the working directory; globs stay relative to the config's folder", async () => {
    const dir = workspace({
      ".hpom-lint.json": json(config),
      "live/sub/allnodes": RULES,
      "archive/allnodes": RULES,
      "live/package.json": '{"name":"no-config-here"}',
    });
    const r = await runInProcess([".", "--format", "json"], { cwd: join(dir, "live") });
    expect(summary(r.stdout)).toEqual(["sub/allnodes: HP2005/warning HP2001/error"]);
    const ignored = await runInProcess(["allnodes"], { cwd: join(dir, "archive") });
    expect(ignored).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("skips ignored files even when named on the command line (as pre-commit does)", async () => {
    const dir = workspace({ ".hpom-lint.json": json(config), "archive/allnodes": RULES });
    expect(await runInProcess(["archive/allnodes"], { cwd: dir })).toEqual({ code: 0, stdout: "", stderr: "" });
    const r = await runInProcess(["archive/allnodes", "--format", "json"], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(r.stdout)).toMatchObject({ version: 1, files: [] });
  });

  it("reads the hpom-lint key of package.json; .hpom-lint.json beside it wins", async () => {
    const dir = workspace({
      "package.json": json({ name: "ops", "hpom-lint": { rules: { "unused-time-template": "off", HP2001: "warning" } } }),
      allnodes: RULES,
    });
    expect(summary((await runInProcess(["allnodes", "--format", "json"], { cwd: dir })).stdout)).toEqual([
      "allnodes: HP2005/error HP2001/warning",
    ]);
    writeFileSync(join(dir, ".hpom-lint.json"), json({ rules: { HP2005: "off" } }));
    expect(summary((await runInProcess(["allnodes", "--format", "json"], { cwd: dir })).stdout)).toEqual([
      "allnodes: HP2003/warning HP2001/error",
    ]);
  });

  it("uses the file given with --config instead of searching (a package.json for its key)", async () => {
    const dir = workspace({
      ".hpom-lint.json": json({ rules: { HP2003: "off" } }),
      "ci/strict.json": json({ rules: { HP2003: "error" } }),
      "ci/package.json": json({ name: "ci", "hpom-lint": { rules: { HP2003: "info" } } }),
      allnodes: RULES,
    });
    const strict = await runInProcess(["allnodes", "--config", "ci/strict.json", "--format", "json"], { cwd: dir });
    expect(summary(strict.stdout)).toEqual(["allnodes: HP2003/error HP2005/error HP2001/error"]);
    const pkg = await runInProcess(["allnodes", "-c", "ci/package.json", "--format", "json"], { cwd: dir });
    expect(summary(pkg.stdout)).toEqual(["allnodes: HP2003/info HP2005/error HP2001/error"]);
    expect(await runInProcess(["allnodes", "--config", "missing.json"], { cwd: dir })).toEqual({
      code: 2,
      stdout: "",
      stderr: "hpom-lint: --config missing.json: no such file\n",
    });
  });

  it("--rule goes over the config file and its overrides, by code or alias", async () => {
    const dir = workspace({ ".hpom-lint.json": json(config), "live/allnodes": RULES });
    const r = await runInProcess(
      ["live", "--rule", "hp2003=info", "--rule", "time-range-wraps=off", "--rule", "HP2001=warning", "--format", "json"],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    expect(summary(r.stdout)).toEqual(["live/allnodes: HP2003/info HP2001/warning"]);
  });

  it("applies overrides to standard input named by --stdin-filename", async () => {
    const dir = workspace({ ".hpom-lint.json": json(config) });
    const r = await runInProcess(["-", "--stdin-filename", "live/allnodes", "--format", "json"], { cwd: dir, input: RULES });
    expect(summary(r.stdout)).toEqual(["live/allnodes: HP2005/warning HP2001/error"]);
  });

  it("fmt skips the ignored files too", async () => {
    const dir = workspace({
      ".hpom-lint.json": json({ ignore: ["archive/**"] }),
      "archive/allnodes": UNFORMATTED,
      "live/allnodes": UNFORMATTED,
    });
    expect(await runInProcess(["fmt", "--check", "."], { cwd: dir })).toEqual({ code: 1, stdout: "live/allnodes\n", stderr: "" });
  });
});

describe("invalid configuration: exit 2, one line naming the file and what is wrong", () => {
  it.each([
    [
      "an unknown key",
      { ".hpom-lint.json": json({ rule: { HP2003: "off" } }) },
      '.hpom-lint.json: unknown key "rule" (did you mean "rules"?)',
    ],
    ["an unknown rule", { ".hpom-lint.json": json({ rules: { HP9999: "off" } }) }, '.hpom-lint.json: rules: unknown rule "HP9999"'],
    [
      "a misspelt rule in an override",
      { ".hpom-lint.json": json({ overrides: [{ files: ["x"], rules: { "unused-time-tempate": "off" } }] }) },
      '.hpom-lint.json: overrides[0].rules: unknown rule "unused-time-tempate" (did you mean "unused-time-template"?)',
    ],
    [
      "an invalid level",
      { ".hpom-lint.json": json({ rules: { HP2003: "of" } }) },
      '.hpom-lint.json: rules.HP2003: level must be "off", "info", "warning" or "error", not "of"',
    ],
    [
      "a syntax code turned off",
      { ".hpom-lint.json": json({ rules: { "keyword-case": "off" } }) },
      '.hpom-lint.json: rules.keyword-case: HP1006 (keyword-case) is a syntax error and cannot be turned off; it can be re-levelled to "warning" or "info"',
    ],
    [
      "a rule named by its code and its alias",
      { ".hpom-lint.json": json({ rules: { HP2003: "off", "unused-time-template": "error" } }) },
      '.hpom-lint.json: rules: "unused-time-template" names HP2003 (unused-time-template) again, after "HP2003"; keep one',
    ],
    [
      "a rule named twice in an override of package.json",
      {
        "package.json": json({
          name: "x",
          "hpom-lint": { overrides: [{ files: ["x"], rules: { "unused-time-template": "off", HP2003: "info" } }] },
        }),
      },
      'package.json: hpom-lint.overrides[0].rules: "HP2003" names HP2003 (unused-time-template) again, after "unused-time-template"; keep one',
    ],
    [
      "a value of the wrong type",
      { ".hpom-lint.json": json({ ignore: "archive" }) },
      ".hpom-lint.json: ignore: expected an array, found a string",
    ],
    [
      "an override without rules",
      { ".hpom-lint.json": json({ overrides: [{ files: ["archive/**"] }] }) },
      ".hpom-lint.json: overrides[0].rules: missing: expected an object",
    ],
    [
      "a JSON syntax error",
      { ".hpom-lint.json": '{\n  "rules": {\n    "HP2003": "off",\n  }\n  "ignore": []\n}\n' },
      '.hpom-lint.json:5:3: invalid JSON: expected ",", found "ignore"',
    ],
    [
      "a comment never closed",
      { ".hpom-lint.json": '{\n  /* strict for CI\n  "rules": {}\n}\n' },
      ".hpom-lint.json:2:3: invalid JSON: comments are not allowed in JSON",
    ],
    ["an empty file", { ".hpom-lint.json": "" }, ".hpom-lint.json:1:1: invalid JSON: expected a value, found end of file"],
    [
      "an invalid package.json key",
      { "package.json": json({ name: "x", "hpom-lint": { rules: { hp2003: "off" } } }) },
      'package.json: hpom-lint.rules: unknown rule "hp2003" (did you mean "HP2003"?)',
    ],
    [
      "a package.json that is not JSON",
      { "package.json": '{ "name": "x" ' },
      'package.json:1:15: invalid JSON: expected "," or "}", found end of file',
    ],
  ])("%s", async (_, files, message) => {
    const dir = workspace({ ...files, allnodes: RULES });
    const r = await runInProcess(["allnodes"], { cwd: dir });
    expect(r).toEqual({ code: 2, stdout: "", stderr: `hpom-lint: ${message}\n` });
  });

  it("names the file relative to the working directory when it was found above it", async () => {
    const dir = workspace({ ".hpom-lint.json": json({ rules: { HP9999: "off" } }), "sub/allnodes": RULES });
    const r = await runInProcess(["allnodes"], { cwd: join(dir, "sub") });
    expect(r.stderr).toBe('hpom-lint: ../.hpom-lint.json: rules: unknown rule "HP9999"\n');
  });

  it("rejects an invalid --rule as a usage error", async () => {
    for (const [flag, message] of [
      ["nope=off", 'unknown rule "nope"'],
      ["HP2003", "expected <code>=<off|info|warning|error>"],
      ["HP2003=loud", 'level must be off, info, warning, error, not "loud"'],
      ["HP1001=off", "HP1001 (invalid-character) is a syntax error and cannot be turned off"],
    ]) {
      const r = await runInProcess(["allnodes", "--rule", flag!]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
    }
  });
});

describe("--init", () => {
  it("writes a starter .hpom-lint.json that is valid and changes nothing", async () => {
    const dir = workspace({ allnodes: RULES });
    const before = await runInProcess(["allnodes", "--format", "json"], { cwd: dir });
    const r = await runInProcess(["--init"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Created .hpom-lint.json");
    expect(JSON.parse(readFileSync(join(dir, ".hpom-lint.json"), "utf8"))).toEqual(STARTER_CONFIG);
    const after = await runInProcess(["allnodes", "--format", "json"], { cwd: dir });
    expect(after).toEqual(before);
    expect(JSON.parse((await runInProcess(["--print-config", "allnodes"], { cwd: dir })).stdout).configFile).toBe(".hpom-lint.json");
  });

  it("refuses to overwrite an existing file, or to shadow a package.json key", async () => {
    const mine = json({ rules: { HP2003: "off" } });
    const dir = workspace({ ".hpom-lint.json": mine });
    expect(await runInProcess(["--init"], { cwd: dir })).toEqual({
      code: 2,
      stdout: "",
      stderr: "hpom-lint: .hpom-lint.json already exists; not overwritten\n",
    });
    expect(readFileSync(join(dir, ".hpom-lint.json"), "utf8")).toBe(mine);
    const pkg = workspace({ "package.json": json({ name: "x", "hpom-lint": {} }) });
    const shadow = await runInProcess(["--init"], { cwd: pkg });
    expect(shadow.code).toBe(2);
    expect(shadow.stderr).toContain('package.json already has an "hpom-lint" key');
  });

  it("takes no paths", async () => {
    const r = await runInProcess(["--init", "allnodes"], { cwd: workspace({}) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--init takes no paths");
  });
});

describe("--print-config", () => {
  const config = {
    pool: "model/pools.yaml",
    rules: { HP2003: "off", "time-range-wraps": "warning" },
    ignore: ["archive"],
    overrides: [
      { files: ["**/msgforw"], rules: { "missing-description": "off" } },
      { files: ["core/**"], rules: { HP2003: "error" } },
    ],
  };

  it("prints the effective configuration of a file, which need not exist", async () => {
    const dir = workspace({ "ops/.hpom-lint.json": json(config) });
    const r = await runInProcess(["--print-config", "core/msgforw"], { cwd: join(dir, "ops") });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const printed = JSON.parse(r.stdout) as Record<string, unknown> & { rules: Record<string, string> };
    expect(Object.keys(printed)).toEqual(["file", "configFile", "ignored", "pool", "server", "dialect", "overrides", "rules"]);
    expect(printed).toMatchObject({
      file: "core/msgforw",
      configFile: ".hpom-lint.json",
      ignored: false,
      pool: "model/pools.yaml",
      server: null,
      overrides: [
        { index: 0, files: ["**/msgforw"] },
        { index: 1, files: ["core/**"] },
      ],
    });
    expect(printed.rules).toMatchObject({ HP2001: "error", HP2003: "error", HP2005: "warning", HP2023: "off", HP1006: "error" });
  });

  it("resolves pool relative to the config's folder; --pool, --server and --rule go over it", async () => {
    const dir = workspace({ "ops/.hpom-lint.json": json(config), "ops/live/.keep": "" });
    const cwd = join(dir, "ops/live");
    const found = JSON.parse((await runInProcess(["--print-config", "archive/allnodes"], { cwd })).stdout) as Record<string, unknown>;
    expect(found).toMatchObject({
      file: "archive/allnodes",
      configFile: "../.hpom-lint.json",
      ignored: false,
      pool: "../model/pools.yaml",
      overrides: [],
    });
    const flags = await runInProcess(
      ["--print-config", "x/allnodes", "--pool", "p.yaml", "--server", "om1.example.com", "--rule", "HP2003=info"],
      { cwd },
    );
    expect(JSON.parse(flags.stdout)).toMatchObject({ pool: "p.yaml", server: "om1.example.com", rules: { HP2003: "info" } });
    const ignored = JSON.parse((await runInProcess(["--print-config", "../archive/old/allnodes"], { cwd })).stdout) as Record<
      string,
      unknown
    >;
    expect(ignored.ignored).toBe(true);
  });

  it("says when no configuration file applies", async () => {
    const printed = JSON.parse((await runInProcess(["--print-config", "allnodes"], { cwd: workspace({}) })).stdout) as Record<
      string,
      unknown
    >;
    expect(printed).toMatchObject({ configFile: null, pool: null, overrides: [] });
  });
});
