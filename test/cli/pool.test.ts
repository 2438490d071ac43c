/**
 * Linting against a pool model end to end: `--pool` and the configuration's
 * `pool`, the server taken from `--server` or from the path, an invalid model,
 * and many files on worker threads giving the same report as one thread (the
 * one test run through the built CLI as a child process: workers need its build).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { requireBuild, root, run } from "./run-cli.js";
import { runInProcess } from "./run-in-process.js";
import { workspace } from "./workspace.js";

beforeAll(requireBuild);

const example = join(root, "examples/pools/three-levels");
const read = (path: string) => readFileSync(join(example, path), "utf8");
const model = read("pool.yaml");

/** The example's pool, with the members' synchronisation turned into notifications. */
function brokenSync(): Record<string, string> {
  return {
    "pool.yaml": model,
    "core/msgforw": read("core/msgforw").replaceAll("MSGCONTROLLINGMGR", "NOTIFYMGR"),
    "core/allnodes": read("core/allnodes"),
  };
}

const codes = (stdout: string) =>
  (JSON.parse(stdout) as { files: { filename: string; diagnostics: { code: string }[] }[] }).files.flatMap((f) =>
    f.diagnostics.map((d) => `${f.filename} ${d.code}`),
  );

describe("lint --pool", () => {
  it("the generated examples are clean against their models", async () => {
    for (const scenario of [
      "one-virtual-interface",
      "three-levels",
      "three-servers",
      "two-levels-members",
      "agents-and-guis",
      "load-balancer",
    ]) {
      const dir = join(root, "examples/pools", scenario);
      expect(await runInProcess(["--pool", join(dir, "pool.yaml"), dir])).toMatchObject({ code: 0, stderr: "" });
    }
  });

  it("finds the server of each file by its folder, and the pooling rules run", async () => {
    const cwd = workspace(brokenSync());
    const r = await runInProcess(["--pool", "pool.yaml", "--format", "json", "."], { cwd });
    expect(r.code).toBe(1);
    expect(new Set(codes(r.stdout))).toEqual(new Set(["core/msgforw HP3006"]));
  });

  it("without a model the same files raise nothing pool-specific", async () => {
    const cwd = workspace(brokenSync());
    const r = await runInProcess(["--format", "json", "."], { cwd });
    expect(codes(r.stdout).filter((c) => c.includes(" HP3"))).toEqual([]);
  });

  it("--server names the server when the path does not", async () => {
    const cwd = workspace({ "pool.yaml": model, msgforw: brokenSync()["core/msgforw"]! });
    expect(codes((await runInProcess(["--pool", "pool.yaml", "--format", "json", "msgforw"], { cwd })).stdout)).toEqual([]);
    const r = await runInProcess(["--pool", "pool.yaml", "--server", "core", "--format", "json", "msgforw"], { cwd });
    expect(new Set(codes(r.stdout))).toEqual(new Set(["msgforw HP3006"]));
  });

  it("--server that the model does not name is exit 2, not the pooling rules silently off", async () => {
    const cwd = workspace(brokenSync());
    const r = await runInProcess(["--pool", "pool.yaml", "--server", "om1.exmaple.com", "core/msgforw"], { cwd });
    expect(r).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "hpom-lint: --server om1.exmaple.com: not a pool or server of the pool model pool.yaml, so the pooling rules could check nothing\n",
    });
    // Any spelling of a name the model has is fine, and so is a server something forwards to.
    expect((await runInProcess(["--pool", "pool.yaml", "--server", "OM1.Example.com.", "core/msgforw"], { cwd })).code).toBe(1);
    expect((await runInProcess(["--pool", "pool.yaml", "--server", "om-hq.example.com", "core/allnodes"], { cwd })).code).toBe(0);
  });

  it("takes the model from the configuration file's pool, relative to the configuration", async () => {
    const files = brokenSync();
    const cwd = workspace({
      ".hpom-lint.json": JSON.stringify({ pool: "model/pool.yaml" }),
      "model/pool.yaml": files["pool.yaml"]!,
      "core/msgforw": files["core/msgforw"]!,
    });
    const r = await runInProcess(["--format", "json", "core"], { cwd });
    expect(new Set(codes(r.stdout))).toEqual(new Set(["core/msgforw HP3006"]));
  });

  it("an invalid model stops the run with exit 2, one line per problem with file, line and column", async () => {
    const cwd = workspace({
      "pool.yaml": "version: 1\npools:\n  - name: core\n    members: [a.example.com]\n    virtual: [a.example.com]\n",
      allnodes: "RESPMGRCONFIGS\n",
    });
    const r = await runInProcess(["--pool", "pool.yaml", "allnodes"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("hpom-lint: invalid pool model pool.yaml (2 problems):\n");
    expect(r.stderr).toContain("pool.yaml:4:5: pools[0].members: ");
    expect(r.stderr).toContain("pool.yaml:5:15: pools[0].virtual[0]: ");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("a JSON model with a syntax error: exit 2, the error in JSON's terms at its line and column", async () => {
    const cwd = workspace({ "bad.json": '{"version":1,"pools":[}', "a/msgforw": "RESPMGRCONFIGS\n" });
    const r = await runInProcess(["--pool", "bad.json", "a/msgforw"], { cwd });
    expect(r).toEqual({
      code: 2,
      stdout: "",
      stderr: 'hpom-lint: invalid pool model bad.json (1 problem):\nbad.json:1:23: invalid JSON: expected a value, found "}"\n',
    });
  });

  it("a model that cannot be read is exit 2", async () => {
    const cwd = workspace({ allnodes: "RESPMGRCONFIGS\n" });
    const r = await runInProcess(["--pool", "missing.yaml", "allnodes"], { cwd });
    expect(r).toMatchObject({ code: 2, stdout: "" });
    expect(r.stderr).toMatch(/^hpom-lint: missing\.yaml: cannot read \(ENOENT\)\n$/);
  });
});

describe("lint on worker threads", () => {
  it("reports exactly what one thread reports, in the same order", async () => {
    const files: Record<string, string> = {};
    const broken = brokenSync()["core/msgforw"]!;
    for (let i = 0; i < 240; i++) {
      const hex = (0x0a000000 + i).toString(16).padStart(8, "0");
      files[`nodes/${hex}`] = i % 60 === 7 ? "RESPMGRCONFIGS\n  RESPMGRCONFIG\n    SECONDARYMANAGERS\n" : read("core/allnodes");
    }
    files["pool.yaml"] = model;
    files["core/msgforw"] = broken;
    const cwd = workspace(files);
    const parallel = await run(["--pool", "pool.yaml", "--server", "core", "--concurrency", "2", "--format", "json", "."], { cwd });
    const serial = await run(["--pool", "pool.yaml", "--server", "core", "--concurrency", "0", "--format", "json", "."], { cwd });
    expect(parallel.code).toBe(1);
    expect(parallel).toEqual(serial);
    expect(codes(parallel.stdout).length).toBeGreaterThan(4);
  });
});
