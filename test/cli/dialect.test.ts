/** `--dialect` and the configuration's `dialect` end to end: HPOM for Windows server policies have no time templates. */
import { describe, expect, it } from "vitest";
import { runInProcess } from "./run-in-process.js";
import { workspace } from "./workspace.js";

const MSGFORW = [
  "TIMETEMPLATES",
  '  TIMETEMPLATE "night"',
  '    DESCRIPTION "night shift"',
  "    TIMETMPLCONDS",
  "      TIMETMPLCOND",
  "        TIMECONDTYPE Match",
  "        TIME FROM 0:00 TO 6:00",
  "RESPMGRCONFIGS",
  "  RESPMGRCONFIG",
  '    DESCRIPTION "msg-forwarding specification"',
  "    MSGTARGETRULES",
  "      MSGTARGETRULE",
  '        DESCRIPTION "all messages"',
  "        MSGTARGETRULECONDS",
  "        MSGTARGETMANAGERS",
  "          MSGTARGETMANAGER",
  '            TIMETEMPLATE "$OPC_ALWAYS"',
  '            OPCMGR IP 0.0.0.0 "om2.example.com"',
  "            MSGCONTROLLINGMGR",
  "          MSGTARGETMANAGER",
  '            TIMETEMPLATE "night"',
  '            OPCMGR IP 0.0.0.0 "om3.example.com"',
  "            NOTIFYMGR",
  "",
].join("\n");

const codes = (stdout: string) =>
  (JSON.parse(stdout) as { files: { diagnostics: { code: string }[] }[] }).files.flatMap((f) => f.diagnostics.map((d) => d.code));

describe("dialect", () => {
  it("is omu unless --dialect or the configuration says omw", async () => {
    const cwd = workspace({ msgforw: MSGFORW });
    expect(await runInProcess(["--format", "json", "msgforw"], { cwd })).toMatchObject({ code: 0 });
    const omw = await runInProcess(["--dialect", "omw", "--format", "json", "msgforw"], { cwd });
    expect(omw.code).toBe(1);
    expect(codes(omw.stdout)).toEqual(["HP2048"]);
  });

  it("comes from the configuration file, --dialect going over it, and --print-config shows it", async () => {
    const cwd = workspace({ msgforw: MSGFORW, ".hpom-lint.json": JSON.stringify({ dialect: "omw" }) });
    expect(codes((await runInProcess(["--format", "json", "msgforw"], { cwd })).stdout)).toEqual(["HP2048"]);
    expect(codes((await runInProcess(["--dialect", "omu", "--format", "json", "msgforw"], { cwd })).stdout)).toEqual([]);
    expect(JSON.parse((await runInProcess(["--print-config", "msgforw"], { cwd })).stdout)).toMatchObject({ dialect: "omw" });
  });

  it("rejects a product it does not know", async () => {
    const cwd = workspace({ msgforw: MSGFORW });
    const r = await runInProcess(["--dialect", "nt", "msgforw"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--dialect");
    const bad = workspace({ msgforw: MSGFORW, ".hpom-lint.json": JSON.stringify({ dialect: "windows" }) });
    const c = await runInProcess(["msgforw"], { cwd: bad });
    expect(c.code).toBe(2);
    expect(c.stderr).toMatch(/^hpom-lint: \.hpom-lint\.json: dialect: /);
  });
});
