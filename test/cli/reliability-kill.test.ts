/**
 * Crash-safe writes (issue #12, item 8): the built CLI is killed with SIGKILL
 * at seeded random moments of `fmt --write`, `--fix` and `generate`. After
 * each kill every file is whole — its old content or its new one, never a
 * part — and the next run of the same command removes every temporary file
 * left behind (empty ones too) and leaves the output all new.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bin, requireBuild } from "./run-cli.js";

beforeAll(requireBuild);

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "hpom-lint-kill-"));
  scratch.push(dir);
  return dir;
}

/** mulberry32: a small seeded generator, so a failure can be run again. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every file below `dir`: relative path → content. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path, "utf8"));
    }
  };
  walk(dir);
  return files;
}

const isTemporary = (path: string) => /(^|\/)\.[^/]+\.\d+\.[0-9a-f]{12}\.tmp$/.test(path);

/** Runs the CLI in `cwd`, killing it with SIGKILL after `killAfter` ms if given. */
function runBin(cwd: string, argv: readonly string[], killAfter?: number): Promise<{ code: number | null; elapsed: number }> {
  return new Promise((done) => {
    const start = performance.now();
    const child = spawn(process.execPath, [bin, ...argv], {
      cwd,
      stdio: "ignore",
      env: { ...process.env, HPOM_LINT_NO_COMPILE_CACHE: "1" },
    });
    const timer = killAfter === undefined ? undefined : setTimeout(() => child.kill("SIGKILL"), killAfter);
    child.on("exit", (code) => {
      clearTimeout(timer);
      done({ code, elapsed: performance.now() - start });
    });
  });
}

/** The id of a process that has ended, for a temporary file no run owns any more. */
function deadPid(): number {
  return spawnSync(process.execPath, ["-e", ""]).pid;
}

/**
 * For `argv` run in a copy of `fixture` (with `prepare` done first): the new
 * output from a whole run, then `runs` kills at random moments, each followed
 * by the checks and a run again.
 */
async function killAndRerun(
  fixture: Record<string, string>,
  argv: readonly string[],
  seed: number,
  prepare?: (dir: string) => Promise<void>,
): Promise<void> {
  const make = async (): Promise<string> => {
    const dir = tempDir();
    for (const [name, content] of Object.entries(fixture)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    if (prepare) await prepare(dir);
    return dir;
  };
  const reference = await make();
  const before = snapshot(reference);
  const whole = await runBin(reference, argv);
  expect(whole.code).not.toBeNull();
  const after = snapshot(reference);
  expect(after).not.toEqual(before);
  const next = random(seed);
  for (let run = 0; run < 4; run++) {
    const dir = await make();
    const killAt = next() * whole.elapsed * 1.2;
    await runBin(dir, argv, killAt);
    for (const [path, content] of snapshot(dir)) {
      if (isTemporary(path)) continue;
      // Whole: as before the run, or as after it.
      expect([before.get(path), after.get(path)], `${path} after a kill at ${Math.round(killAt)} ms (seed ${seed})`).toContain(content);
    }
    // A temporary file of a run that is gone, empty, beside one of the outputs: the next run removes it.
    const some = [...after.keys()].find((path) => !isTemporary(path) && after.get(path) !== before.get(path))!;
    const folder = join(dir, some, "..");
    writeFileSync(join(folder, `.${some.split("/").pop()}.${deadPid()}.0123456789ab.tmp`), "");
    await runBin(dir, argv);
    const rerun = snapshot(dir);
    expect([...rerun.keys()].filter(isTemporary), `temporary files left (seed ${seed}, kill at ${Math.round(killAt)} ms)`).toEqual([]);
    expect(rerun).toEqual(after);
  }
}

/** Valid, with one warning, and not in the canonical layout. */
const UNFORMATTED =
  'TIMETEMPLATES\n TIMETEMPLATE "night"\n  DESCRIPTION "night shift"\n  TIMETMPLCONDS\n   TIMETMPLCOND\n    TIMECONDTYPE Match\n    TIME FROM 1:00 TO 6:00\nRESPMGRCONFIGS\n';

/** Thirty servers' folders, each with a file to rewrite. */
function servers(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < 30; i++) files[`s${String(i).padStart(2, "0")}/allnodes`] = UNFORMATTED;
  return files;
}

function model(virtual: string, nodes: number): string {
  const addresses = Array.from({ length: nodes }, (_, i) => `10.0.${Math.floor(i / 250)}.${(i % 250) + 1}`);
  return [
    "version: 1",
    "pools:",
    "  - name: core",
    "    members: [om1.example.com, om2.example.com]",
    `    virtual: [${virtual}]`,
    ...(nodes > 0 ? ["    assignments:", `      - virtual: ${virtual}`, `        nodes: [${addresses.join(", ")}]`] : []),
    "",
  ].join("\n");
}

describe("kill -9 during a write, then the same command again", () => {
  it("fmt --write", { timeout: 240_000 }, async () => {
    await killAndRerun(servers(), ["fmt", "--write", "."], 20261207);
  });

  it("--fix", { timeout: 240_000 }, async () => {
    await killAndRerun(servers(), ["--fix", "."], 1207);
  });

  it("generate", { timeout: 240_000 }, async () => {
    const fixture = { "pool.yaml": model("old.example.com", 40), "new.yaml": model("new.example.com", 40) };
    // The old output is there before each run; the run writes the new model's.
    await killAndRerun(fixture, ["generate", "pool.yaml", "--out", "out"], 42, async (dir) => {
      expect((await runBin(dir, ["generate", "pool.yaml", "--out", "out"])).code).toBe(0);
      cpSync(join(dir, "new.yaml"), join(dir, "pool.yaml"));
    });
  });
});
