/**
 * One comparison of host names for every rule (src/util/fqdn.ts): case, a
 * trailing dot and blanks at either end of a quoted name do not make two names
 * different hosts — in the manager rules and the pooling rules alike.
 */
import { describe, expect, it } from "vitest";
import { lint, rules } from "../../src/index.js";
import { normaliseFqdn } from "../../src/util/fqdn.js";

describe("normaliseFqdn", () => {
  it("drops case, the root's trailing dot and surrounding blanks, and keeps everything else", () => {
    expect(["m1.example.com", "M1.Example.COM.", "  m1.example.com ", " M1.EXAMPLE.COM. "].map(normaliseFqdn)).toEqual(
      Array(4).fill("m1.example.com"),
    );
    expect(normaliseFqdn("m1 .example.com")).toBe("m1 .example.com");
    expect(normaliseFqdn("om_2-b")).toBe("om_2-b");
  });
});

describe("rules compare host names alike", () => {
  const msgforw = (target: string) =>
    [
      "RESPMGRCONFIGS",
      "  RESPMGRCONFIG",
      '    DESCRIPTION "forwarding"',
      "    SECONDARYMANAGERS",
      "    ACTIONALLOWMANAGERS",
      "    MSGTARGETRULES",
      "      MSGTARGETRULE",
      '        DESCRIPTION "all"',
      "        MSGTARGETRULECONDS",
      "        MSGTARGETMANAGERS",
      "          MSGTARGETMANAGER",
      '            TIMETEMPLATE "$OPC_ALWAYS"',
      `            OPCMGR IP 0.0.0.0 "${target}"`,
      "",
    ].join("\n");
  const only = (code: string) => Object.fromEntries(rules.filter((r) => r.code !== code).map((r) => [r.code, "off" as const]));

  it("HP2037 (a manager rule) sees a self-forward through blanks, case and a trailing dot", () => {
    const options = { kind: "msgforw" as const, server: "om-berlin.example.com", rules: only("HP2037") };
    expect(lint(msgforw(" OM-Berlin.example.com. "), options).map((d) => d.code)).toEqual(["HP2037"]);
    expect(lint(msgforw("om-hq.example.com"), options)).toEqual([]);
  });

  it("HP2027 and HP2028 (duplicates) see the same host through blanks, case and a trailing dot, as the pooling rules do", () => {
    const allnodes = [
      "RESPMGRCONFIGS",
      "  RESPMGRCONFIG",
      '    DESCRIPTION "pool"',
      "    SECONDARYMANAGERS",
      "      SECONDARYMANAGER",
      '        NODE IP 0.0.0.0 "m1.example.com"',
      "      SECONDARYMANAGER",
      '        NODE IP 0.0.0.0 " M1.Example.com. "',
      "    ACTIONALLOWMANAGERS",
      "      ACTIONALLOWMANAGER",
      '        NODE IP 0.0.0.0 "$OPC_PRIMARY_MGR"',
      "",
    ].join("\n");
    expect(lint(allnodes, { kind: "allnodes", rules: only("HP2027") }).map((d) => `${d.code} ${d.range.start.line}`)).toEqual(["HP2027 8"]);
    const target = (name: string) =>
      ["          MSGTARGETMANAGER", '            TIMETEMPLATE "$OPC_ALWAYS"', `            OPCMGR IP 0.0.0.0 "${name}"`, ""].join("\n");
    const twice = msgforw("vt.example.com") + target("VT.example.com.");
    expect(lint(twice, { kind: "msgforw", rules: only("HP2028") }).map((d) => `${d.code} ${d.range.start.line}`)).toEqual(["HP2028 16"]);
  });
});
