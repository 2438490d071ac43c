/**
 * The compile cache the bin loads the CLI through (src/cli/start/compile-cache.ts): a run
 * with a cache gives exactly what a run without one gives, whatever state the
 * cache is in — missing, fresh, corrupt, in a folder that cannot be written or
 * that others could write — and never prints a word about it.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cacheDirectory, runKind } from "../../src/cli/start/compile-cache.js";
import { requireBuild, run, type Result } from "./run-cli.js";

beforeAll(requireBuild);

/** Runs that exercise different parts of the CLI: a report with findings, the worker threads, and --version. */
const RUNS: string[][] = [["rules/allnodes"], ["--concurrency", "2", "allnodes", "rules/allnodes", "broken/msgforw"], ["--version"]];

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), "hpom-lint-cache-test-"));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

/** The CLI's cache folder when its temporary folder is `dir` (TMPDIR, which os.tmpdir() reads). */
function cacheIn(dir: string): string {
  return join(dir, `hpom-lint-compile-cache-${process.getuid?.() ?? "user"}`);
}

async function runAll(env: Record<string, string>): Promise<Result[]> {
  const results: Result[] = [];
  for (const args of RUNS) results.push(await run(args, { env }));
  return results;
}

/** What the runs print without a cache: what every run with one must print. The same for every test, so made once. */
let uncached: Result[];
beforeAll(async () => {
  uncached = await runAll({ HPOM_LINT_NO_COMPILE_CACHE: "1" });
});

describe("the compile cache", () => {
  it("gives the same output as no cache, on the run that writes it and on the runs that use it", async () => {
    expect(uncached[0]!.code).toBe(1);
    expect(uncached[0]!.stdout).toContain("HP2001");
    const env = { TMPDIR: tmp };
    expect(await runAll(env)).toEqual(uncached);
    const files = readdirSync(cacheIn(tmp)).filter((f) => f.endsWith(".bin"));
    expect(files.length).toBeGreaterThan(0);
    expect(await runAll(env)).toEqual(uncached);
    // Used, not rewritten: nothing new appeared and no temporary file was left behind.
    expect(readdirSync(cacheIn(tmp)).sort()).toEqual(files.sort());
  });

  it("is neither read nor written with HPOM_LINT_NO_COMPILE_CACHE=1", async () => {
    await runAll({ TMPDIR: tmp, HPOM_LINT_NO_COMPILE_CACHE: "1" });
    expect(existsSync(cacheIn(tmp))).toBe(false);
  });

  it("is skipped silently when its folder cannot be created", async () => {
    // A temporary folder below a plain file: no one, root included, can create anything there.
    writeFileSync(join(tmp, "file"), "");
    const env = { TMPDIR: join(tmp, "file", "below") };
    expect(await runAll(env)).toEqual(uncached);
    expect(await runAll(env)).toEqual(uncached);
  });

  it("is never read or written in a folder that others can write", async () => {
    const dir = cacheIn(tmp);
    mkdirSync(dir);
    chmodSync(dir, 0o777);
    expect(await runAll({ TMPDIR: tmp })).toEqual(uncached);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("is rejected and rewritten when its data is corrupt, without a crash or a word", async () => {
    const env = { TMPDIR: tmp };
    await runAll(env);
    const dir = cacheIn(tmp);
    const files = readdirSync(dir).filter((f) => f.endsWith(".bin"));
    for (const name of files) {
      // Same length, same key line, the V8 data scrambled from its middle on.
      const data = readFileSync(join(dir, name));
      for (let i = data.length >> 1; i < data.length; i++) data[i] = (data[i]! * 31 + 7) & 0xff;
      writeFileSync(join(dir, name), data);
    }
    const corrupt = Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f))]));
    expect(await runAll(env)).toEqual(uncached);
    for (const name of files) expect(readFileSync(join(dir, name)).equals(corrupt[name]!)).toBe(false);
    expect(await runAll(env)).toEqual(uncached);
  });
});

describe("runKind", () => {
  it("tells --version and --help apart from each command, lint being the default", () => {
    expect(runKind(["--version"])).toBe("info");
    expect(runKind(["fmt", "--help"])).toBe("info");
    expect(runKind(["fmt", "--check", "."])).toBe("fmt");
    expect(runKind(["rules"])).toBe("rules");
    expect(runKind(["generate", "pools.yaml", "--out", "x"])).toBe("generate");
    expect(runKind(["route", "estate", "--node", "n", "--at", "2026-12-08T10:00Z"])).toBe("route");
    expect(runKind(["--format", "json", "allnodes"])).toBe("lint");
    expect(runKind([])).toBe("lint");
  });
});

describe("cacheDirectory", () => {
  it("is turned off by HPOM_LINT_NO_COMPILE_CACHE, except when empty or 0", () => {
    expect(cacheDirectory({ HPOM_LINT_NO_COMPILE_CACHE: "1" })).toBeUndefined();
    expect(cacheDirectory({ HPOM_LINT_NO_COMPILE_CACHE: "true" })).toBeUndefined();
    expect(cacheDirectory({ HPOM_LINT_NO_COMPILE_CACHE: "0" })).toBeDefined();
    expect(cacheDirectory({ HPOM_LINT_NO_COMPILE_CACHE: "" })).toBeDefined();
    expect(cacheDirectory({})).toBeDefined();
  });
});
