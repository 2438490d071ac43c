/** `hpom-lint coverage` through the real CLI, in process: the grid, the JSON shape, gaps, overlaps, exit codes and bad input. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, root } from "./estates.js";

const week = ["--from", "2026-12-21", "--to", "2026-12-27"];

describe("hpom-lint coverage", () => {
  it("prints service-hours' grid for db1 with the gap on Saturday night, and exits 1", async () => {
    const r = await cli(["coverage", "examples/estates/service-hours", "--node", "db1.example.com", ...week]);
    expect(r).toEqual({
      code: 1,
      stderr: "",
      stdout: [
        "Coverage from Mon 2026-12-21 00:00 to Mon 2026-12-28 00:00 (node clock UTC, servers' clock UTC)",
        "1 class of message with node db1.example.com",
        "",
        "Class 1: node db1.example.com",
        "  route one: --node db1.example.com --msggrp Backup",
        "  Mon 2026-12-21  00:00-24:00  om1.example.com",
        "  Tue 2026-12-22  00:00-24:00  om1.example.com",
        "  Wed 2026-12-23  00:00-24:00  om1.example.com",
        "  Thu 2026-12-24  00:00-24:00  om1.example.com",
        "  Fri 2026-12-25  00:00-24:00  om1.example.com",
        "  Sat 2026-12-26  00:00-22:00  om1.example.com",
        "                  22:00-24:00  nobody (gap)",
        "  Sun 2026-12-27  00:00-24:00  om1.example.com",
        "",
        "Gaps (no server keeps the message):",
        "  class 1: Sat 2026-12-26 22:00 to 24:00",
        "Overlaps: none (no server hands control of a message to two servers at once)",
        "",
        "Assumptions (where HP's documents are silent):",
        "  - A message the outage file suppresses, logs only or holds back is not forwarded from that server. (class 1)",
        "",
      ].join("\n"),
    });
  });

  it("prints a stable, versioned JSON document and lists handover's overlaps at 18:00-19:00 on weekdays", async () => {
    const r = await cli(["coverage", "examples/estates/handover", ...week, "--format", "json"]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(["version", "range", "filters", "classes", "gaps", "overlaps"]);
    expect(json.version).toBe(1);
    expect(json.range).toEqual({ from: "2026-12-21T00:00Z", to: "2026-12-28T00:00Z", tz: "UTC", serverTz: "UTC" });
    expect(json.filters).toEqual({});
    expect(json.classes).toHaveLength(1);
    const [c] = json.classes;
    expect(Object.keys(c)).toEqual(["id", "messages", "example", "bands", "assumptions"]);
    expect(c.messages).toEqual([{}]);
    expect(c.example).toEqual({ node: "any-other-node.invalid" });
    expect(c.bands.slice(0, 4)).toEqual([
      { from: "2026-12-21T00:00Z", to: "2026-12-21T07:00Z", receivers: [{ server: "om-hub.example.com", state: "keeps" }], overlaps: [] },
      {
        from: "2026-12-21T07:00Z",
        to: "2026-12-21T18:00Z",
        receivers: [
          { server: "om-hub.example.com", state: "keeps" },
          { server: "om-day.example.com", state: "keeps", outside: true },
        ],
        overlaps: [],
      },
      {
        from: "2026-12-21T18:00Z",
        to: "2026-12-21T19:00Z",
        receivers: [
          { server: "om-hub.example.com", state: "keeps" },
          { server: "om-day.example.com", state: "keeps", outside: true },
          { server: "om-night.example.com", state: "keeps", outside: true },
        ],
        overlaps: [{ server: "om-hub.example.com", targets: ["om-day.example.com", "om-night.example.com"] }],
      },
      {
        from: "2026-12-21T19:00Z",
        to: "2026-12-22T00:00Z",
        receivers: [
          { server: "om-hub.example.com", state: "keeps" },
          { server: "om-night.example.com", state: "keeps", outside: true },
        ],
        overlaps: [],
      },
    ]);
    expect(json.gaps).toEqual([]);
    expect(json.overlaps.map((o: { from: string; to: string }) => `${o.from} ${o.to}`)).toEqual(
      ["21", "22", "23", "24", "25"].map((d) => `2026-12-${d}T18:00Z 2026-12-${d}T19:00Z`),
    );
    expect(json.overlaps[0]).toEqual({
      class: 1,
      from: "2026-12-21T18:00Z",
      to: "2026-12-21T19:00Z",
      server: "om-hub.example.com",
      targets: ["om-day.example.com", "om-night.example.com"],
    });
  });

  it("exits 0 when every class reaches a server and no overlap is found (follow-the-sun, on the Berlin clock)", async () => {
    const r = await cli([
      "coverage",
      "examples/estates/follow-the-sun",
      "--from",
      "2026-12-21",
      "--tz",
      "Europe/Berlin",
      "--severity",
      "Critical",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "Coverage from Mon 2026-12-21 00:00 to Mon 2026-12-28 00:00 (node clock Europe/Berlin, servers' clock Europe/Berlin)\n",
    );
    expect(r.stdout).toContain("Gaps: none (every class reaches a server at every minute)\n");
  });

  it("answers the README's question exactly as the README shows", async () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## When does a message reach whom?"));
    const block = /```console\n\$ hpom-lint (.*)\n([^]*?)```/.exec(section)!;
    const r = await cli(block[1]!.split(" "));
    expect(r.stdout).toBe(block[2]);
  });

  it("refuses bad input with one clear line and exit 2", async () => {
    const dir = "examples/estates/loop";
    const cases: [string[], string][] = [
      [[dir, "--from", "2026-02-30"], 'hpom-lint: --from "2026-02-30" is not a date such as 2026-12-07 (YYYY-MM-DD)\n'],
      [[dir, "--from", "2026-12-21", "--to", "21.12.2026"], 'hpom-lint: --to "21.12.2026" is not a date such as 2026-12-07 (YYYY-MM-DD)\n'],
      [[dir, "--from", "2026-12-21", "--to", "2026-12-20"], "hpom-lint: --to 2026-12-20 comes before --from 2026-12-21\n"],
      [
        [dir, "--from", "2026-01-01", "--to", "2027-12-31"],
        "hpom-lint: --from 2026-01-01 --to 2027-12-31 is 730 days; at most 366 are looked at\n",
      ],
      [[dir, ...week, "--tz", "Mars/Base"], 'hpom-lint: --tz "Mars/Base" is not a time zone this runtime knows, such as Europe/Berlin\n'],
      [[dir, "--tz", "Mars/Base"], 'hpom-lint: --tz "Mars/Base" is not a time zone this runtime knows, such as Europe/Berlin\n'],
      [
        [dir, ...week, "--server-tz", "Nowhere"],
        'hpom-lint: --server-tz "Nowhere" is not a time zone this runtime knows, such as Europe/Berlin\n',
      ],
      [
        [dir, ...week, "--severity", "critical"],
        'hpom-lint: --severity "critical" is not a severity; use one of Unknown, Normal, Warning, Minor, Major, Critical\n',
      ],
      [[dir, ...week, "--node-ip", "10.0.0.1"], "hpom-lint: --node-ip needs --node: the address belongs to a node\n"],
      [[dir, ...week, "--node", "n", "--node-ip", "10.0.0.01"], 'hpom-lint: "10.0.0.01" is not an IPv4 address such as 192.0.2.10\n'],
      [[dir, ...week, "--holder", "om9.example.com"], 'hpom-lint: --holder "om9.example.com" is not a member of any pool of the estate\n'],
      [
        [dir, ...week, "--format", "xml"],
        "hpom-lint: option '--format <format>' argument 'xml' is invalid. Allowed choices are text, json.\n",
      ],
      [["examples/nothing-here", ...week], "hpom-lint: examples/nothing-here: no such folder\n"],
      [
        ["examples/follow-the-sun", ...week],
        "hpom-lint: examples/follow-the-sun: no server in this folder: put each server's files in a folder named by its FQDN (om1.example.com/allnodes)\n",
      ],
      [[dir, "--from", "2026-12-21\u001b[31m"], 'hpom-lint: --from "2026-12-21\uFFFD[31m" is not a date such as 2026-12-07 (YYYY-MM-DD)\n'],
    ];
    for (const [args, stderr] of cases) expect(await cli(["coverage", ...args]), args.join(" ")).toEqual({ code: 2, stdout: "", stderr });
  });

  it("keeps control characters from the options out of the text output", async () => {
    const r = await cli(["coverage", "examples/estates/loop", ...week, "--msggrp", "Net\u001b]0;x\u0007work", "--node", "a\u001b[2Jb"]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(r.stdout).toContain("message group Net\uFFFD]0;x\uFFFDwork");
  });
});
