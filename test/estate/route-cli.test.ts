/** `hpom-lint route` through the real CLI, in process: the scenarios, the JSON shape, exit codes and bad input. */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, root } from "./estates.js";

const at = ["--at", "2026-12-08T10:00Z"];

describe("hpom-lint route", () => {
  it("prints a tree naming file, line, rule, condition and the true time template (follow-the-sun)", async () => {
    const r = await cli([
      "route",
      "examples/estates/follow-the-sun",
      "--node",
      "db1.example.com",
      "--severity",
      "Critical",
      "--at",
      "2026-12-08T16:00Z",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        "Message from db1.example.com (severity Critical) at 2026-12-08T16:00Z",
        "",
        "db1.example.com",
        "└─ sent by the agent to om-amer.example.com",
        '     by examples/estates/follow-the-sun/om-amer.example.com/etc/opt/OV/share/conf/OpC/mgmt_sv/respmgrs/allnodes:106, rule "critical and major messages follow the sun"',
        '     condition at line 109 "critical messages"',
        '     time template "americas-office-hours" is true at Tuesday 2026-12-08 16:00 UTC+00:00 (line 41, condition at line 50)',
        "     assumption: agent-first-active-target",
        "",
        "Receivers: om-amer.example.com",
        "",
        "Assumptions (where HP's documents are silent):",
        "  - Several targets of the agent's rule are active: the agent sends to the first (HP: one manager only; which one is not documented).",
        "",
      ].join("\n"),
    );
    expect(r.stderr).toBe(
      "hpom-lint: note: examples/estates/follow-the-sun/om-emea.example.com/etc/opt/OV/share/conf/OpC/mgmt_sv/work_respmgrs/allnodes: a draft (work_respmgrs), not part of the estate\n",
    );
  });

  it("answers the README's question exactly as the README shows", async () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Where does a message go?"));
    const block = /```console\n\$ hpom-lint (.*)\n([^]*?)```/.exec(section)!;
    const r = await cli(block[1]!.split(" "));
    expect(r.stdout).toBe(block[2]);
  });

  it("prints the contract's JSON shape (competence centres)", async () => {
    const r = await cli([
      "route",
      "examples/estates/competence-centres",
      "--node",
      "sw1.example.com",
      "--msggrp",
      "Network",
      "--severity",
      "Normal",
      ...at,
      "--format",
      "json",
    ]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(["version", "message", "at", "hops", "receivers", "assumptions", "notes"]);
    expect(json.version).toBe(1);
    expect(json.message).toEqual({ node: "sw1.example.com", severity: "Normal", msggrp: "Network" });
    expect(json.hops.map((h: Record<string, unknown>) => Object.keys(h).slice(0, 6))).toEqual(
      Array(3).fill(["from", "to", "kind", "file", "line", "rule"]),
    );
    expect(json.hops.map((h: { kind: string }) => h.kind)).toEqual(["agent", "controlling", "logonly"]);
    expect(json.hops[1]).toMatchObject({
      file: "examples/estates/competence-centres/om-central.example.com/msgforw",
      line: 18,
      rule: "network messages to the network centre",
    });
    expect(json.receivers).toEqual(["om-central.example.com", "om-net.example.com"]);
  });

  it("draws HP's pool as a Mermaid sequence diagram", async () => {
    const r = await cli(["route", "examples/estates/hp-pool", "--node", "web1.example.com", ...at, "--format", "mermaid"]);
    expect(r.stdout).toBe(
      [
        "sequenceDiagram",
        "  participant p0 as web1.example.com",
        "  participant p1 as om1.example.com",
        "  participant p2 as om2.example.com",
        "  p0->>p1: agent (all messages) [via om-pool.example.com]",
        "  p1->>p2: controlling (all messages)",
        "  p2->>p1: controlling (all messages) [loop]",
        "",
      ].join("\n"),
    );
  });

  it("exits 1 when no server keeps the message (a maintenance outage suppresses it)", async () => {
    const r = await cli(["route", "examples/estates/service-hours", "--node", "db1.example.com", "--at", "2026-12-05T23:00Z"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("└─ suppressed by the outage file on om1.example.com\n");
    expect(r.stdout).toContain("Receivers: none — no server keeps this message\n");
  });

  it("follows HP's pool to the holder --holder names, and marks the hot-sync copy coming back", async () => {
    const r = await cli(["route", "examples/estates/hp-pool", "--node", "web1.example.com", ...at, "--holder", "om2.example.com"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("└─ sent by the agent to om2.example.com (holder of virtual interface om-pool.example.com)\n");
    expect(r.stdout).toContain("forwarded with control to om2.example.com — back to a server it came through: goes no further\n");
    expect(r.stdout).toContain("Receivers: om2.example.com, om1.example.com\n");
    // HP's samples under tmpl_respmgrs are left out without a word.
    expect(r.stderr).toBe("");
  });

  it("routes the output of generate with its pool model, and a three-level hierarchy and a loop without one", async () => {
    const pool = await cli([
      "route",
      "examples/pools/three-levels",
      "--pool",
      "examples/pools/three-levels/pool.yaml",
      "--node",
      "a.example.com",
      ...at,
      "--format",
      "json",
    ]);
    expect(JSON.parse(pool.stdout).receivers).toEqual(["om1.example.com", "om2.example.com", "om-hq.example.com"]);
    const levels = await cli([
      "route",
      "examples/estates/three-levels",
      "--node",
      "a.example.com",
      ...at,
      "--forwarded",
      "once",
      "--format",
      "json",
    ]);
    expect(JSON.parse(levels.stdout).receivers).toEqual(["om-east.example.com", "om1.example.com"]);
    const loop = await cli(["route", "examples/estates/loop", "--node", "a.example.com", ...at, "--format", "json"]);
    expect(JSON.parse(loop.stdout).hops.at(-1)).toMatchObject({
      from: "om-c.example.com",
      to: "om-a.example.com",
      repeat: true,
      loop: true,
    });
  });

  it("refuses bad input with one clear line and exit 2", async () => {
    const dir = "examples/estates/loop";
    const cases: [string[], string][] = [
      [
        [dir, "--node", "n", "--at", "2026-12-08T10:00"],
        'hpom-lint: "2026-12-08T10:00" is not an ISO 8601 date and time with an offset, such as 2026-12-06T03:00+01:00\n',
      ],
      [
        [dir, "--node", "n", ...at, "--tz", "Mars/Base"],
        'hpom-lint: --tz "Mars/Base" is not a time zone this runtime knows, such as Europe/Berlin\n',
      ],
      [
        [dir, "--node", "n", ...at, "--severity", "critical"],
        'hpom-lint: --severity "critical" is not a severity; use one of Unknown, Normal, Warning, Minor, Major, Critical\n',
      ],
      [
        ["examples/follow-the-sun", "--node", "n", ...at],
        "hpom-lint: examples/follow-the-sun: no server in this folder: put each server's files in a folder named by its FQDN (om1.example.com/allnodes)\n",
      ],
      [["examples/nothing-here", "--node", "n", ...at], "hpom-lint: examples/nothing-here: no such folder\n"],
      [
        [dir, "--node", "n", "--at", "2026-12-08T10:00Z\u001b[31m"],
        'hpom-lint: "2026-12-08T10:00Z\uFFFD[31m" is not an ISO 8601 date and time with an offset, such as 2026-12-06T03:00+01:00\n',
      ],
    ];
    for (const [args, stderr] of cases) expect(await cli(["route", ...args])).toEqual({ code: 2, stdout: "", stderr });
  });

  it("refuses an estate with a syntax error, naming file, line and column", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hpom-estate-"));
    mkdirSync(join(dir, "om1.example.com"));
    writeFileSync(join(dir, "om1.example.com", "msgforw"), 'RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "x\n');
    const r = await cli(["route", ".", "--node", "n", ...at], dir);
    expect(r).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'hpom-lint: the estate has files with syntax errors; fix them first (hpom-lint lint shows every problem):\nom1.example.com/msgforw:3:17: string "x is not closed before the end of the line\n',
    });
  });

  it("keeps control characters from the files out of the text output", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hpom-estate-"));
    mkdirSync(join(dir, "om1.example.com"));
    const allnodes =
      'RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "x"\n    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n    MSGTARGETRULES\n      MSGTARGETRULE\n        DESCRIPTION "evil \u001b]0;title\u0007 rule"\n        MSGTARGETRULECONDS\n        MSGTARGETMANAGERS\n          MSGTARGETMANAGER\n            TIMETEMPLATE "$OPC_ALWAYS"\n            OPCMGR IP 0.0.0.0 "om1.example.com"\n';
    writeFileSync(join(dir, "om1.example.com", "allnodes"), allnodes);
    const r = await cli(["route", ".", "--node", "n\u001b[2J", ...at], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(r.stdout).toContain('rule "evil \uFFFD]0;title\uFFFD rule"');
  });
});
