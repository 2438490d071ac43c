/**
 * Exit codes of the CLI, each with what it prints: 0 clean (warnings
 * within --max-warnings), 1 errors or too many warnings, 2 the run itself
 * failed — with a one-line reason on stderr and no stack trace. Run in
 * process, but for unreadable files: as root, those run the built CLI as another user.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fixtures, requireBuild, run } from "./run-cli.js";
import { runInProcess } from "./run-in-process.js";

beforeAll(requireBuild);

const WARNING_ONLY =
  'TIMETEMPLATES\n  TIMETEMPLATE "night"\n    DESCRIPTION "night shift"\n    TIMETMPLCONDS\n      TIMETMPLCOND\n        TIMECONDTYPE Match\n        TIME FROM 1:00 TO 6:00\nRESPMGRCONFIGS\n';
const asRoot = process.getuid?.() === 0;

/** A one-line reason: a single line, prefixed, without a stack trace. */
function expectOneLineReason(stderr: string, reason: RegExp): void {
  expect(stderr).toMatch(/^hpom-lint: [^\n]*\n$/);
  expect(stderr).toMatch(reason);
  expect(stderr).not.toMatch(/\n\s+at /);
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "hpom-lint-exit-"));
  chmodSync(dir, 0o755);
  writeFileSync(join(dir, "allnodes"), WARNING_ONLY);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("exit 0", () => {
  it("for a clean file", async () => {
    expect(await runInProcess(["allnodes"])).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("for warnings without --max-warnings, and within it", async () => {
    const r = await runInProcess(["allnodes"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("⚠ 1 problem (0 errors, 1 warning)");
    expect((await runInProcess(["--max-warnings", "1", "allnodes"], { cwd: dir })).code).toBe(0);
  });

  it("for warnings left out by --quiet (nothing printed)", async () => {
    expect(await runInProcess(["--quiet", "allnodes"], { cwd: dir })).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("for --help and --version of every command", async () => {
    for (const args of [["--help"], ["lint", "--help"], ["fmt", "--help"], ["rules", "--help"]]) {
      const r = await runInProcess(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("Examples:");
    }
    expect((await runInProcess(["--version"])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe("exit 1", () => {
  it("for rule errors and for syntax errors", async () => {
    expect((await runInProcess(["rules/allnodes"])).code).toBe(1);
    const syntax = await runInProcess(["broken/msgforw"]);
    expect(syntax.code).toBe(1);
    expect(syntax.stderr).toBe("");
  });

  it("for more warnings than --max-warnings, with the reason on stderr", async () => {
    const r = await runInProcess(["--max-warnings", "0", "allnodes"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("hpom-lint: 1 warning found, more than --max-warnings 0\n");
    expect(r.stdout).toContain("unused-time-template");
  });

  it("for more warnings than --max-warnings even when --quiet hides them", async () => {
    const r = await runInProcess(["--quiet", "--max-warnings", "0", "--format", "json", "allnodes"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ files: [{ filename: "allnodes", diagnostics: [] }] });
  });

  it("for errors in input read from stdin", async () => {
    const r = await runInProcess(["-", "--stdin-filename", "respmgrs/allnodes", "--format", "github"], {
      input: 'TIMETEMPLATES\n  TIMETEMPLATE "x\n',
      cwd: dir,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=respmgrs\/allnodes,line=2,col=16,.*title=HP1002\/unterminated-string::/m);
  });

  it("for errors in files a glob matches", async () => {
    const r = await runInProcess(["--format", "json", "**/allnodes"]);
    expect(r.code).toBe(1);
    const files = (JSON.parse(r.stdout) as { files: { filename: string }[] }).files.map((f) => f.filename);
    expect(files).toEqual(expect.arrayContaining(["allnodes", "fmt/allnodes", "rules/allnodes"]));
    expect(files).not.toContain("broken/msgforw");
  });
});

describe("exit 2", () => {
  it("for an unknown option, format or command-line value", async () => {
    for (const args of [
      ["--no-such-option", "allnodes"],
      ["--format", "xml", "allnodes"],
      ["--max-warnings", "many", "allnodes"],
      ["--max-warnings", "-1", "allnodes"],
      ["rules", "--format", "yaml"],
      [],
    ]) {
      const r = await runInProcess(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expectOneLineReason(r.stderr, /./);
    }
    expectOneLineReason(
      (await runInProcess(["--format", "xml", "allnodes"])).stderr,
      /argument 'xml' is invalid.*stylish, json, sarif, github/,
    );
  });

  it("for a path that does not exist", async () => {
    const r = await runInProcess(["allnodes", "no-such-folder/msgforw"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expectOneLineReason(r.stderr, /^hpom-lint: no-such-folder\/msgforw: no such file or folder\n$/);
  });

  it("for a file that cannot be read", async () => {
    const locked = join(dir, "locked");
    mkdirSync(locked);
    writeFileSync(join(locked, "msgforw"), "");
    chmodSync(join(locked, "msgforw"), 0o000);
    // root reads any file: run as nobody then.
    const r = await run(["locked/msgforw"], { cwd: dir, ...(asRoot ? { uid: 65534 } : {}) });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expectOneLineReason(r.stderr, /^hpom-lint: locked\/msgforw: cannot read \(EACCES\)\n$/);
  });

  it("for a folder that cannot be searched", async () => {
    const locked = join(dir, "locked");
    mkdirSync(locked);
    chmodSync(locked, 0o000);
    const r = await run(["locked"], { cwd: dir, ...(asRoot ? { uid: 65534 } : {}) });
    expect(r.code).toBe(2);
    expectOneLineReason(r.stderr, /locked: cannot read folder \(EACCES\)\n$/);
  });

  it("for a report that cannot be written", async () => {
    // A file where the report's folder should be: the folder cannot be created.
    writeFileSync(join(dir, "not-a-folder"), "");
    const r = await runInProcess(["--output-file", join(dir, "not-a-folder/reports/report.sarif"), "--format", "sarif", "allnodes"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expectOneLineReason(r.stderr, /report\.sarif: cannot write the report \(ENOTDIR\)\n$/);
    expect(readFileSync(join(dir, "not-a-folder"), "utf8")).toBe("");
    // The file right where the report's folder should be: mkdir's EEXIST would read as if the report existed.
    const here = await runInProcess(["--output-file", "not-a-folder/report.sarif", "allnodes"], { cwd: dir });
    expect(here.code).toBe(2);
    expectOneLineReason(
      here.stderr,
      /^hpom-lint: not-a-folder\/report\.sarif: cannot write the report \(ENOTDIR: not-a-folder is a file, not a folder\)\n$/,
    );
  });
});

describe("--output-file", () => {
  it("writes the report to the file, nothing to stdout, and keeps the exit code", async () => {
    const r = await runInProcess(["--format", "json", "--output-file", join(dir, "report.json"), "rules/allnodes"]);
    expect(r).toMatchObject({ code: 1, stdout: "", stderr: "" });
    expect(JSON.parse(readFileSync(join(dir, "report.json"), "utf8"))).toMatchObject({
      version: 1,
      files: [{ filename: "rules/allnodes" }],
    });
  });

  it("replaces an existing report atomically, relative to the working directory, without colours", async () => {
    writeFileSync(join(dir, "report.txt"), "old report\n");
    const r = await runInProcess(["--output-file", "report.txt", "allnodes"], { cwd: dir, env: { FORCE_COLOR: "1", NO_COLOR: "" } });
    expect(r).toEqual({ code: 0, stdout: "", stderr: "" });
    const report = readFileSync(join(dir, "report.txt"), "utf8");
    expect(report).toContain("allnodes:2:16: warning:");
    expect(report).not.toMatch(/\u001b\[/);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("creates the report's folder when it does not exist, as ESLint does", async () => {
    const r = await runInProcess(["--format", "sarif", "--output-file", "reports/ci/hpom.sarif", "allnodes"], { cwd: dir });
    expect(r).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(JSON.parse(readFileSync(join(dir, "reports/ci/hpom.sarif"), "utf8"))).toMatchObject({ version: "2.1.0" });
    expect(readdirSync(join(dir, "reports/ci"))).toEqual(["hpom.sarif"]);
  });

  it("refuses to write the report over a file it lints (exit 2, the file untouched)", async () => {
    const before = readFileSync(join(dir, "allnodes"));
    const r = await runInProcess(["--output-file", "./allnodes", "allnodes"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expectOneLineReason(r.stderr, /\.\/allnodes: --output-file names allnodes, one of the files to lint; the report would replace it\n$/);
    expect(readFileSync(join(dir, "allnodes")).equals(before)).toBe(true);
  });

  it("refuses a report path that leads to a file it lints through a link (exit 2, the file untouched)", async () => {
    const before = readFileSync(join(dir, "allnodes"));
    symlinkSync("allnodes", join(dir, "report.txt"));
    symlinkSync(".", join(dir, "linked"));
    for (const args of [
      ["--output-file", "report.txt", "allnodes"],
      ["--output-file", "allnodes", "linked/allnodes"],
    ]) {
      const r = await runInProcess(args, { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expectOneLineReason(r.stderr, /--output-file names (linked\/)?allnodes, one of the files to lint; the report would replace it\n$/);
      expect(readFileSync(join(dir, "allnodes")).equals(before)).toBe(true);
    }
  });

  it("writes an empty report for a clean run", async () => {
    const out = join(dir, "clean.txt");
    expect((await runInProcess(["--output-file", out, join(fixtures, "allnodes")])).code).toBe(0);
    expect(existsSync(out) && readFileSync(out, "utf8")).toBe("");
  });
});
