/**
 * No hang, no unbounded read (issue #12, items 4 and 9): a report or output
 * folder that cannot be created is one error line, a path that is not a
 * regular file is never read, a file over the size limit is refused, and a
 * file that is not UTF-8 gets the same answer from `lint` as from `fmt`.
 */
import { execFile, execFileSync, spawn } from "node:child_process";
import { closeSync, openSync, truncateSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_INPUT_BYTES } from "../../src/cli/read-file.js";
import { runInProcess } from "./run-in-process.js";
import { bin, requireBuild } from "./run-cli.js";
import { workspace } from "./workspace.js";

const CLEAN =
  'TIMETEMPLATES\n  TIMETEMPLATE "night"\n    DESCRIPTION "night shift"\n    TIMETMPLCONDS\n      TIMETMPLCOND\n        TIMECONDTYPE Match\n        TIME FROM 1:00 TO 6:00\nRESPMGRCONFIGS\n';
const MODEL = "version: 1\npools:\n  - name: core\n    members: [om1.example.com, om2.example.com]\n    virtual: [om.example.com]\n";

/** Exit 2 and exactly one line on stderr matching `reason`. */
function expectOneLine(r: { code: number; stderr: string }, reason: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/^hpom-lint: [^\n]*\n$/);
  expect(r.stderr).toMatch(reason);
}

/** A file of `bytes` that takes no room on disk. */
function sparse(path: string, bytes: number): void {
  closeSync(openSync(path, "w"));
  truncateSync(path, bytes);
}

describe("a folder that cannot be created", () => {
  const dir = workspace({ allnodes: CLEAN, "pool.yaml": MODEL });

  it("--output-file below /proc is one error line, not an endless loop", { timeout: 30_000 }, async () => {
    expectOneLine(
      await runInProcess(["--output-file", "/proc/x/r.json", "allnodes"], { cwd: dir }),
      /\/proc\/x\/r\.json: cannot write the report \(E[A-Z]+\)/,
    );
  });

  it("generate --out below /proc is one error line", { timeout: 30_000 }, async () => {
    expectOneLine(
      await runInProcess(["generate", "pool.yaml", "--out", "/proc/x"], { cwd: dir }),
      /cannot create the --out folder \(E[A-Z]+\)/,
    );
  });

  it("--output-file below a file names the file", async () => {
    expectOneLine(await runInProcess(["--output-file", "allnodes/deeper/r.json", "allnodes"], { cwd: dir }), /ENOTDIR/);
  });
});

describe("a path that is not a regular file", () => {
  const dir = workspace({ allnodes: CLEAN });
  let server: Server;
  beforeAll(async () => {
    execFileSync("mkfifo", [join(dir, "fifo")]);
    server = createServer();
    await new Promise<void>((done) => server.listen(join(dir, "socket"), done));
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it.each([
    ["/dev/zero", ["/dev/zero"]],
    ["a FIFO", ["fifo"]],
    ["a socket", ["socket"]],
    ["a FIFO, fmt", ["fmt", "fifo"]],
    ["a FIFO, fmt --write", ["fmt", "--write", "fifo"]],
    ["/dev/zero, --fix", ["--fix", "/dev/zero"]],
  ])("%s is refused, never read", { timeout: 30_000 }, async (_, argv) => {
    expectOneLine(await runInProcess(argv, { cwd: dir }), /: not a regular file$/m);
  });

  it.each([
    ["a pool model", ["--pool", "fifo", "allnodes"]],
    ["a configuration file", ["--config", "fifo", "allnodes"]],
    ["generate's model", ["generate", "/dev/zero", "--out", "out"]],
  ])("%s that is a FIFO or device is refused", { timeout: 30_000 }, async (_, argv) => {
    const r = await runInProcess(argv, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a regular file/);
  });
});

describe(`a file over the size limit (${MAX_INPUT_BYTES / 1024 / 1024} MB)`, () => {
  const dir = workspace({ allnodes: CLEAN });
  beforeAll(() => {
    sparse(join(dir, "msgforw"), MAX_INPUT_BYTES + 1);
    sparse(join(dir, "pool.yaml"), MAX_INPUT_BYTES + 1);
    sparse(join(dir, "big.json"), MAX_INPUT_BYTES + 1);
  });

  it.each([
    ["lint", ["msgforw"]],
    ["fmt", ["fmt", "msgforw"]],
    ["--fix", ["--fix", "msgforw"]],
    ["a pool model", ["--pool", "pool.yaml", "allnodes"]],
    ["generate's model", ["generate", "pool.yaml", "--out", "out"]],
    ["a configuration file", ["--config", "big.json", "allnodes"]],
  ])("%s refuses it with exit 2", async (_, argv) => {
    const r = await runInProcess(argv, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/larger than 256 MB, the limit for an input/);
  });
});

describe("standard input over the size limit", () => {
  beforeAll(requireBuild);

  it("is refused with exit 2, read no further than the limit", { timeout: 60_000 }, async () => {
    const zero = openSync("/dev/zero", "r");
    try {
      const r = await new Promise<{ code: number | null; stderr: string }>((done) => {
        const child = spawn(process.execPath, [bin, "-", "--stdin-filename", "allnodes"], { stdio: [zero, "ignore", "pipe"] });
        let stderr = "";
        child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
        child.on("close", (code) => done({ code, stderr }));
      });
      expectOneLine({ code: r.code ?? -1, stderr: r.stderr }, /^hpom-lint: allnodes: larger than 256 MB, the limit for an input$/m);
    } finally {
      closeSync(zero);
    }
  });
});

describe("a file that is not UTF-8", () => {
  const dir = workspace({
    allnodes: Buffer.concat([Buffer.from(CLEAN.slice(0, 40)), Buffer.from([0xff, 0xfe]), Buffer.from(CLEAN.slice(40))]),
  });

  it.each([
    ["lint", ["allnodes"]],
    ["lint --format json", ["--format", "json", "allnodes"]],
    ["fmt", ["fmt", "allnodes"]],
    ["lint, standard input", ["-", "--stdin-filename", "allnodes"]],
  ])("%s: exit 2, not UTF-8, naming the file", async (_, argv) => {
    const bytes = Buffer.concat([Buffer.from("#"), Buffer.from([0xff]), Buffer.from("\n")]);
    const r = await runInProcess(argv, { cwd: dir, input: bytes });
    expectOneLine(r, /^hpom-lint: allnodes: not UTF-8 text; convert it first \(e\.g\. with iconv\)$/m);
  });

  it("lint on worker threads says the same", { timeout: 30_000 }, async () => {
    requireBuild();
    const r = await new Promise<{ code: number; stderr: string }>((done) => {
      execFile(process.execPath, [bin, "--concurrency", "1", "allnodes"], { cwd: dir }, (error, _stdout, stderr) =>
        done({ code: error && typeof error.code === "number" ? error.code : 0, stderr }),
      );
    });
    expectOneLine(r, /^hpom-lint: allnodes: not UTF-8 text; convert it first \(e\.g\. with iconv\)$/m);
  });
});
