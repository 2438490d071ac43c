/**
 * README's VS Code problem matcher, run as VS Code runs it (a JavaScript
 * regular expression over each line of the task's output) on the stylish
 * report of real files: every diagnostic line matches, with its file, place,
 * severity, message and code, and no other line does.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run, type CliIo } from "../../src/cli/index.js";
import { root } from "./run-cli.js";
import { workspace } from "./workspace.js";

interface ProblemPattern {
  regexp: string;
  file: number;
  line: number;
  column: number;
  severity: number;
  message: number;
  code: number;
}

/** The problem matcher of README's tasks.json (JSONC: its only comments would be whole lines). */
function readmePattern(): ProblemPattern {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("\n### VS Code without the language server\n"));
  const block = /```jsonc\n([\s\S]*?)```/.exec(section)?.[1];
  expect(block, "README's tasks.json").toBeDefined();
  const tasks = JSON.parse(block!) as { tasks: { command: string; problemMatcher: { pattern: ProblemPattern } }[] };
  expect(tasks.tasks[0]!.command).toBe("npx hpom-lint --no-color .");
  return tasks.tasks[0]!.problemMatcher.pattern;
}

async function stylish(cwd: string, args: string[]): Promise<string> {
  let out = "";
  const io: CliIo = {
    stdout: (text) => {
      out += typeof text === "string" ? text : Buffer.from(text).toString("utf8");
    },
    stderr: (text) => {
      out += text;
    },
    readStdin: async () => new Uint8Array(),
    cwd,
    isTTY: true,
    isStderrTTY: true,
    env: {},
  };
  await run(args, io);
  return out;
}

const ALLNODES =
  'RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "x"\n    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n    MSGTARGETRULES\n      MSGTARGETRULE\n        DESCRIPTION "all"\n        MSGTARGETRULECONDS\n        MSGTARGETMANAGERS\n          MSGTARGETMANAGER\n            TIMETEMPLATE "a [b]: 1:2: error: c"\n            OPCMGR IP 0.0.0.0 "om1.example.com"\n';

describe("README's VS Code problem matcher", () => {
  it("matches every diagnostic line of the stylish report, infos included, and nothing else", async () => {
    const pattern = readmePattern();
    const regexp = new RegExp(pattern.regexp);
    const dir = workspace({ "my servers/allnodes": ALLNODES, "b/msgforw": "TIMETEMPLATES\n  TIMETEMPLATE\n" });
    // On a terminal, as a VS Code task runs: --no-color is what keeps the lines matchable.
    const out = await stylish(dir, ["--no-color", "--rule", "HP2001=info", "."]);
    const problems = out
      .split("\n")
      .map((line) => regexp.exec(line))
      .filter((m) => m !== null)
      .map((m) => ({
        file: m[pattern.file],
        line: m[pattern.line],
        column: m[pattern.column],
        severity: m[pattern.severity],
        message: m[pattern.message],
        code: m[pattern.code],
      }));
    const headers = out.split("\n").filter((line) => /^\S.*:\d+:\d+: /.test(line));
    expect(problems).toHaveLength(headers.length);
    expect(new Set(problems.map((p) => p.severity))).toEqual(new Set(["error", "info"]));
    expect(problems).toContainEqual({
      file: "my servers/allnodes",
      line: "12",
      column: "26",
      severity: "info",
      message: expect.stringContaining('"a [b]: 1:2: error: c"'),
      code: "HP2001",
    });
    expect(problems.every((p) => p.file === "my servers/allnodes" || p.file === "b/msgforw")).toBe(true);
    expect(out).not.toContain("\u001b");
  });
});
