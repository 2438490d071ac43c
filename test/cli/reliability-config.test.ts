/**
 * Small ones of issue #12 (items 3 and 10): `generate` names an unknown
 * option, a huge `ignore` glob is a configuration error naming the file, and
 * a glob of many slashes compiles in linear time.
 */
import { describe, expect, it } from "vitest";
import { compileGlobs, MAX_GLOB_LENGTH } from "../../src/cli/config/glob.js";
import { runInProcess } from "./run-in-process.js";
import { workspace } from "./workspace.js";
import { LINEAR, linearGrowthAsync } from "../scaling.js";

const CLEAN =
  'TIMETEMPLATES\n  TIMETEMPLATE "night"\n    DESCRIPTION "night shift"\n    TIMETMPLCONDS\n      TIMETMPLCOND\n        TIMECONDTYPE Match\n        TIME FROM 1:00 TO 6:00\nRESPMGRCONFIGS\n';

describe("generate's options", () => {
  const dir = workspace({ "pool.yaml": "version: 1\npools: []\n" });

  it("an unknown option before the model is named", async () => {
    const r = await runInProcess(["generate", "--nope", "x.yaml"], { cwd: dir });
    expect(r).toEqual({ code: 2, stdout: "", stderr: "hpom-lint: unknown option '--nope'\n" });
  });

  it("a missing --out is still named", async () => {
    const r = await runInProcess(["generate", "pool.yaml"], { cwd: dir });
    expect(r).toEqual({ code: 2, stdout: "", stderr: "hpom-lint: required option '--out <dir>' not specified\n" });
  });
});

describe("a huge ignore glob", () => {
  it("is an exit-2 error naming the configuration file, in one short line", async () => {
    const dir = workspace({ ".hpom-lint.json": JSON.stringify({ ignore: [`a${"/".repeat(70_000)}b`] }), allnodes: CLEAN });
    const r = await runInProcess(["allnodes"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`hpom-lint: .hpom-lint.json: ignore: a glob of 70002 characters; at most ${MAX_GLOB_LENGTH} are allowed\n`);
  });

  it("in an override, too", async () => {
    const dir = workspace({ "cfg.json": JSON.stringify({ overrides: [{ files: ["*".repeat(5000)], rules: {} }] }), allnodes: CLEAN });
    const r = await runInProcess(["--config", "cfg.json", "allnodes"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^hpom-lint: cfg\.json: [^\n]{0,200}a glob of 5000 characters[^\n]*\n$/);
  });
});

describe("time", () => {
  const slashes = (n: number) => [`a${"/".repeat(n)}b`];

  it("an ignore glob of N slashes compiles in linear time", async () => {
    expect(await linearGrowthAsync(1_000, slashes, (globs) => compileGlobs(globs))).toBeLessThan(LINEAR);
  });

  it("a glob just under the limit compiles and matches", async () => {
    const test = await compileGlobs([`a${"/".repeat(MAX_GLOB_LENGTH - 2)}b`, "archive///"]);
    expect(test("a/b")).toBe(false);
    expect(test("archive/allnodes")).toBe(true);
  });

  it("a glob over the limit is refused at once, whatever its length", async () => {
    await expect(compileGlobs(slashes(1_000_000))).rejects.toThrow(/a glob of 1000002 characters/);
    expect(await linearGrowthAsync(250_000, slashes, (globs) => compileGlobs(globs).catch(() => undefined))).toBeLessThan(LINEAR);
  });
});
