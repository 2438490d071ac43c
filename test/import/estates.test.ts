/** `importPoolModel` and `migrationPlan` on the hand-written example estates. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadEstate } from "../../src/estate/load.js";
import { generate } from "../../src/generator/generate.js";
import { importedModelYaml, importPoolModel, migrationPlan } from "../../src/index.js";
import { lint } from "../../src/lint/index.js";
import { parsePoolModel } from "../../src/model/parse-pool-model.js";
import { estates, readEstate } from "../estate/estates.js";

function imported(name: string) {
  const inputs = readEstate(join(estates, name));
  const estate = loadEstate(inputs);
  const result = importPoolModel(estate);
  return { inputs, estate, result };
}

describe("the backup-server estate", () => {
  const { inputs, estate, result } = imported("backup-servers");

  it("imports to the pool HP's guide would build: the same servers and a virtual interface to name", () => {
    expect(result.model).toEqual({
      version: 1,
      pools: [{ name: "om-pool", members: ["om1.example.com", "om2.example.com"], virtual: ["om-pool.example.com"] }],
      senders: [{ server: "om-branch.example.com", forwardTo: ["om-pool"], mode: "members" }],
    });
    expect(result.backupServers).toEqual([
      { pool: "om-pool", primary: "om1.example.com", backups: ["om2.example.com"], proposedVirtual: "om-pool.example.com" },
    ]);
    expect(result.todos.some((t) => t.includes("om-pool.example.com is made up"))).toBe(true);
  });

  it("gives a model whose generated files lint clean", () => {
    const model = result.model;
    for (const f of generate(model).filter((g) => g.kind !== "runbook" && g.kind !== "topology" && g.kind !== "bbc_inst_defaults")) {
      for (const server of f.servers)
        expect(lint(f.content, { filename: f.path, pool: model, server }), `${f.path} as ${server}`).toEqual([]);
    }
  });

  it("plans the changes: agent files, forwarding, then the switch of the primary manager", () => {
    const plan = migrationPlan(estate, result, { inputs });
    expect(plan.files.map((f) => [f.path, f.change, f.phase])).toEqual([
      ["om-branch.example.com/msgforw", "changed", 3],
      ["om1.example.com/allnodes", "changed", 2],
      ["om1.example.com/bbc_inst_defaults", "changed", 4],
      ["om1.example.com/msgforw", "changed", 3],
      ["om2.example.com/allnodes", "changed", 2],
      ["om2.example.com/bbc_inst_defaults", "changed", 4],
      ["om2.example.com/msgforw", "changed", 3],
    ]);
    expect(plan.phases.map((p) => p.whileOldRuns)).toEqual([true, true, true, false]);
    const diff = (path: string) => plan.files.find((f) => f.path === path)!.diff;
    expect(diff("om1.example.com/allnodes")).toContain(
      '-            OPCMGR IP 0.0.0.0 "$OPC_PRIMARY_MGR"\n+            OPCMGR IP 0.0.0.0 "om-pool.example.com"\n',
    );
    // Hot synchronisation adds the server itself to its msgforw.
    expect(diff("om2.example.com/msgforw")).toContain('+            OPCMGR IP 0.0.0.0 "om2.example.com"\n');
    expect(diff("om1.example.com/bbc_inst_defaults")).toBe(
      "--- a/om1.example.com/bbc_inst_defaults\n+++ b/om1.example.com/bbc_inst_defaults\n@@ -1,3 +1,3 @@\n" +
        " # Agents installed from this server report to the primary server.\n [eaagt]\n" +
        "-OPC_PRIMARY_MGR=om1.example.com\n+OPC_PRIMARY_MGR=om-pool.example.com\n",
    );
  });

  it("writes YAML that reads back as the model, with sources, the files to change and TODO lines", () => {
    const yaml = importedModelYaml(result, { estate: "estate", plan: migrationPlan(estate, result, { inputs }) });
    expect(parsePoolModel(yaml, "pool.yaml")).toEqual(result.model);
    expect(yaml).toContain(
      "- om2.example.com # another member forwards it every message with MSGCONTROLLINGMGR (estate/om1.example.com/msgforw:13)\n",
    );
    expect(yaml).toContain("#   estate/om1.example.com/allnodes (changed)\n");
    expect(yaml).toMatch(/^# TODO: choose the virtual interface of pool "om-pool"/m);
  });
  it("puts the primary the installation defaults name first, each member with its own source", () => {
    const inputs = readEstate(join(estates, "backup-servers")).map((i) =>
      i.path.endsWith("bbc_inst_defaults") ? { ...i, text: i.text.replace("=om1.", "=om2.") } : i,
    );
    const result = importPoolModel(loadEstate(inputs));
    expect(result.model.pools[0]!.members).toEqual(["om2.example.com", "om1.example.com"]);
    expect(result.backupServers[0]).toMatchObject({ primary: "om2.example.com", backups: ["om1.example.com"] });
    expect(importedModelYaml(result)).toContain(
      "- om2.example.com # another member forwards it every message with MSGCONTROLLINGMGR (om1.example.com/msgforw:13)\n",
    );
  });
});

describe("estates that are pools already", () => {
  it("hp-pool: the pool from its files, named after its virtual interface", () => {
    const { result } = imported("hp-pool");
    expect(result.model.pools).toEqual([
      { name: "om-pool", members: ["om1.example.com", "om2.example.com"], virtual: ["om-pool.example.com"] },
    ]);
    expect(result.backupServers).toEqual([]);
    expect(result.facts).toContainEqual({
      path: ["pools", 0, "virtual", 0],
      what: "named by the agents' files, not a server of the estate",
      source: expect.objectContaining({ file: expect.stringMatching(/^om1\.example\.com\/.*allnodes$/) }),
    });
  });

  it("three-levels: a sender through the virtual interface and an upward target", () => {
    const { result } = imported("three-levels");
    expect(result.model.pools[0]).toMatchObject({ members: ["om1.example.com", "om2.example.com"], forwardTo: ["om-hq.example.com"] });
    expect(result.model.senders).toEqual([{ server: "om-east.example.com", forwardTo: [result.model.pools[0]!.name], mode: "virtual" }]);
  });

  it("an estate without synchronising servers is refused, saying why", () => {
    expect(() => imported("loop")).toThrow(/no two servers of the estate forward every message to each other with MSGCONTROLLINGMGR/);
  });
});
