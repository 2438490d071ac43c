/**
 * `--format junit` and `--format gitlab` through the CLI in process, on real
 * files, checked the way their consumers read them: the JUnit report against
 * an XML Schema by libxml2, the Code Quality report for the fields GitLab's
 * documentation requires and for fingerprints that survive edits elsewhere.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import { runInProcess } from "./run-in-process.js";
import { workspace } from "./workspace.js";

/** Runs the CLI in process in `cwd`. */
const lint = (cwd: string, args: string[]) => runInProcess(args, { cwd });

/** An allnodes with an undefined time template (HP2001, an error) in its last line. */
const UNDEFINED_TEMPLATE =
  'RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "x"\n    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n    MSGTARGETRULES\n      MSGTARGETRULE\n        DESCRIPTION "all"\n        MSGTARGETRULECONDS\n        MSGTARGETMANAGERS\n          MSGTARGETMANAGER\n            TIMETEMPLATE "nights"\n            OPCMGR IP 0.0.0.0 "om1.example.com"\n';

/** Characters XML 1.0 cannot hold in any form (and the C1 controls a terminal acts on). */
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/;

describe("--format junit", () => {
  const schema = readFileSync(join(__dirname, "schemas/junit.xsd"), "utf8");

  async function validate(xml: string): Promise<string[]> {
    const result = await validateXML({
      xml: [{ fileName: "report.xml", contents: xml }],
      schema: [{ fileName: "junit.xsd", contents: schema }],
    });
    return result.errors.map((e) => e.rawMessage);
  }

  it("is valid JUnit XML: a suite per file named from the repository's root, a failing case per problem, a passing case for a clean file", async () => {
    const repo = workspace({
      ".git/HEAD": "ref: refs/heads/main\n",
      "servers/bad/allnodes": UNDEFINED_TEMPLATE,
      "servers/good/allnodes": UNDEFINED_TEMPLATE.replace('"nights"', '"$OPC_ALWAYS"'),
    });
    const ran = await lint(join(repo, "servers"), ["--format", "junit", "bad/allnodes", "good/allnodes"]);
    expect(ran.stderr).toBe("");
    expect(ran.code).toBe(1);
    expect(await validate(ran.stdout)).toEqual([]);
    expect(ran.stdout).toContain('<testsuites name="hpom-lint" tests="2" failures="1" errors="0" time="0">');
    expect(ran.stdout).toContain('<testsuite name="servers/bad/allnodes" tests="1" failures="1" errors="0" skipped="0" time="0">');
    expect(ran.stdout).toMatch(
      /<testcase classname="servers\/bad\/allnodes" name="HP2001\/undefined-time-template at 12:26" time="0">\n\s+<failure type="error" message="[^"]*nights/,
    );
    expect(ran.stdout).toContain('<testcase classname="servers/good/allnodes" name="hpom-lint" time="0"/>');
  });

  it("stays well-formed with markup, control characters and lone surrogates from file names and messages", async () => {
    const dir = workspace({
      ["a<b>&\"'\u0001\u0085/allnodes"]: UNDEFINED_TEMPLATE.replace('"nights"', '"<&>\\"\u0007\u001b[2J\ud800\u0085"'),
    });
    const ran = await lint(dir, ["--format", "junit", "."]);
    expect(ran.stderr).toBe("");
    expect(await validate(ran.stdout)).toEqual([]);
    expect(ran.stdout).not.toMatch(NOT_IN_XML);
    expect(ran.stdout).toContain('classname="a&lt;b&gt;&amp;&quot;&apos;\uFFFD\uFFFD/allnodes"');
    expect(ran.stdout).toContain("&lt;&amp;&gt;");
  });
});

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

describe("--format gitlab", () => {
  async function issues(dir: string, ...paths: string[]): Promise<Issue[]> {
    const ran = await lint(dir, ["--format", "gitlab", ...paths]);
    expect(ran.stderr).toBe("");
    return JSON.parse(ran.stdout) as Issue[];
  }

  it("has every field GitLab's Code Quality requires, paths from the repository's root, and its severities", async () => {
    const dir = workspace({ ".git/HEAD": "ref: refs/heads/main\n", "servers/respmgrs/allnodes": UNDEFINED_TEMPLATE });
    const [issue, ...rest] = await issues(join(dir, "servers"), "respmgrs/allnodes");
    expect(rest).toEqual([]);
    expect(issue).toEqual({
      description: expect.stringContaining("nights"),
      check_name: "HP2001/undefined-time-template",
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      severity: "major",
      location: { path: "servers/respmgrs/allnodes", lines: { begin: 12, end: 12 } },
    });
    const empty = await lint(dir, ["--format", "gitlab", "--rule", "HP2001=off", "servers/respmgrs/allnodes"]);
    expect(empty).toEqual({ code: 0, stdout: "[]\n", stderr: "" });
    const minor = await lint(dir, ["--format", "gitlab", "--rule", "HP2001=warning", "servers/respmgrs/allnodes"]);
    const info = await lint(dir, ["--format", "gitlab", "--rule", "HP2001=info", "servers/respmgrs/allnodes"]);
    expect([JSON.parse(minor.stdout)[0].severity, JSON.parse(info.stdout)[0].severity]).toEqual(["minor", "info"]);
  });

  it("keeps fingerprints when lines move, and tells identical findings in one file apart", async () => {
    const second = UNDEFINED_TEMPLATE.slice(UNDEFINED_TEMPLATE.indexOf("          MSGTARGETMANAGER\n")).replace("om1", "om2");
    const twice = UNDEFINED_TEMPLATE + second;
    const before = await issues(workspace({ allnodes: twice }), "allnodes");
    const after = await issues(workspace({ allnodes: `# moved down by a comment\n\n${twice}` }), "allnodes");
    expect(before.map((i) => i.location.lines.begin)).toEqual([12, 15]);
    expect(after.map((i) => i.location.lines.begin)).toEqual([14, 17]);
    expect(after.map((i) => i.fingerprint)).toEqual(before.map((i) => i.fingerprint));
    expect(new Set(before.map((i) => i.fingerprint)).size).toBe(2);
    const renamed = await issues(workspace({ "other/allnodes": twice }), "other/allnodes");
    expect(renamed.map((i) => i.fingerprint)).not.toContain(before[0]!.fingerprint);
  });
});
