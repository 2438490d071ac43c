/** `hpom-lint graph` through the real CLI, in process: the three formats, a pool model, and bad input. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run, requireBuild } from "../cli/run-cli.js";
import { workspace } from "../cli/workspace.js";
import { cli, root } from "../estate/estates.js";
import { graphvizProblems, xmlProblems } from "./graphviz.js";

const golden = (name: string) => readFileSync(join(__dirname, "golden", name), "utf8");

/** An allnodes whose one rule has no end: a syntax error on its last line. */
const BROKEN = 'RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "x\n';

describe("hpom-lint graph", () => {
  it("prints the Mermaid flowchart of an estate folder by default", async () => {
    const r = await cli(["graph", "examples/estates/loop"]);
    expect(r).toEqual({ code: 0, stdout: golden("loop.mmd"), stderr: "" });
  });

  it("notes files left out on stderr, as route does", async () => {
    const r = await cli(["graph", "examples/estates/follow-the-sun"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(golden("follow-the-sun.mmd"));
    expect(r.stderr).toBe(
      "hpom-lint: note: examples/estates/follow-the-sun/om-emea.example.com/etc/opt/OV/share/conf/OpC/mgmt_sv/work_respmgrs/allnodes: a draft (work_respmgrs), not part of the estate\n",
    );
  });

  it("--format dot: Graphviz reads it without an error", async () => {
    const r = await cli(["graph", "examples/estates/competence-centres", "--format", "dot"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^digraph estate \{\n/);
    expect(await graphvizProblems(r.stdout)).toEqual([]);
  });

  it("--format svg: well-formed XML, drawn offline by Graphviz, the same in every run", async () => {
    const r = await cli(["graph", "examples/estates/hp-pool", "--format", "svg"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^<\?xml [^]*<svg [^]*<\/svg>\n$/);
    expect(r.stdout).toContain(">om1.example.com</text>");
    expect(await xmlProblems(r.stdout)).toEqual([]);
    expect((await cli(["graph", "examples/estates/hp-pool", "--format", "svg"])).stdout).toBe(r.stdout);
  });

  it("draws a pool model from the files generate writes for it", async () => {
    const r = await cli(["graph", "examples/pools/three-levels/pool.yaml"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain('  subgraph g0["pool core"]\n');
    expect(r.stdout).toContain('  n3 ==>|"control: all messages"| n2\n');
  });

  it("takes --pool with an estate folder: the model's pool folders hold every member's files", async () => {
    const r = await cli(["graph", "examples/pools/three-levels", "--pool", "examples/pools/three-levels/pool.yaml"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe((await cli(["graph", "examples/pools/three-levels/pool.yaml"])).stdout);
  });

  describe("bad input: one clear line, exit 2, nothing on stdout", () => {
    it.each([
      [["graph", "no/such/place"], "hpom-lint: no/such/place: no such file or folder\n"],
      [
        ["graph", "examples/pools/three-levels/pool.yaml", "--pool", "examples/pools/three-levels/pool.yaml"],
        "hpom-lint: --pool goes with an estate folder; examples/pools/three-levels/pool.yaml is a file, drawn as a pool model\n",
      ],
      [
        ["graph", "examples/estates/loop/om-a.example.com/msgforw"],
        "hpom-lint: examples/estates/loop/om-a.example.com/msgforw: a file of one server; graph draws an estate folder (one folder per server) or a pool model\n",
      ],
      [
        ["graph", "examples/estates/loop", "--format", "png"],
        "hpom-lint: option '--format <format>' argument 'png' is invalid. Allowed choices are mermaid, dot, svg.\n",
      ],
    ])("%j", async (argv, stderr) => {
      expect(await cli(argv)).toEqual({ code: 2, stdout: "", stderr });
    });

    it("a folder without servers", async () => {
      const dir = workspace({ "notes/readme.txt": "nothing here\n" });
      expect(await cli(["graph", "."], dir)).toEqual({
        code: 2,
        stdout: "",
        stderr:
          "hpom-lint: .: no server in this folder: put each server's files in a folder named by its FQDN (om1.example.com/allnodes)\n",
      });
    });

    it("a file with a syntax error, named with its line and column", async () => {
      const dir = workspace({ "om1.example.com/allnodes": BROKEN });
      const r = await cli(["graph", "."], dir);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(
        /^hpom-lint: the estate has files with syntax errors; fix them first \(hpom-lint lint shows every problem\):\nom1\.example\.com\/allnodes:3:17: .+\n$/,
      );
    });

    it("an invalid pool model, each problem with its line and column", async () => {
      const dir = workspace({
        "pools.yaml": "version: 1\npools:\n  - name: core\n    members: [om1.example.com]\n    virtual: [v.example.com]\n",
      });
      const r = await cli(["graph", "pools.yaml"], dir);
      expect(r).toEqual({
        code: 2,
        stdout: "",
        stderr:
          "hpom-lint: invalid pool model pools.yaml (1 problem):\npools.yaml:4:5: pools[0].members: a pool needs at least two physical servers\n",
      });
    });
  });
});

describe("hpom-lint graph, built", () => {
  it("loads Graphviz from a file of its own, for --format svg only", async () => {
    requireBuild();
    expect(readFileSync(join(root, "dist/cli.cjs"), "utf8")).not.toContain("graphviz");
    const r = await run(["graph", "examples/estates/loop", "--format", "svg"], { cwd: root });
    expect(r.code).toBe(0);
    expect(await xmlProblems(r.stdout)).toEqual([]);
  });
});
