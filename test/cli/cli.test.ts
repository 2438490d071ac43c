/**
 * The command line end to end on real files: in process through `run(argv, io)`,
 * and a smoke set (each exit code, standard input, --version and --help) through
 * the built `bin/hpom-lint.js` run as a child process, as users and CI pipelines run it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fixtures, requireBuild, root, run } from "./run-cli.js";
import { runInProcess } from "./run-in-process.js";

beforeAll(requireBuild);

describe("hpom-lint (built CLI)", () => {
  it("exits 0 and prints nothing for a clean file", async () => {
    const r = await run(["allnodes"]);
    expect(r).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("accepts the `lint` command name", async () => {
    expect((await runInProcess(["lint", "allnodes"])).code).toBe(0);
  });

  it("exits 1 and reports every syntax error with file, line, column, code frame and summary", async () => {
    const r = await run(["broken/msgforw"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("broken/msgforw:7:9: error: expected a time (HH:MM) after TO, found WEEKDAY [HP1003/unexpected-token]");
    expect(r.stdout).toContain("broken/msgforw:17:22: error: critical must be written Critical [HP1006/keyword-case]");
    expect(r.stdout).toContain("broken/msgforw:21:49: error: unexpected character {");
    expect(r.stdout).toContain("  7 |         WEEKDAY ON Monday\n    |         ^^^^^^^\n");
    expect(r.stdout).toContain("✖ 3 problems (3 errors, 0 warnings)");
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it("searches folders for HPOM file names only", async () => {
    const r = await runInProcess(["."]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("broken/msgforw:");
    expect(r.stdout).not.toContain("README.txt");
  });

  it("lints the repository's examples cleanly", async () => {
    const r = await runInProcess([join(root, "examples")]);
    expect(r.stdout).toBe("");
    expect(r.code).toBe(0);
  });

  it("reads standard input with `-` and names it by --stdin-filename", async () => {
    const r = await run(["-", "--stdin-filename", "allnodes", "--format", "json"], {
      input: 'RESPMGRCONFIGS\n  RESPMGRCONFIG DESCRIPTION "x\n    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n',
    });
    expect(r.code).toBe(1);
    const report = (
      JSON.parse(r.stdout) as {
        files: { filename: string; diagnostics: { code: string; range: { start: { line: number; column: number } } }[] }[];
      }
    ).files;
    expect(report).toHaveLength(1);
    expect(report[0]!.filename).toBe("allnodes");
    expect(report[0]!.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.code}`)).toEqual(["2:29 HP1002"]);
  });

  it("reads standard input once when `-` is given twice", async () => {
    const input = readFileSync(join(fixtures, "allnodes"), "utf8");
    expect(await runInProcess(["-", "-", "--stdin-filename", "allnodes"], { input })).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(await runInProcess(["fmt", "-", "-", "--stdin-filename", "allnodes"], { input })).toEqual({
      code: 0,
      stdout: input,
      stderr: "",
    });
  });

  it("prints versioned JSON with a stable key order", async () => {
    const r = await runInProcess(["broken/msgforw", "--format", "json"]);
    const document = JSON.parse(r.stdout) as { files: { diagnostics: Record<string, unknown>[] }[] };
    expect(Object.keys(document)).toEqual(["version", "tool", "files"]);
    expect(document).toMatchObject({ version: 1, tool: { name: "hpom-lint" } });
    const report = document.files;
    expect(Object.keys(report[0]!.diagnostics[0]!)).toEqual(["code", "name", "severity", "message", "range"]);
    expect(Object.keys(report[0]!.diagnostics[1]!)).toEqual(["code", "name", "severity", "message", "range", "fix"]);
  });

  it("exits 2 with a one-line reason for a path that does not exist", async () => {
    const r = await run(["no-such-file"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("hpom-lint: no-such-file: no such file or folder\n");
  });

  it("exits 2 for a folder without any HPOM file, as for a glob that matches none", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hpom-lint-"));
    try {
      const r = await runInProcess([dir]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(`hpom-lint: ${dir}: no file with an HPOM file name in this folder\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("takes a linked file found in a folder, and does not follow a linked folder", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hpom-lint-"));
    try {
      mkdirSync(join(dir, "real"));
      mkdirSync(join(dir, "links"));
      writeFileSync(join(dir, "real/msgforw"), readFileSync(join(fixtures, "broken/msgforw")));
      symlinkSync("../real/msgforw", join(dir, "links/msgforw"));
      symlinkSync("..", join(dir, "links/up"));
      const r = await runInProcess(["links"], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain("links/msgforw:7:9: error:");
      expect(r.stdout).not.toContain("real/msgforw");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("exits 2 for a file that cannot be read", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hpom-lint-"));
    const dangling = join(dir, "allnodes");
    symlinkSync(join(dir, "missing-target"), dangling);
    try {
      const r = await runInProcess([dangling]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^hpom-lint: .*allnodes: no such file or folder\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("exits 2 on a usage error", async () => {
    const r = await runInProcess(["--no-such-option", "allnodes"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--no-such-option'");
    expect((await runInProcess([])).code).toBe(2);
    expect((await runInProcess(["allnodes", "--format", "xml"])).code).toBe(2);
  });

  it("prints its version and help", async () => {
    const version = await run(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: hpom-lint");
    expect(help.stdout).toContain("Examples:");
  });

  it("colours only when asked and never with NO_COLOR", async () => {
    const coloured = await runInProcess(["broken/msgforw", "--color"]);
    expect(coloured.stdout).toMatch(/\u001b\[/);
    const plain = await runInProcess(["broken/msgforw"], { env: { FORCE_COLOR: "1", NO_COLOR: "1" } });
    expect(plain.stdout).not.toMatch(/\u001b\[/);
  });

  it("runs the validator's rules, not only the syntax check", async () => {
    const r = await runInProcess(["rules/allnodes", "--format", "json"]);
    expect(r.code).toBe(1);
    const [report] = (
      JSON.parse(r.stdout) as {
        files: { diagnostics: { code: string; name: string; range: { start: { line: number; column: number } } }[] }[];
      }
    ).files;
    expect(report!.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.code}/${d.name}`)).toEqual([
      "2:16 HP2003/unused-time-template",
      "7:9 HP2005/time-range-wraps",
      "19:26 HP2001/undefined-time-template",
    ]);
  });
});
