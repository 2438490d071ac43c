/**
 * No output injection (issue #12, item 6): file and folder names, model values
 * and messages reach every text output without their control characters, so a
 * name holding a line break cannot forge a GitHub workflow command or drive a
 * terminal; JSON and SARIF keep the exact names.
 */
import { describe, expect, it } from "vitest";
import { runInProcess } from "./run-in-process.js";
import { workspace } from "./workspace.js";

const HOSTILE = "x\n::error file=README.md,line=1::INJECTED\u001b[2J\u202e";
const BROKEN =
  'TIMETEMPLATES\n  TIMETEMPLATE "night"\n    TIMETMPLCONDS\n      TIMETMPLCOND TIMECONDTYPE Match\n        TIME FROM 22:00 TO\n';
/** Valid, but not in the canonical layout: `fmt` and `--fix` change it. */
const UNFORMATTED =
  'TIMETEMPLATES\n TIMETEMPLATE "night"\n  DESCRIPTION "night shift"\n  TIMETMPLCONDS\n   TIMETMPLCOND\n    TIMECONDTYPE Match\n    TIME FROM 1:00 TO 6:00\nRESPMGRCONFIGS\n';
/** Our own annotation: every property escaped, so nothing after `file=` can end it early. */
const ANNOTATION = /^::(error|warning|notice) file=[^,:\n]*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^,:\n]*::[^\n]*$/;

/** The lines of `text` that GitHub would read as workflow commands and that are not our own annotations. */
function forgedCommands(text: string): string[] {
  return text.split(/\r\n|[\n\r\u2028\u2029\u0085]/).filter((line) => /^\s*::/.test(line) && !ANNOTATION.test(line));
}

function expectClean(text: string): void {
  expect(forgedCommands(text)).toEqual([]);
  expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
}

describe("a folder named with a line break and a workflow command", () => {
  const dir = workspace({ [`${HOSTILE}/allnodes`]: BROKEN, [`${HOSTILE}/msgforw`]: UNFORMATTED });

  it.each(["stylish", "github"])("forges no command in the %s report", async (format) => {
    const r = await runInProcess(["--format", format, "."], { cwd: dir });
    expect(r.code).toBe(1);
    expectClean(r.stdout + r.stderr);
    expect(r.stdout).toContain("INJECTED");
  });

  it("github escapes every control character of the file property and message", async () => {
    const r = await runInProcess(["--format", "github", "."], { cwd: dir });
    const annotations = r.stdout.split("\n").filter((line) => line.startsWith("::"));
    expect(annotations.length).toBeGreaterThan(0);
    for (const line of annotations) expect(line).toMatch(ANNOTATION);
    expect(annotations[0]).toContain("file=x%0A%3A%3Aerror file=README.md%2Cline=1%3A%3AINJECTED");
  });

  it.each(["json", "sarif"])("%s keeps the exact name, correctly encoded", async (format) => {
    const r = await runInProcess(["--format", format, "."], { cwd: dir });
    expect(r.code).toBe(1);
    expect(forgedCommands(r.stdout)).toEqual([]);
    const names: string[] =
      format === "json"
        ? JSON.parse(r.stdout).files.map((f: { filename: string }) => f.filename)
        : JSON.parse(r.stdout).runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
            decodeURIComponent(x.locations[0]!.physicalLocation.artifactLocation.uri),
          );
    expect(names).toContain(`${HOSTILE}/allnodes`);
  });

  it("fmt, fmt --check and --fix-dry-run print the names cleaned", async () => {
    for (const argv of [
      ["fmt", "."],
      ["fmt", "--check", "."],
      ["--fix-dry-run", "."],
    ]) {
      const r = await runInProcess(argv, { cwd: dir });
      expectClean(r.stderr);
      // stdout of fmt is file content, which is not ours to change; the names around it are.
      expect(forgedCommands(r.stdout)).toEqual([]);
    }
  });

  it("an error line naming the path is one line", async () => {
    const r = await runInProcess(["fmt", `${HOSTILE}/missing`], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^hpom-lint: [^\n]*\n$/);
    expectClean(r.stderr);
  });

  it("a file name that opens with :: is shown as ./::…", async () => {
    const colons = workspace({ "::warning::x/allnodes": BROKEN });
    const r = await runInProcess(["."], { cwd: colons });
    expect(r.stdout).toContain("./::warning::x/allnodes:");
    expectClean(r.stdout);
  });

  it("an unknown option quoting a workflow command stays on the error's lines", async () => {
    const r = await runInProcess(["generate", "--nope\n::error::INJECTED", "m.yaml", "--out", "o"], { cwd: dir });
    expect(r.code).toBe(2);
    expectClean(r.stderr);
  });
});

describe("a pool model with pools named with a workflow command", () => {
  const POOLS = `version: 1\npools:\n  - name: "x\\n::error file=README.md,line=1::INJECTED"\n    members: [om1.example.com]\n    virtual: [v.example.com]\n  - name: "x\\n::error file=README.md,line=1::INJECTED"\n    members: [om2.example.com]\n    virtual: [w.example.com]\n`;
  const dir = workspace({ "pools.yaml": POOLS, [`${HOSTILE}.yaml`]: POOLS, allnodes: UNFORMATTED });

  it.each([
    ["lint --pool", ["--pool", "pools.yaml", "allnodes"]],
    ["generate", ["generate", "pools.yaml", "--out", "out"]],
    ["generate, hostile model name", ["generate", `${HOSTILE}.yaml`, "--out", "out"]],
    ["lint --pool, hostile model name", ["--pool", `${HOSTILE}.yaml`, "allnodes"]],
  ])("%s reports the problems without forging a command", async (_, argv) => {
    const r = await runInProcess(argv, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("INJECTED");
    expectClean(r.stdout + r.stderr);
  });
});
