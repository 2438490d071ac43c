import { describe, expect, it } from "vitest";
import { serverOfPath } from "../../src/cli/server-of-path.js";
import { topologyOf } from "../../src/model/topology.js";

const model = topologyOf({
  version: 1,
  pools: [{ name: "core", members: ["m1.example.com", "m2.example.com"], virtual: ["v.example.com"] }],
  senders: [{ server: "s1.example.com", forwardTo: ["core"] }],
});

describe("serverOfPath", () => {
  it("takes the nearest folder named like a pool or a server of the model", () => {
    expect(serverOfPath("generated/core/allnodes", model)).toBe("core");
    expect(serverOfPath("repo/s1.example.com/msgforw", model)).toBe("s1.example.com");
    expect(serverOfPath("core/M2.Example.com/msgforw", model)).toBe("m2.example.com");
    expect(serverOfPath("C:\\hpom\\core\\msgforw", model)).toBe("core");
  });

  it("never takes the file name itself, and gives up when no folder matches", () => {
    expect(serverOfPath("etc/msgforw", model)).toBeUndefined();
    expect(serverOfPath("core", model)).toBeUndefined();
    expect(serverOfPath("msgforw", model)).toBeUndefined();
  });
});
