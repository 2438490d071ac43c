/**
 * `--fix` and `--fix-dry-run` end to end, in process (bytes that are not UTF-8
 * through the built CLI as a child process), on copies of real files in temporary folders.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { format } from "../../src/format/format.js";
import { fixText } from "../../src/lint/fix.js";
import { FORWARDING_WITH_POOL_DIRECTIVE } from "../helpers.js";
import { bin, fixtures, requireBuild } from "./run-cli.js";
import { runInProcess } from "./run-in-process.js";
import { workspace } from "./workspace.js";

beforeAll(requireBuild);

/**
 * Fixable: a missing DESCRIPTION and TIMECONDTYPE, a node without IP, `critical`
 * (a syntax error with a fix) and a misspelt template. Not fixable: the time
 * range that wraps past midnight (HP2005, an error). Comments everywhere.
 */
const FIXABLE = [
  "# Responsible managers of the night shift.",
  "TIMETEMPLATES",
  '  TIMETEMPLATE "night"   # 22:00 to 06:00',
  "    TIMETMPLCONDS",
  "      TIMETMPLCOND",
  "        TIME FROM 22:00 TO 6:00",
  "RESPMGRCONFIGS",
  "  RESPMGRCONFIG",
  '    DESCRIPTION "x"',
  "    SECONDARYMANAGERS",
  "      SECONDARYMANAGER",
  '          NODE "om1.example.com"   # the backup',
  "    ACTIONALLOWMANAGERS",
  "    MSGTARGETRULES",
  "      MSGTARGETRULE",
  "        MSGTARGETRULECONDS",
  "          MSGTARGETRULECOND",
  '            DESCRIPTION "critical only"',
  "            SEVERITY critical",
  "        MSGTARGETMANAGERS",
  "          MSGTARGETMANAGER",
  '            TIMETEMPLATE "nigth"',
  '            OPCMGR IP 0.0.0.0 "om1.example.com"',
  // Outside the night the primary manager gets the messages (else time-coverage-gap reports the day).
  "          MSGTARGETMANAGER",
  '            TIMETEMPLATE "$OPC_ALWAYS"',
  '            OPCMGR IP 0.0.0.0 "$OPC_PRIMARY_MGR"',
  "",
].join("\n");
/** What --fix makes of FIXABLE: the library's fixes, then the canonical format. */
const FIXED = format(fixText(FIXABLE, { filename: "allnodes" }).output);
const CLEAN_AFTER_FIX = FIXABLE.replace("TO 6:00", "TO 23:59");
const BROKEN = readFileSync(join(fixtures, "broken/msgforw"));

interface Report {
  filename: string;
  diagnostics: { code: string; severity: string; range: { start: { line: number } } }[];
}
const codes = (stdout: string) =>
  (JSON.parse(stdout) as { files: Report[] }).files.map(
    (r) => `${r.filename}: ${r.diagnostics.map((d) => `${d.range.start.line}:${d.code}`).join(" ")}`,
  );

describe("--fix", () => {
  it("rewrites the file atomically with the fixes and the canonical format, keeping comments, and reports what is left", async () => {
    const dir = workspace({ allnodes: FIXABLE });
    const path = join(dir, "allnodes");
    chmodSync(path, 0o640);
    const inode = statSync(path).ino;
    const r = await runInProcess(["--fix", "allnodes", "--format", "json"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1); // the wrapping time range is an error no fix removes
    const written = readFileSync(path, "utf8");
    expect(written).toBe(FIXED);
    for (const comment of ["# Responsible managers of the night shift.", "# 22:00 to 06:00", "# the backup"])
      expect(written).toContain(comment);
    expect(written).toContain("SEVERITY Critical");
    expect(written).toContain('TIMETEMPLATE "night"\n');
    expect(statSync(path).ino).not.toBe(inode);
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(["allnodes"]);
    // Positions are those of the written file.
    const line = written.split("\n").findIndex((l) => l.includes("TIME FROM 22:00")) + 1;
    expect(codes(r.stdout)).toEqual([`allnodes: ${line}:HP2005`]);
  });

  it("exits 0 when nothing at error level is left, and a second run changes nothing", async () => {
    const dir = workspace({ allnodes: CLEAN_AFTER_FIX });
    const path = join(dir, "allnodes");
    expect(await runInProcess(["--fix", "allnodes"], { cwd: dir })).toEqual({ code: 0, stdout: "", stderr: "" });
    const first = statSync(path);
    expect(format(readFileSync(path, "utf8"))).toBe(readFileSync(path, "utf8"));
    expect(await runInProcess(["--fix", "."], { cwd: dir })).toEqual({ code: 0, stdout: "", stderr: "" });
    expect([statSync(path).ino, statSync(path).mtimeMs]).toEqual([first.ino, first.mtimeMs]);
  });

  it("keeps a directive for a pooling rule when run without the pool model", async () => {
    const dir = workspace({ "s1/msgforw": FORWARDING_WITH_POOL_DIRECTIVE });
    expect(await runInProcess(["--fix", "s1/msgforw"], { cwd: dir })).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(readFileSync(join(dir, "s1/msgforw"), "utf8")).toBe(FORWARDING_WITH_POOL_DIRECTIVE);
  });

  it("never rewrites a file whose syntax errors the fixes do not all remove, and reports them", async () => {
    const dir = workspace({ msgforw: BROKEN });
    const before = statSync(join(dir, "msgforw"));
    const r = await runInProcess(["--fix", "msgforw"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("msgforw:7:9: error: expected a time (HH:MM) after TO, found WEEKDAY [HP1003/unexpected-token]");
    expect(r.stdout).toContain("msgforw:17:22: error: critical must be written Critical [HP1006/keyword-case]");
    expect(readFileSync(join(dir, "msgforw")).equals(BROKEN)).toBe(true);
    expect(statSync(join(dir, "msgforw")).mtimeMs).toBe(before.mtimeMs);
  });

  it("keeps CRLF line endings and a byte-order mark", async () => {
    const crlf = `\uFEFF${CLEAN_AFTER_FIX.replace(/\n/g, "\r\n")}`;
    const dir = workspace({ allnodes: crlf });
    expect((await runInProcess(["--fix", "allnodes"], { cwd: dir })).code).toBe(0);
    const written = readFileSync(join(dir, "allnodes"), "utf8");
    expect(written.startsWith("\uFEFF# Responsible managers of the night shift.\r\nTIMETEMPLATES\r\n")).toBe(true);
    expect(written).not.toMatch(/[^\r]\n/);
    expect(written).toBe(`\uFEFF${format(fixText(CLEAN_AFTER_FIX, { filename: "allnodes" }).output).replace(/\n/g, "\r\n")}`);
  });

  it("prints standard input fixed on stdout and the report on stderr", async () => {
    const r = await runInProcess(["--fix", "-", "--stdin-filename", "allnodes"], { input: FIXABLE });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(FIXED);
    expect(r.stderr).toContain("allnodes:");
    expect(r.stderr).toContain("[HP2005/time-range-wraps]");
    const broken = await runInProcess(["--fix", "-", "--stdin-filename", "msgforw"], { input: BROKEN });
    expect(broken.stdout).toBe(BROKEN.toString("utf8"));
    expect(broken.code).toBe(1);
  });

  it("follows the configuration: a rule turned off is not fixed, ignored files are not touched", async () => {
    const dir = workspace({
      ".hpom-lint.json": JSON.stringify({ rules: { "missing-description": "off" }, ignore: ["archive"] }),
      "live/allnodes": FIXABLE,
      "archive/allnodes": FIXABLE,
    });
    await runInProcess(["--fix", "."], { cwd: dir });
    const live = readFileSync(join(dir, "live/allnodes"), "utf8");
    expect(live).toContain("SEVERITY Critical");
    expect(live).not.toContain('DESCRIPTION ""');
    expect(readFileSync(join(dir, "archive/allnodes"), "utf8")).toBe(FIXABLE);
  });

  it("refuses text that is not UTF-8 and leaves it byte for byte", async () => {
    const latin1 = Buffer.from('RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "M\xfcnchen"\n', "latin1");
    const dir = workspace({ allnodes: latin1 });
    const r = await runInProcess(["--fix", "allnodes"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("hpom-lint: allnodes: not UTF-8 text; not fixed (convert it first, e.g. with iconv)\n");
    expect(readFileSync(join(dir, "allnodes")).equals(latin1)).toBe(true);
  });

  it("passes standard input that is not UTF-8 through byte for byte", () => {
    const latin1 = Buffer.from('RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "M\xfcnchen"\n', "latin1");
    const r = spawnSync(process.execPath, [bin, "--fix", "-", "--stdin-filename", "allnodes"], {
      input: latin1,
      cwd: fixtures,
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(r.status).toBe(2);
    expect(r.stderr.toString()).toContain("hpom-lint: allnodes: not UTF-8 text; not fixed (convert it first, e.g. with iconv)\n");
    expect(r.stdout.equals(latin1)).toBe(true);
  });

  it("cannot be combined with --fix-dry-run", async () => {
    const r = await runInProcess(["--fix", "--fix-dry-run", "allnodes"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("cannot be used with");
  });
});

describe("--fix-dry-run", () => {
  it("writes nothing, prints a unified diff that git apply turns into what --fix writes, and the report on stderr", async () => {
    const dir = workspace({ "a/allnodes": FIXABLE, "b/allnodes": CLEAN_AFTER_FIX, "c/allnodes": FIXED, "d/msgforw": BROKEN });
    const r = await runInProcess(["--fix-dry-run", "."], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^--- a\/a\/allnodes\n\+\+\+ b\/a\/allnodes\n@@ -1,/);
    expect(r.stdout).toContain("\n-            SEVERITY critical\n+            SEVERITY Critical\n");
    expect(r.stdout).toContain("--- a/b/allnodes\n");
    expect(r.stdout).not.toContain("c/allnodes");
    expect(r.stdout).not.toContain("d/msgforw");
    expect(r.stderr).toContain("a/allnodes:");
    expect(r.stderr).toContain("d/msgforw:7:9: error:");
    expect(readFileSync(join(dir, "a/allnodes"), "utf8")).toBe(FIXABLE);
    expect(readFileSync(join(dir, "b/allnodes"), "utf8")).toBe(CLEAN_AFTER_FIX);

    writeFileSync(join(dir, "fixes.patch"), r.stdout);
    execFileSync("git", ["apply", "fixes.patch"], { cwd: dir });
    const fixedCopy = workspace({ "a/allnodes": FIXABLE, "b/allnodes": CLEAN_AFTER_FIX });
    await runInProcess(["--fix", "."], { cwd: fixedCopy });
    for (const file of ["a/allnodes", "b/allnodes"])
      expect(readFileSync(join(dir, file), "utf8")).toBe(readFileSync(join(fixedCopy, file), "utf8"));
  });

  it("prints nothing on stdout and exits 0 when there is nothing to fix", async () => {
    const dir = workspace({ allnodes: FIXED.replace("TO 6:00", "TO 23:59") });
    expect(await runInProcess(["--fix-dry-run", "allnodes"], { cwd: dir })).toEqual({ code: 0, stdout: "", stderr: "" });
  });
});
