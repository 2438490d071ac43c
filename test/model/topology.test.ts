/** The pool model resolved once: defaults, roles, forwarding, and the shapes `lint` may be given unvalidated. */
import { describe, expect, it } from "vitest";
import type { PoolModel } from "../../src/index.js";
import { resolveTopology, topologyOf } from "../../src/model/topology.js";

const model: PoolModel = {
  version: 1,
  pools: [
    {
      name: "core",
      members: ["m1.example.com", "m2.example.com"],
      virtual: ["v1.example.com", "v2.example.com"],
      forwardTo: ["top", "hq.example.com"],
      details: [{ virtual: "v2.example.com", home: "m1.example.com" }],
    },
    {
      name: "top",
      members: ["t1.example.com", "t2.example.com"],
      virtual: ["tv.example.com"],
      primary: "tv.example.com",
      gui: "tv.example.com",
    },
  ],
  senders: [
    { server: "s1.example.com", forwardTo: ["core"] },
    { server: "s2.example.com", forwardTo: ["core"], mode: "members" },
  ],
};

describe("topologyOf", () => {
  const topology = topologyOf(model);
  const core = topology.pool("core")!;

  it("applies the model's defaults once: primary and GUI on the first V, homes in turn, senders in virtual mode", () => {
    expect(core.primary).toBe("v1.example.com");
    expect(core.gui).toBe("v1.example.com");
    expect([...core.homes]).toEqual([
      ["v1.example.com", "m1.example.com"],
      ["v2.example.com", "m1.example.com"],
    ]);
    expect(topology.senders.map((s) => s.mode)).toEqual(["virtual", "members"]);
    expect(core.model).toBe(model.pools[0]);
  });

  it("tells every server's role and whose file it is", () => {
    expect(topology.identify("M2.Example.com.")).toEqual({ kind: "member", pool: core });
    expect(topology.identify("v2.example.com")?.kind).toBe("virtual");
    expect(topology.identify("s1.example.com")?.kind).toBe("sender");
    expect(topology.owner("m1.example.com")).toEqual({ kind: "pool", pool: core, member: "m1.example.com" });
    expect(topology.owner("core")).toEqual({ kind: "pool", pool: core, member: undefined });
    expect(topology.owner("x.example.com")).toMatchObject({
      kind: "sender",
      sender: { server: "x.example.com", forwardTo: [], mode: "virtual" },
    });
    expect(topology.owner(undefined)).toBeUndefined();
  });

  it("says who forwards to whom: a pool's primary V, its members in members mode, an FQDN as it is", () => {
    expect(topology.forwardTargets(core.forwardTo, "virtual").map((t) => t.servers)).toEqual([["tv.example.com"], ["hq.example.com"]]);
    expect(topology.forwardTargets(["top"], "members")[0]!.servers).toEqual(["t1.example.com", "t2.example.com"]);
    expect(topology.targetPools(["tv.example.com", "core", "hq.example.com"]).map((p) => p.name)).toEqual(["top", "core"]);
  });

  it("knows the model's names as host names, forwarding targets included", () => {
    expect(topology.spellingOf("CORE")).toBe("core");
    expect(topology.spellingOf("S2.example.com")).toBe("s2.example.com");
    expect(topology.spellingOf("hq.example.com")).toBeUndefined();
    expect(topology.mentions("HQ.example.com")).toBe(true);
    expect(topology.mentions("nowhere.example.com")).toBe(false);
  });
});

describe("resolveTopology", () => {
  it("gives no topology for a shape it cannot read, and skips the parts it cannot", () => {
    for (const garbage of ["core", 42, null, [], { pools: 5 }]) expect(resolveTopology(garbage as unknown as PoolModel)).toBeUndefined();
    const partial = { pools: [{ name: 1 }, { name: "p", members: ["M1.example.com", 7], virtual: [] }], senders: [{ mode: "members" }] };
    expect(resolveTopology(partial as unknown as PoolModel)).toMatchObject({ pools: [], senders: [] });
  });
});
