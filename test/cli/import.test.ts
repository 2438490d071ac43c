/** `hpom-lint import` end to end, in process: the model, --out, --plan and bad input. */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePoolModel } from "../../src/model/parse-pool-model.js";
import { estates, root } from "../estate/estates.js";
import { runInProcess } from "./run-in-process.js";
import { workspace } from "./workspace.js";

const BACKUP = "examples/estates/backup-servers";

/** A copy of the backup-server estate in a fresh folder, with `changes` applied. */
function estateCopy(changes: Record<string, string> = {}): string {
  const dir = workspace({});
  cpSync(join(estates, "backup-servers"), join(dir, "estate"), { recursive: true });
  for (const [path, text] of Object.entries(changes)) writeFileSync(join(dir, "estate", path), text);
  return dir;
}

describe("hpom-lint import", () => {
  it("prints the model as YAML with its sources and TODO lines", async () => {
    const r = await runInProcess(["import", BACKUP], { cwd: root });
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(parsePoolModel(r.stdout).pools[0]).toEqual({
      name: "om-pool",
      members: ["om1.example.com", "om2.example.com"],
      virtual: ["om-pool.example.com"],
    });
    expect(r.stdout).toContain(`(${BACKUP}/om-branch.example.com/msgforw:14)`);
    expect(r.stdout).toMatch(/^# TODO: /m);
  });

  it("writes --out, from which generate writes files that lint clean", async () => {
    const cwd = workspace({});
    expect(await runInProcess(["import", join(estates, "backup-servers"), "--out", "pool.yaml"], { cwd })).toMatchObject({
      code: 0,
      stdout: "",
      stderr: "hpom-lint: wrote pool.yaml\n",
    });
    expect(await runInProcess(["generate", "pool.yaml", "--out", "out"], { cwd })).toMatchObject({ code: 0 });
    expect(await runInProcess(["--pool", "pool.yaml", "--max-warnings", "0", "out"], { cwd })).toMatchObject({ code: 0 });
  });

  it("--plan prints the phases and the diffs per server and file", async () => {
    const r = await runInProcess(["import", BACKUP, "--plan"], { cwd: root });
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toMatch(/^# Migration plan: 7 files to change on 3 servers\.$/m);
    expect(r.stdout).toMatch(/^# Phase 2 of 4: .* \(the old set-up keeps running\)$/m);
    expect(r.stdout).toMatch(/^# Phase 4 of 4: Switch the agents' primary manager to the virtual interface \(the switch\)$/m);
    expect(r.stdout).toContain(`--- a/${BACKUP}/om1.example.com/allnodes\n+++ b/${BACKUP}/om1.example.com/allnodes\n`);
    expect(r.stdout).toContain("-OPC_PRIMARY_MGR=om1.example.com\n+OPC_PRIMARY_MGR=om-pool.example.com\n");
  });

  it("shows no control character of a file in the plan", async () => {
    const cwd = estateCopy({
      "om1.example.com/msgforw":
        "# \u001b[31mred\u001b[0m\n" + readFileSync(join(estates, "backup-servers/om1.example.com/msgforw"), "utf8"),
    });
    const r = await runInProcess(["import", "estate", "--plan"], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("-# \uFFFD[31mred\uFFFD[0m\n");
    expect(r.stdout).not.toMatch(/\u001b/);
  });
});

it("runs the commands of the estate's README", async () => {
  const readme = readFileSync(join(root, BACKUP, "README.md"), "utf8");
  const commands = [...readme.matchAll(/^ {4}hpom-lint (.*)$/gm)].map((m) => m[1]!.split(" "));
  expect(commands).toHaveLength(2);
  for (const argv of commands) expect(await runInProcess(argv, { cwd: root })).toMatchObject({ code: 0, stderr: "" });
});

describe("hpom-lint import: bad input is exit 2 with a clear message", () => {
  it("a missing folder", async () => {
    expect(await runInProcess(["import", "nowhere"], { cwd: workspace({}) })).toEqual({
      code: 2,
      stdout: "",
      stderr: "hpom-lint: nowhere: no such folder\n",
    });
  });

  it("a file with a syntax error, by file, line and column", async () => {
    const cwd = estateCopy({ "om2.example.com/msgforw": "RESPMGRCONFIGS\n  RESPMGRCONFIG\n    BOGUS\n" });
    const r = await runInProcess(["import", "estate"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      /^hpom-lint: the estate has files with syntax errors; fix them first .*\nestate\/om2\.example\.com\/msgforw:3:5: /,
    );
  });

  it("an estate without a pool", async () => {
    const r = await runInProcess(["import", "examples/estates/loop"], { cwd: root });
    expect(r).toMatchObject({ code: 2, stdout: "" });
    expect(r.stderr).toMatch(
      /^hpom-lint: examples\/estates\/loop: no pool to import: no two servers of the estate forward every message to each other/,
    );
  });

  it("files that describe no valid model, by file, line and column", async () => {
    const om1 = readFileSync(join(estates, "backup-servers/om1.example.com/msgforw"), "utf8");
    const loop = om1.replace(
      "            MSGCONTROLLINGMGR\n",
      '            MSGCONTROLLINGMGR\n          MSGTARGETMANAGER\n            TIMETEMPLATE "$OPC_ALWAYS"\n            OPCMGR IP 0.0.0.0 "om-branch.example.com"\n',
    );
    const r = await runInProcess(["import", "estate"], { cwd: estateCopy({ "om1.example.com/msgforw": loop }) });
    expect(r).toMatchObject({ code: 2, stdout: "" });
    expect(r.stderr).toBe(
      "hpom-lint: estate: the files describe no valid pool model:\n" +
        'estate/om1.example.com/msgforw:17:20: forwarding loop: pool "om-pool" → om-branch.example.com → pool "om-pool"\n',
    );
  });

  it("an --out that cannot be written leaves no file behind", async () => {
    const cwd = workspace({});
    const r = await runInProcess(["import", join(estates, "backup-servers"), "--out", "missing/pool.yaml"], { cwd });
    expect(r).toMatchObject({ code: 2, stdout: "", stderr: "hpom-lint: missing/pool.yaml: cannot write (ENOENT)\n" });
    expect(existsSync(join(cwd, "missing"))).toBe(false);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it("an --out that names a file of the estate leaves it alone", async () => {
    const cwd = estateCopy();
    const before = readFileSync(join(cwd, "estate/om1.example.com/msgforw"), "utf8");
    const r = await runInProcess(["import", "estate", "--out", "estate/om1.example.com/msgforw"], { cwd });
    expect(r).toEqual({
      code: 2,
      stdout: "",
      stderr: "hpom-lint: estate/om1.example.com/msgforw: --out names a file of the estate; the model would replace it\n",
    });
    expect(readFileSync(join(cwd, "estate/om1.example.com/msgforw"), "utf8")).toBe(before);
  });

  it("an --out that is a folder stays as it was", async () => {
    const cwd = workspace({ "pool.yaml/keep": "x" });
    const r = await runInProcess(["import", join(estates, "backup-servers"), "--out", "pool.yaml"], { cwd });
    expect(r).toMatchObject({ code: 2, stdout: "" });
    expect(r.stderr).toMatch(/^hpom-lint: pool\.yaml: cannot write \(E[A-Z]+\)\n$/);
    expect(readdirSync(cwd)).toEqual(["pool.yaml"]);
    expect(readdirSync(join(cwd, "pool.yaml"))).toEqual(["keep"]);
  });
});
