/**
 * Small ones of issue #12 (items 3 and 10): `generate` names an unknown
 * option, a huge `ignore` glob is a configuration error naming the file, and
 * a glob of many slashes compiles in linear time.
 */
import { describe, expect, it } from "vitest";
import { compileGlobs, MAX_GLOB_LENGTH } from "../../src/cli/config/glob.js";
import { runIn } from "./memory-io.js";
import { workspace } from "./workspace.js";

const CLEAN = 'TIMETEMPLATES\n  TIMETEMPLATE "night"\n    DESCRIPTION "night shift"\n    TIMETMPLCONDS\n      TIMETMPLCOND\n        TIMECONDTYPE Match\n        TIME FROM 1:00 TO 6:00\nRESPMGRCONFIGS\n';

describe("generate's options", () => {
  const dir = workspace({ "pool.yaml": "version: 1\npools: []\n" });

  it("an unknown option before the model is named", async () => {
    const r = await runIn(dir, ["generate", "--nope", "x.yaml"]);
    expect(r).toEqual({ code: 2, stdout: "", stderr: "hpom-lint: unknown option '--nope'\n" });
  });

  it("a missing --out is still named", async () => {
    const r = await runIn(dir, ["generate", "pool.yaml"]);
    expect(r).toEqual({ code: 2, stdout: "", stderr: "hpom-lint: required option '--out <dir>' not specified\n" });
  });
});

describe("a huge ignore glob", () => {
  it("is an exit-2 error naming the configuration file, in one short line", async () => {
    const dir = workspace({ ".hpom-lint.json": JSON.stringify({ ignore: [`a${"/".repeat(70_000)}b`] }), allnodes: CLEAN });
    const r = await runIn(dir, ["allnodes"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`hpom-lint: .hpom-lint.json: ignore: a glob of 70002 characters; at most ${MAX_GLOB_LENGTH} are allowed\n`);
  });

  it("in an override, too", async () => {
    const dir = workspace({ "cfg.json": JSON.stringify({ overrides: [{ files: ["*".repeat(5000)], rules: {} }] }), allnodes: CLEAN });
    const r = await runIn(dir, ["--config", "cfg.json", "allnodes"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^hpom-lint: cfg\.json: [^\n]{0,200}a glob of 5000 characters[^\n]*\n$/);
  });
});

describe("time", () => {
  /** Milliseconds for a run whose configuration ignores `a` + `/` × n + `b` (best of 3). */
  async function timeOf(n: number): Promise<number> {
    const dir = workspace({ ".hpom-lint.json": JSON.stringify({ ignore: [`a${"/".repeat(n)}b`] }), allnodes: CLEAN });
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      await runIn(dir, ["allnodes"]);
      best = Math.min(best, performance.now() - start);
    }
    return best;
  }

  it("an ignore glob of N slashes is answered in linear time", async () => {
    await timeOf(100);
    const small = await timeOf(12_500);
    const large = await timeOf(50_000);
    // Quadratic would be 16 times as long (the old trimming of trailing slashes took 4.7 s at 50,000); the floor keeps timer noise out.
    expect(large).toBeLessThan(8 * small + 50);
  });

  it("a glob just under the limit compiles and matches", async () => {
    const test = await compileGlobs([`a${"/".repeat(MAX_GLOB_LENGTH - 2)}b`, "archive///"]);
    expect(test("a/b")).toBe(false);
    expect(test("archive/allnodes")).toBe(true);
  });

  it("a glob over the limit is refused at once, whatever its length", async () => {
    const start = performance.now();
    await expect(compileGlobs([`a${"/".repeat(1_000_000)}b`])).rejects.toThrow(/a glob of 1000002 characters/);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
