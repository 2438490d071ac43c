/** The pooling rules (HP3xxx) beyond their fixtures: when they stay silent, their fixes, name matching. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lint, type Diagnostic, type LintOptions, type PoolModel } from "../../src/index.js";
import { applyFix } from "../helpers.js";

const FIXTURES = join(import.meta.dirname, "fixtures");
const twoMembers = JSON.parse(readFileSync(join(FIXTURES, "pools/two-members.json"), "utf8")) as PoolModel;
const threeMembers = JSON.parse(readFileSync(join(FIXTURES, "pools/three-members-two-v.json"), "utf8")) as PoolModel;

function fixture(path: string): string {
  return readFileSync(join(FIXTURES, path), "utf8");
}

function pooling(text: string, options: LintOptions): Diagnostic[] {
  return lint(text, options).filter((d) => d.code.startsWith("HP3"));
}

describe("pooling rules", () => {
  const toMember = fixture("HP3002/two-members-to-member.hpom");

  it("are off without a pool model, with an unreadable one, or for a server the model does not know", () => {
    expect(pooling(toMember, { kind: "allnodes", server: "core" })).toEqual([]);
    // `lint`'s callers in JavaScript may pass anything as the model.
    for (const pool of ["core", 42, { pools: 5 }, { pools: [{ name: 1 }] }, null] as unknown as PoolModel[]) {
      expect(pooling(toMember, { kind: "allnodes", server: "core", pool })).toEqual([]);
    }
    expect(pooling(toMember, { kind: "allnodes", server: "elsewhere.example.com", pool: twoMembers })).toEqual([]);
  });

  it("need the file kind: from the options, the file name or the content, else they stay silent", () => {
    const rulesOnly = toMember.replace(/ {4}SECONDARYMANAGERS[\s\S]*?(?= {4}MSGTARGETRULES)/, "");
    expect(pooling(rulesOnly, { server: "core", pool: twoMembers })).toEqual([]);
    // Manager-list entries make it an agent file (inferFileKind).
    expect(pooling(toMember, { server: "core", pool: twoMembers }).map((d) => d.code)).toEqual(["HP3002"]);
    expect(pooling(toMember, { filename: "respmgrs/allnodes", server: "core", pool: twoMembers }).map((d) => d.code)).toEqual(["HP3002"]);
  });

  it("without a server, a model with one pool and no senders means that pool", () => {
    const onlyPool: PoolModel = {
      version: 1,
      pools: [{ name: "core", members: ["m1.example.com", "m2.example.com"], virtual: ["v.example.com"] }],
    };
    expect(pooling(toMember, { kind: "allnodes", pool: onlyPool }).map((d) => d.code)).toEqual(["HP3002"]);
    expect(pooling(toMember, { kind: "allnodes", pool: twoMembers })).toEqual([]);
  });

  it("compare server names without regard to case or a trailing dot", () => {
    const shouted = toMember.replace('"m1.example.com"', '"M1.Example.COM."');
    expect(pooling(shouted, { kind: "allnodes", server: "CORE", pool: twoMembers })).toEqual([]);
    expect(pooling(shouted, { kind: "allnodes", server: "M2.EXAMPLE.COM", pool: twoMembers }).map((d) => d.code)).toEqual(["HP3002"]);
  });

  it("HP3002 fixes a target to the pool's only V, and offers no fix when the pool has several", () => {
    const options = { kind: "allnodes" as const, server: "core", pool: twoMembers };
    const [d] = pooling(toMember, options);
    expect(d!.fix!.text).toBe('IP 0.0.0.0 "v.example.com"');
    expect(lint(applyFix(toMember, d!), options)).toEqual([]);
    const [three] = pooling(fixture("HP3002/three-members-two-v-node-file.hpom"), { kind: "node", server: "core", pool: threeMembers });
    expect(three!.fix).toBeUndefined();
  });

  it("HP3002's fix is valid HPOM even when the V's name holds a quote or a backslash", () => {
    const odd: PoolModel = {
      version: 1,
      pools: [{ name: "core", members: ["m1.example.com", "m2.example.com"], virtual: ['v"x\\.example.com'] }],
    };
    const options = { kind: "allnodes" as const, server: "core", pool: odd };
    const d = pooling(toMember, options).find((e) => e.code === "HP3002");
    expect(d!.fix!.text).toBe('IP 0.0.0.0 "v\\"x\\\\.example.com"');
    expect(lint(applyFix(toMember, d!), options).filter((e) => e.code.startsWith("HP1"))).toEqual([]);
  });

  it("HP3003 fixes a single member target to V", () => {
    const text = fixture("HP3003/two-members-sender-to-member.hpom");
    const options = { kind: "msgforw" as const, server: "s1.example.com", pool: twoMembers };
    const [d] = pooling(text, options);
    expect(d!.message).toBe("forward to v.example.com, the virtual interface of pool core, not to member m2.example.com");
    expect(lint(applyFix(text, d!), options)).toEqual([]);
  });

  it("HP3006 adds MSGCONTROLLINGMGR, and leaves NOTIFYMGR to the user", () => {
    const text = fixture("HP3006/three-members-two-v-no-attribute.hpom");
    const options = { kind: "msgforw" as const, server: "m3.example.com", pool: threeMembers };
    const [d] = pooling(text, options);
    expect(d!.fix!.text).toBe(" MSGCONTROLLINGMGR");
    expect(pooling(applyFix(text, d!), options)).toEqual([]);
    const [notify] = pooling(fixture("HP3006/two-members-notify.hpom"), { kind: "msgforw", server: "core", pool: twoMembers });
    expect(notify!.fix).toBeUndefined();
  });

  it("HP3005 says which rule leaves a member out", () => {
    const [d] = pooling(fixture("HP3005/three-members-two-v-earlier-rule.hpom"), {
      kind: "msgforw",
      server: "m1.example.com",
      pool: threeMembers,
    });
    expect(d!.message).toBe(
      'pool member m1.example.com is not hot-synchronised to m3.example.com: messages matching rule "critical to m2 only" are not forwarded to it; add it as a target with MSGCONTROLLINGMGR',
    );
  });

  it("HP3007 shows the loop", () => {
    const [d] = pooling(fixture("HP3007/two-members-loop-through-sender.hpom"), {
      kind: "msgforw",
      server: "m1.example.com",
      pool: twoMembers,
    });
    expect(d!.message).toBe("messages forwarded by pool core to s1.example.com come back to it: pool core → s1.example.com → pool core");
  });

  it("can be turned off by alias like any rule", () => {
    expect(pooling(toMember, { kind: "allnodes", server: "core", pool: twoMembers, rules: { "target-not-virtual": "off" } })).toEqual([]);
  });
});
