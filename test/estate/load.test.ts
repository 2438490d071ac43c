/** loadEstate: whose file is which, what is left out, and what is reported. */
import { describe, expect, it } from "vitest";
import { loadEstate } from "../../src/estate/load.js";
import { primaryManagerSetting } from "../../src/estate/bbc-inst-defaults.js";
import { parsePoolModel } from "../../src/model/parse-pool-model.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { estates, readEstate, root } from "./estates.js";

const msgforw = `TIMETEMPLATES
RESPMGRCONFIGS
  RESPMGRCONFIG
    DESCRIPTION "msg-forwarding specification"
    MSGTARGETRULES
`;

describe("loadEstate", () => {
  it("takes the server from the first folder named by an FQDN, directly or in HP's tree", () => {
    const estate = loadEstate([
      { path: "OM1.Example.com/msgforw", text: msgforw },
      { path: "om2.example.com/etc/opt/OV/share/conf/OpC/mgmt_sv/respmgrs/msgforw", text: msgforw },
      {
        path: "om2.example.com/etc/opt/OV/share/conf/OpC/mgmt_sv/respmgrs/0a010203",
        text: readFileSync(join(root, "examples/node-specific/c0a80a0b"), "utf8"),
      },
    ]);
    expect([...estate.servers.keys()]).toEqual(["om1.example.com", "om2.example.com"]);
    expect(estate.servers.get("om1.example.com")!.msgforw!.path).toBe("OM1.Example.com/msgforw");
    expect([...estate.servers.get("om2.example.com")!.nodeFiles.keys()]).toEqual(["0a010203"]);
    expect(estate.notes).toEqual([]);
  });

  it("leaves samples out, reports drafts, files without a server, duplicates and syntax errors", () => {
    const estate = loadEstate([
      { path: "om1.example.com/tmpl_respmgrs/msgforw", text: msgforw },
      { path: "om1.example.com/work_respmgrs/msgforw", text: msgforw },
      { path: "respmgrs/msgforw", text: msgforw },
      { path: "om1.example.com/msgforw", text: msgforw },
      { path: "om1.example.com/respmgrs/msgforw", text: msgforw },
      { path: "om2.example.com/outage", text: 'RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "x\n' },
      { path: "om2.example.com/README.md", text: "not a file of HPOM" },
    ]);
    expect(estate.notes).toEqual([
      { type: "sample", path: "om1.example.com/tmpl_respmgrs/msgforw" },
      { type: "draft", path: "om1.example.com/work_respmgrs/msgforw" },
      {
        type: "syntax-error",
        path: "om2.example.com/outage",
        line: 3,
        column: 17,
        message: 'string "x is not closed before the end of the line',
      },
      { type: "no-server", path: "respmgrs/msgforw" },
      { type: "duplicate", path: "om1.example.com/respmgrs/msgforw", server: "om1.example.com", kept: "om1.example.com/msgforw" },
    ]);
    expect(estate.servers.get("om2.example.com")!.outage).toBeUndefined();
  });

  it("sees a pool where members' bbc_inst_defaults name one virtual interface that is no server", () => {
    const estate = loadEstate(readEstate(join(estates, "hp-pool")));
    expect(estate.pools).toEqual([
      {
        name: "om-pool.example.com",
        members: ["om1.example.com", "om2.example.com"],
        virtual: ["om-pool.example.com"],
        primary: "om-pool.example.com",
        holders: new Map([["om-pool.example.com", "om1.example.com"]]),
        source: "files",
      },
    ]);
  });

  it("with a pool model, reads a pool folder (generate's output) as files of every member", () => {
    const folder = join(root, "examples/pools/three-levels");
    const model = parsePoolModel(readFileSync(join(folder, "pool.yaml"), "utf8"), "pool.yaml");
    const estate = loadEstate(readEstate(folder), { pool: model });
    expect([...estate.servers.keys()]).toEqual(["om-east.example.com", "om-west.example.com", "om1.example.com", "om2.example.com"]);
    expect(estate.servers.get("om2.example.com")!.msgforw!.path).toBe("core/msgforw");
    expect(estate.servers.get("om2.example.com")!.msgforw!.pool).toBe("core");
    expect(estate.pools.map((p) => [p.name, p.primary, p.source])).toEqual([["core", "om-pool.example.com", "model"]]);
  });
});

describe("primaryManagerSetting", () => {
  it("finds OPC_PRIMARY_MGR under [eaagt] only", () => {
    expect(primaryManagerSetting("# c\n[ctrl]\nOPC_PRIMARY_MGR=no\n[eaagt]\n  OPC_PRIMARY_MGR = v.example.com\n")).toEqual({
      value: "v.example.com",
      line: 5,
    });
    expect(primaryManagerSetting("[ctrl]\nOPC_PRIMARY_MGR=no\n")).toBeUndefined();
  });
});
