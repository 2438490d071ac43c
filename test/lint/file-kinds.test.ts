/** The file kind taken from the content when neither the options nor the file name give it, and the table of docs/language.md#what-each-kind-may-contain. */
import { describe, expect, it } from "vitest";
import { parse, type LintOptions } from "../../src/index.js";
import { defineRule } from "../../src/lint/rule.js";
import { lintWithRules } from "../../src/lint/lint.js";
import { CONSTRUCTS, permission, type KindClass } from "../../src/files/constructs.js";
import { inferFileKind } from "../../src/files/infer-kind.js";
import { config, RULE } from "./respmgr-file.js";

describe("file kind from the content", () => {
  const kind = (text: string) => inferFileKind(parse(text).ast);

  it("outage: CONDSTATUSVARS, a CONDSTATUSVAR condition or MSGOPERATIONS", () => {
    expect(kind('CONDSTATUSVARS\n  CONDSTATUSVAR "m" False\n')).toBe("outage");
    expect(kind(config('    MSGTARGETRULES MSGTARGETRULE DESCRIPTION "r" MSGTARGETRULECONDS MSGOPERATIONS MSGOPERATION SUPPRESS\n'))).toBe(
      "outage",
    );
    const condition = config(
      '    MSGTARGETRULES MSGTARGETRULE DESCRIPTION "r" MSGTARGETRULECONDS MSGTARGETRULECOND DESCRIPTION "c" CONDSTATUSVAR "m" MSGTARGETMANAGERS\n',
    );
    expect(kind(condition)).toBe("outage");
  });

  it("msgforw: a target attribute or ACKNONLOCALMGR, which outranks agent signals", () => {
    const target = (attribute: string) =>
      config(
        `    MSGTARGETRULES MSGTARGETRULE DESCRIPTION "r" MSGTARGETRULECONDS MSGTARGETMANAGERS MSGTARGETMANAGER TIMETEMPLATE "$OPC_ALWAYS" OPCMGR IP 0.0.0.0 "m" ${attribute}\n`,
      );
    expect(kind(target("NOTIFYMGR"))).toBe("msgforw");
    expect(kind(target("MSGCONTROLLINGMGR"))).toBe("msgforw");
    expect(kind(target("ACKNONLOCALMGR"))).toBe("msgforw");
    expect(
      kind(
        target("NOTIFYMGR").replace(
          "MSGTARGETRULES",
          'SECONDARYMANAGERS SECONDARYMANAGER NODE IP 0.0.0.0 "$OPC_PRIMARY_MGR" ACTIONALLOWMANAGERS MSGTARGETRULES',
        ),
      ),
    ).toBe("msgforw");
  });

  it("agent: manager-list entries or a $OPC_PRIMARY_MGR target, quoted or bare", () => {
    expect(kind(config('    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS ACTIONALLOWMANAGER NODE IP 0.0.0.0 "m"\n'))).toBe("allnodes");
    expect(kind(config(RULE))).toBe("allnodes");
    expect(kind(config(RULE.replace('IP 0.0.0.0 "$OPC_PRIMARY_MGR"', "$OPC_PRIMARY_MGR")))).toBe("allnodes");
    expect(kind(config(RULE.replace('"$OPC_PRIMARY_MGR"', "$OPC_PRIMARY_MGR")))).toBe("allnodes");
  });

  it("unknown when nothing tells: empty lists, plain targets, an empty file", () => {
    expect(
      kind(config(`    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n${RULE.replace('"$OPC_PRIMARY_MGR"', '"m.example.com"')}`)),
    ).toBeUndefined();
    expect(kind("")).toBeUndefined();
  });

  it("lint takes the kind from the options, else the file name, else the content", () => {
    const probe = defineRule({
      code: "HP9997",
      name: "kind-probe",
      severity: "info",
      description: "reports the kind its context has",
      docs: "",
      fixable: false,
      create: (context) => ({ ConfigFile: () => context.report({ range: { start: 0, end: 0 }, message: String(context.kind) }) }),
    });
    const kindSeen = (text: string, options: LintOptions) => lintWithRules(text, options, [probe])[0]!.message;
    const agent = config(RULE);
    expect(kindSeen(agent, {})).toBe("allnodes");
    expect(kindSeen(agent, { filename: "respmgrs/escmgr" })).toBe("escmgr");
    expect(kindSeen(agent, { filename: "respmgrs/escmgr", kind: "msgforw" })).toBe("msgforw");
    expect(kindSeen(agent, { filename: "backup-server" })).toBe("allnodes");
    expect(kindSeen(config(""), { filename: "backup-server" })).toBe("undefined");
  });
});

describe("the table of what each kind may contain", () => {
  const classes: KindClass[] = ["agent", "msgforw", "escmgr", "outage"];
  const row = (construct: keyof typeof CONSTRUCTS) => classes.map((c) => CONSTRUCTS[construct].permissions[c]).join("");

  it("has the rows of docs/language.md", () => {
    expect(row("timeZone")).toBe("WWWA");
    expect(row("condStatusVars")).toBe("EEEA");
    expect(row("respMgrConfigs")).toBe("RRRR");
    expect(row("managerLists")).toBe("RAAE");
    expect(row("targetManagers")).toBe("AAAE");
    expect(row("messageOperations")).toBe("EEEA");
    expect(row("targetAttribute")).toBe("WAEE");
    expect(row("ackNonLocal")).toBe("WAEE");
    expect(row("pattern")).toBe("WWWA");
    expect(row("condStatusVar")).toBe("EEEA");
    expect(row("nodeGroup")).toBe("EAAA");
    expect(row("primaryManager")).toBe("AWWW");
    expect(row("unmatch")).toBe("WWWA");
    expect(row("suppress")).toBe("AAAW");
  });

  it("gives the agent kinds one column", () => {
    for (const construct of Object.keys(CONSTRUCTS) as (keyof typeof CONSTRUCTS)[]) {
      expect(permission(construct, "node")).toBe(permission(construct, "allnodes"));
      expect(permission(construct, "mgrconf")).toBe(permission(construct, "allnodes"));
    }
  });
});
