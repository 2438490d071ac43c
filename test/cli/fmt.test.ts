/**
 * `hpom-lint fmt` end to end, in process (--check's exit codes and the run as
 * another user through the built CLI as a child process). Tests that write
 * work on copies of the fixtures in a fresh temporary folder.
 */
import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { format } from "../../src/format/format.js";
import { fixtures, requireBuild, root, run } from "./run-cli.js";
import { runInProcess } from "./run-in-process.js";
import { workspace } from "./workspace.js";

beforeAll(requireBuild);

const read = (path: string) => readFileSync(path, "utf8");
const unformatted = join(fixtures, "fmt/allnodes");
const formatted = join(fixtures, "allnodes");
const broken = join(fixtures, "broken/msgforw");

describe("hpom-lint fmt (built CLI)", () => {
  it("prints the formatted text, the same as format()", async () => {
    expect(read(unformatted)).not.toBe(format(read(unformatted)));
    const r = await runInProcess(["fmt", "fmt/allnodes"]);
    expect(r).toEqual({ code: 0, stdout: format(read(unformatted)), stderr: "" });
  });

  it("prints several files one after another, in the order given", async () => {
    const r = await runInProcess(["fmt", "fmt/allnodes", "allnodes"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(format(read(unformatted)) + read(formatted));
  });

  it("--check lists a file that would change and exits 1; exits 0 for a formatted one", async () => {
    expect(await run(["fmt", "--check", "fmt/allnodes"])).toEqual({ code: 1, stdout: "fmt/allnodes\n", stderr: "" });
    expect(await run(["fmt", "--check", "allnodes"])).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("--check passes on every file of examples/", async () => {
    expect(await runInProcess(["fmt", "--check", join(root, "examples")])).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("--check searches folders, expands globs and reports syntax errors on stderr", async () => {
    const folder = await runInProcess(["fmt", "--check", "."]);
    expect(folder.code).toBe(1);
    expect(folder.stdout).toBe("fmt/allnodes\n");
    expect(folder.stderr).toContain("broken/msgforw:7:9: error: expected a time (HH:MM) after TO, found WEEKDAY [HP1003/unexpected-token]");
    expect(folder.stderr).toContain("✖ 3 problems (3 errors, 0 warnings)");
    expect(folder.stderr).not.toContain("README.txt");

    const glob = await runInProcess(["fmt", "--check", "**/allnodes"]);
    expect(glob).toEqual({ code: 1, stdout: "fmt/allnodes\n", stderr: "" });
    const none = await runInProcess(["fmt", "--check", "**/no-such-name*"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe("hpom-lint: **/no-such-name*: no file with an HPOM file name matches\n");
  });

  it("--write rewrites changed files atomically, keeps CRLF and the mode, and leaves no temporary file", async () => {
    const lf = read(unformatted);
    const crlf = lf.replace(/\n/g, "\r\n");
    const dir = workspace({
      "a/allnodes": lf,
      "b/allnodes": crlf,
      "c/allnodes": read(formatted),
      "d/msgforw": readFileSync(broken),
    });
    chmodSync(join(dir, "a/allnodes"), 0o640);
    const before = {
      a: statSync(join(dir, "a/allnodes")).ino,
      c: statSync(join(dir, "c/allnodes")),
      d: readFileSync(join(dir, "d/msgforw")),
    };

    const r = await runInProcess(["fmt", "--write", "."], { cwd: dir });
    expect(r.code).toBe(1); // d/msgforw has syntax errors
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("d/msgforw:7:9: error:");

    const a = join(dir, "a/allnodes");
    expect(read(a)).toBe(format(lf));
    expect(statSync(a).mode & 0o777).toBe(0o640);
    expect(statSync(a).ino).not.toBe(before.a); // a new file renamed over the old one
    const b = read(join(dir, "b/allnodes"));
    expect(b).toBe(format(b).replace(/\n/g, "\r\n"));
    expect(b).not.toMatch(/[^\r]\n/);
    expect(b).not.toBe(crlf);
    expect(b).toContain("\r\nRESPMGRCONFIGS\r\n  RESPMGRCONFIG\r\n    DESCRIPTION");
    const c = statSync(join(dir, "c/allnodes"));
    expect([c.ino, c.mtimeMs]).toEqual([before.c.ino, before.c.mtimeMs]); // formatted: not rewritten
    expect(readFileSync(join(dir, "d/msgforw")).equals(before.d)).toBe(true);

    for (const sub of ["a", "b", "c", "d"]) expect(readdirSync(join(dir, sub))).toHaveLength(1);
    expect(await runInProcess(["fmt", "--check", "a", "b", "c"], { cwd: dir })).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("--write replaces the target of a symbolic link and keeps the link", async () => {
    const dir = workspace({ "real/allnodes": read(unformatted) });
    mkdirSync(join(dir, "link"));
    symlinkSync(join(dir, "real/allnodes"), join(dir, "link/allnodes"));
    const r = await runInProcess(["fmt", "--write", "link/allnodes"], { cwd: dir });
    expect(r).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(lstatSync(join(dir, "link/allnodes")).isSymbolicLink()).toBe(true);
    expect(read(join(dir, "real/allnodes"))).toBe(format(read(unformatted)));
    expect(readdirSync(join(dir, "real"))).toEqual(["allnodes"]);
  });

  it("reads standard input with `-`", async () => {
    const input = read(unformatted);
    expect(await runInProcess(["fmt", "-"], { input })).toEqual({ code: 0, stdout: format(input), stderr: "" });
    expect(await runInProcess(["fmt", "--write", "-"], { input })).toEqual({ code: 0, stdout: format(input), stderr: "" });
    const check = await runInProcess(["fmt", "--check", "-", "--stdin-filename", "allnodes"], { input });
    expect(check).toEqual({ code: 1, stdout: "allnodes\n", stderr: "" });
    expect((await runInProcess(["fmt", "--check", "-"], { input: format(input) })).code).toBe(0);
    const errors = await runInProcess(["fmt", "-", "--stdin-filename", "msgforw"], { input: read(broken) });
    expect(errors.code).toBe(1);
    expect(errors.stdout).toBe("");
    expect(errors.stderr).toContain("msgforw:17:22: error: critical must be written Critical [HP1006/keyword-case]");
  });

  it("exits 2 with a one-line reason for a missing path, before writing anything", async () => {
    const dir = workspace({ allnodes: read(unformatted) });
    const r = await runInProcess(["fmt", "--write", "allnodes", "no-such-file"], { cwd: dir });
    expect(r).toEqual({ code: 2, stdout: "", stderr: "hpom-lint: no-such-file: no such file or folder\n" });
    expect(read(join(dir, "allnodes"))).toBe(read(unformatted));
  });

  it("refuses text that is not UTF-8 and keeps it byte for byte", async () => {
    const latin1 = Buffer.from('RESPMGRCONFIGS\nRESPMGRCONFIG DESCRIPTION "M\xfcnchen"\n', "latin1");
    const dir = workspace({ allnodes: latin1 });
    const r = await runInProcess(["fmt", "--write", "allnodes"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("hpom-lint: allnodes: not UTF-8 text; convert it first (e.g. with iconv)\n");
    expect(readFileSync(join(dir, "allnodes")).equals(latin1)).toBe(true);
  });

  it.skipIf(process.platform === "win32")("exits 2 when a file cannot be replaced, and leaves it and its folder as they were", async () => {
    const dir = workspace({ "locked/allnodes": read(unformatted) });
    chmodSync(dir, 0o755);
    const locked = join(dir, "locked");
    // As root nothing is read-only, so run as nobody in a sticky folder: the temporary file can be
    // written there, but not renamed over root's file. Otherwise a read-only folder does it.
    const asRoot = process.getuid?.() === 0;
    chmodSync(locked, asRoot ? 0o1777 : 0o555);
    if (asRoot) chmodSync(join(locked, "allnodes"), 0o666);
    try {
      const r = await run(["fmt", "--write", "locked/allnodes"], { cwd: dir, ...(asRoot ? { uid: 65534 } : {}) });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^hpom-lint: locked\/allnodes: cannot write \((EACCES|EPERM)\)\n$/);
      expect(read(join(locked, "allnodes"))).toBe(read(unformatted));
      expect(readdirSync(locked)).toEqual(["allnodes"]);
    } finally {
      chmodSync(locked, 0o755);
    }
  });

  it("rejects --check with --write, and documents its output in --help", async () => {
    const both = await runInProcess(["fmt", "--check", "--write", "allnodes"]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("cannot be used with");
    const help = await runInProcess(["fmt", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: hpom-lint fmt [options] <paths...>");
    expect(help.stdout).toContain("one after another in the order given");
    expect((await runInProcess(["--help"])).stdout).toMatch(/fmt \[options\] <paths\.\.\.>/);
  });
});
