/**
 * The pool model's validation as `generate` sees it: shapes (with plain
 * messages) and the cross-field checks, each issue with its path in the model.
 */
import { describe, expect, it } from "vitest";
import { generate, PoolModelError, poolModelSchema, type PoolModelIssue } from "../../src/index.js";

const core = { name: "core", members: ["m1.example.com", "m2.example.com"], virtual: ["v.example.com"] };

/** The issues `generate` throws for `model` (fails when it does not throw a PoolModelError). */
function issuesOf(model: unknown): PoolModelIssue[] {
  try {
    generate(model);
  } catch (error) {
    expect(error).toBeInstanceOf(PoolModelError);
    return [...(error as PoolModelError).issues];
  }
  throw new Error("the model was accepted");
}

const at = (issues: PoolModelIssue[]) => issues.map((i) => (i.path === "" ? i.message : `${i.path}: ${i.message}`));

describe("pool model shapes", () => {
  it("accepts the contract's example", () => {
    const model = {
      version: 1,
      pools: [
        {
          name: "core",
          members: ["serv1.bbn.hp.com", "serv2.bbn.hp.com"],
          virtual: ["virt.bbn.hp.com"],
          primary: "virt.bbn.hp.com",
          forwardTo: ["top"],
        },
        { name: "top", members: ["t1.bbn.hp.com", "t2.bbn.hp.com"], virtual: ["vtop.bbn.hp.com"] },
      ],
      senders: [{ server: "m3.bbn.hp.com", forwardTo: ["core"], mode: "virtual" }],
    };
    expect(poolModelSchema.safeParse(model).success).toBe(true);
    expect(generate(model).length).toBeGreaterThan(0);
  });

  it("names the path of every wrong value, in plain words", () => {
    const issues = issuesOf({
      version: 2,
      pools: [{ name: "Core", members: ["m1.example.com"], virtual: ["V.example.com", "10.0.0.1"], fowardTo: ["x"] }],
      senders: [{ server: "s.example.com", forwardTo: [], mode: "all" }],
    });
    expect(at(issues)).toEqual([
      "version: unsupported version: this hpom-lint reads pool models of version 1",
      "pools[0].name: must be a pool name: lower-case letters, digits and hyphens, starting with a letter or digit",
      "pools[0].members: a pool needs at least two physical servers",
      "pools[0].virtual[0]: must be a fully qualified domain name in lower case, such as om1.example.com",
      "pools[0].virtual[1]: must be a fully qualified domain name in lower case, such as om1.example.com",
      'pools[0].fowardTo: unknown field "fowardTo"; did you mean "forwardTo"?',
      "senders[0].forwardTo: a sender must forward to at least one target",
      'senders[0].mode: Invalid option: expected one of "virtual"|"members"',
    ]);
  });

  it("reports a missing field as missing", () => {
    expect(at(issuesOf({ version: 1, pools: [{ name: "core", virtual: ["v.example.com"] }] }))).toEqual([
      'pools[0].members: missing required field "members"',
    ]);
    expect(at(issuesOf({ pools: [core] }))).toEqual(['version: missing required field "version"']);
  });

  it("reports the alternative a node reference was meant to be", () => {
    const model = {
      version: 1,
      pools: [{ ...core, assignments: [{ virtual: "v.example.com", nodes: ["192.0.2.300", { address: "192.0.2.1", name: "Web" }, 7] }] }],
    };
    expect(at(issuesOf(model))).toEqual([
      "pools[0].assignments[0].nodes[0]: must be an IPv4 address such as 192.0.2.10 (no leading zeros)",
      "pools[0].assignments[0].nodes[1].name: must be a fully qualified domain name in lower case, such as om1.example.com",
      "pools[0].assignments[0].nodes[2]: must be an IPv4 address or { address, name }",
    ]);
  });

  it("reports a model that is not an object", () => {
    expect(at(issuesOf(null))).toEqual(["expected object, received null"]);
    expect(at(issuesOf("version: 1"))).toEqual(["expected object, received string"]);
  });
});

describe("cross-field checks", () => {
  const model = (pools: object[], senders?: object[]) => ({ version: 1, pools, ...(senders ? { senders } : {}) });

  it("a virtual interface is never also a member, and a server is in one pool", () => {
    const other = { name: "edge", members: ["m2.example.com", "v.example.com"], virtual: ["e.example.com", "m1.example.com"] };
    expect(at(issuesOf(model([core, other])))).toEqual([
      'pools[1].members[0]: "m2.example.com" is already a member of pool "core" (pools[0].members[1]); a server is in at most one pool',
      'pools[1].members[1]: "v.example.com" is already a virtual interface of pool "core" (pools[0].virtual[0]); a virtual interface is never also a member',
      'pools[1].virtual[1]: "m1.example.com" is already a member of pool "core" (pools[0].members[0]); a virtual interface is never also a member',
    ]);
    expect(at(issuesOf(model([{ ...core, members: ["m1.example.com", "m1.example.com"] }])))).toEqual([
      'pools[0].members[1]: "m1.example.com" is already a member of pool "core" (pools[0].members[0])',
    ]);
  });

  it("pool names and senders are unique; a sender is outside the pools", () => {
    const issues = issuesOf(
      model(
        [core, { ...core, members: ["n1.example.com", "n2.example.com"], virtual: ["w.example.com"] }],
        [
          { server: "s.example.com", forwardTo: ["core"] },
          { server: "s.example.com", forwardTo: ["core"] },
          { server: "m1.example.com", forwardTo: ["core"] },
        ],
      ),
    );
    expect(at(issues)).toEqual([
      'pools[1].name: pool name "core" is used twice; first at pools[0].name',
      'senders[1].server: "s.example.com" is already a sender (senders[0].server)',
      'senders[2].server: "m1.example.com" is already a member of pool "core" (pools[0].members[0]); a sender is a server outside the pools',
    ]);
  });

  it("primary, gui, details and assignments name the pool's own virtual interfaces and members", () => {
    const pool = {
      ...core,
      primary: "w.example.com",
      gui: "m1.example.com",
      details: [{ virtual: "x.example.com" }, { virtual: "v.example.com", home: "v.example.com" }, { virtual: "v.example.com" }],
      assignments: [{ virtual: "y.example.com", nodes: ["192.0.2.1", "192.0.2.1"] }],
    };
    expect(at(issuesOf(model([pool])))).toEqual([
      'pools[0].primary: "w.example.com" is not a virtual interface of pool "core" (v.example.com)',
      'pools[0].gui: "m1.example.com" is not a virtual interface of pool "core" (v.example.com)',
      'pools[0].details[0].virtual: "x.example.com" is not a virtual interface of pool "core" (v.example.com)',
      'pools[0].details[1].home: "v.example.com" is not a member of pool "core"',
      'pools[0].details[2].virtual: "v.example.com" has details twice; first at pools[0].details[1]',
      'pools[0].assignments[0].virtual: "y.example.com" is not a virtual interface of pool "core" (v.example.com)',
      "pools[0].assignments[0].nodes[1]: node 192.0.2.1 is already assigned at pools[0].assignments[0].nodes[0]; a node has one node-specific file",
    ]);
  });

  it("a load balancer excludes outbound-only nodes and needs the primary's address behind a firewall", () => {
    const pool = { ...core, loadBalancer: { behindFirewall: true }, outboundOnly: true };
    expect(at(issuesOf(model([pool])))).toEqual([
      "pools[0].outboundOnly: nodes with outbound-only communication cannot be used with a load balancer (HP); remove one of outboundOnly and loadBalancer",
      'pools[0].loadBalancer.behindFirewall: the members must name the virtual server\'s address: give details with the ipv4 of "v.example.com"',
    ]);
    expect(() =>
      generate(model([{ ...core, loadBalancer: { behindFirewall: true }, details: [{ virtual: "v.example.com", ipv4: "192.0.2.10" }] }])),
    ).not.toThrow();
  });

  it("every forwardTo names a known pool or a server outside the pools, once", () => {
    const issues = issuesOf(
      model(
        [{ ...core, forwardTo: ["top", "v.example.com", "hq.example.com", "hq.example.com"] }],
        [{ server: "s.example.com", forwardTo: ["m2.example.com"] }],
      ),
    );
    expect(at(issues)).toEqual([
      'pools[0].forwardTo[0]: there is no pool named "top" (pools: core)',
      'pools[0].forwardTo[1]: "v.example.com" is a virtual interface of pool "core"; name the pool instead (the generator writes its virtual interface or its members)',
      'pools[0].forwardTo[3]: "hq.example.com" is named twice',
      'senders[0].forwardTo[0]: "m2.example.com" is a member of pool "core"; name the pool instead (the generator writes its virtual interface or its members)',
    ]);
  });

  it("finds forwarding loops, each once", () => {
    const top = { name: "top", members: ["t1.example.com", "t2.example.com"], virtual: ["vt.example.com"], forwardTo: ["s.example.com"] };
    const issues = issuesOf(
      model(
        [{ ...core, forwardTo: ["top"] }, top],
        [
          { server: "s.example.com", forwardTo: ["core"] },
          { server: "x.example.com", forwardTo: ["x.example.com"] },
        ],
      ),
    );
    expect(at(issues)).toEqual([
      'pools[0].forwardTo[0]: forwarding loop: pool "core" → pool "top" → s.example.com → pool "core"',
      "senders[1].forwardTo[0]: x.example.com forwards to itself",
    ]);
    expect(at(issuesOf(model([{ ...core, forwardTo: ["core"] }])))).toEqual(['pools[0].forwardTo[0]: pool "core" forwards to itself']);
  });

  it("a chain without a loop is fine: senders → pool → pool → top-level server", () => {
    const top = { name: "top", members: ["t1.example.com", "t2.example.com"], virtual: ["vt.example.com"], forwardTo: ["hq.example.com"] };
    expect(() =>
      generate(model([{ ...core, forwardTo: ["top"] }, top], [{ server: "s.example.com", forwardTo: ["core", "top"] }])),
    ).not.toThrow();
  });
});
