/**
 * HP's own files and folders through `run(argv, io)` in process: the samples of
 * `tmpl_respmgrs` under HP's names, `bbc_inst_defaults` found in a folder and
 * checked against the pool model (never parsed as flexible-management syntax),
 * and the exit-2 message for a folder of files under other names.
 */
import { cpSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixtures } from "./run-cli.js";
import { runInProcess } from "./run-in-process.js";
import { workspace } from "./workspace.js";

/** Runs the CLI in process in `cwd`, with `stdin` as standard input. */
const runIn = (cwd: string, argv: string[], stdin = "") => runInProcess(argv, { cwd, input: stdin });

interface JsonReport {
  files: { filename: string; diagnostics: { code: string; message: string; range: { start: { line: number; column: number } } }[] }[];
}

const SAMPLES = join(fixtures, "tmpl_respmgrs");

describe("a copy of HP's tmpl_respmgrs", () => {
  it("finds and lints every sample under HP's name, and only those", async () => {
    const cwd = workspace({});
    cpSync(SAMPLES, join(cwd, "tmpl_respmgrs"), { recursive: true });
    const r = await runIn(cwd, ["--format", "json", "tmpl_respmgrs"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as JsonReport;
    const samples = readdirSync(SAMPLES)
      .filter((name) => name !== "README")
      .sort();
    expect(report.files.map((f) => f.filename).sort()).toEqual(samples.map((name) => `tmpl_respmgrs/${name}`));
    expect(report.files.flatMap((f) => f.diagnostics).filter((d) => d.code.startsWith("HP1"))).toEqual([]);
  });

  it("gives each sample the kind it is a sample of", async () => {
    const cwd = workspace({});
    cpSync(SAMPLES, join(cwd, "work_respmgrs"), { recursive: true });
    const r = await runIn(cwd, ["--format", "json", "work_respmgrs"]);
    const report = JSON.parse(r.stdout) as JsonReport;
    const codes = (name: string) => report.files.find((f) => f.filename === `work_respmgrs/${name}`)!.diagnostics.map((d) => d.code);
    // HP2045 timezone-hint speaks only in the outage file: the service-hours sample is one.
    expect(codes("service")).toContain("HP2045");
    expect(codes("hierarchy")).not.toContain("HP2045");
  });

  it("in another folder the sample names are not HPOM's: exit 2 says how to name a file", async () => {
    const cwd = workspace({ "samples/hier.time.all": readFileSync(join(SAMPLES, "hier.time.all"), "utf8") });
    const r = await runIn(cwd, ["samples"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("samples: no file with an HPOM file name in this folder");
    expect(r.stderr).toContain("hpom-lint samples/hier.time.all");
    expect(r.stderr).toContain("--stdin-filename allnodes < samples/hier.time.all");
    const named = await runIn(cwd, ["samples/hier.time.all"]);
    expect(named).toMatchObject({ code: 0, stderr: "" });
  });
});

const POOL = `version: 1
pools:
  - name: core
    members: [m1.example.com, m2.example.com]
    virtual: [v.example.com]
`;

describe("bbc_inst_defaults", () => {
  it("is found in a folder and not parsed as flexible-management syntax", async () => {
    const cwd = workspace({
      "core/bbc_inst_defaults": "# installation defaults\n[eaagt]\nOPC_PRIMARY_MGR=v.example.com\n\n[bbc.http]\nPROXY=\n",
    });
    const r = await runIn(cwd, ["--format", "json", "core"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ files: [{ filename: "core/bbc_inst_defaults", diagnostics: [] }] });
  });

  it("names a member as OPC_PRIMARY_MGR: an error at its line and column, fixed to V", async () => {
    const cwd = workspace({ "pool.yaml": POOL, "core/bbc_inst_defaults": "[eaagt]\nOPC_PRIMARY_MGR=m2.example.com\n" });
    const r = await runIn(cwd, ["--pool", "pool.yaml", "core"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "core/bbc_inst_defaults:2:17: error: OPC_PRIMARY_MGR=m2.example.com names member m2.example.com of pool core",
    );
    expect(r.stdout).toContain("[HP3010/bbc-primary-not-virtual]");
    const fixed = await runIn(cwd, ["--pool", "pool.yaml", "--fix", "core"]);
    expect(fixed.code).toBe(0);
    expect(readFileSync(join(cwd, "core/bbc_inst_defaults"), "utf8")).toBe("[eaagt]\nOPC_PRIMARY_MGR=v.example.com\n");
  });

  it("is left as written by fmt", async () => {
    const text = "[eaagt]\n  OPC_PRIMARY_MGR = v.example.com\n";
    const cwd = workspace({ "core/bbc_inst_defaults": text });
    expect(await runIn(cwd, ["fmt", "--check", "core"])).toMatchObject({ code: 0 });
    expect(await runIn(cwd, ["fmt", "core/bbc_inst_defaults"])).toMatchObject({ code: 0, stdout: text });
  });
});

describe("generate: the two-level hint", () => {
  const example = (scenario: string) => readFileSync(join(fixtures, "../../../examples/pools", scenario, "pool.yaml"), "utf8");

  it("tells, on stderr and at its line, of a sender left on mode virtual into a pool that forwards no further", async () => {
    const cwd = workspace({ "pool.yaml": example("outbound-only") });
    const r = await runIn(cwd, ["generate", "pool.yaml", "--out", "out"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'pool.yaml:25:13: senders[0].server: info: om-branch.example.com forwards into pool "edge", which forwards no further, on the default mode "virtual"; for two-level hierarchies HP\'s guide recommends the backup-server style: set mode: members (or mode: virtual to keep forwarding to the virtual interface)\n',
    );
  });

  it("is silent where the mode is set or the pool forwards on", async () => {
    for (const scenario of ["two-levels-members", "three-levels"]) {
      const cwd = workspace({ "pool.yaml": example(scenario) });
      expect(await runIn(cwd, ["generate", "pool.yaml", "--out", "out"]), scenario).toMatchObject({ code: 0, stderr: "" });
    }
  });
});
