/**
 * `graph(estate)` on the example estates and pool models: the Mermaid text is
 * stable (golden files, `UPDATE_GOLDEN=1` rewrites them), Graphviz's own parser
 * takes the DOT, loops and targets outside the estate are marked, and no name
 * or rule description from the files can break out of a label.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatGraphDot, formatGraphMermaid, generate, graph, loadEstate, parsePoolModel, type EstateGraph } from "../../src/index.js";
import { quoteString } from "../../src/ast/literals.js";
import { estates, readEstate, root } from "../estate/estates.js";
import { graphvizLabels, graphvizProblems } from "./graphviz.js";

const GOLDEN = join(__dirname, "golden");
const POOLS = join(root, "examples/pools");

/** Compares `actual` with the golden file `name`, or rewrites it under UPDATE_GOLDEN. */
function expectGolden(actual: string, name: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, "utf8"));
}

const estateNames = readdirSync(estates).sort();
const poolNames = readdirSync(POOLS).sort();

function estateGraph(name: string): EstateGraph {
  return graph(loadEstate(readEstate(join(estates, name))));
}

function modelGraph(name: string): EstateGraph {
  const model = parsePoolModel(readFileSync(join(POOLS, name, "pool.yaml"), "utf8"), "pool.yaml");
  return graph(
    loadEstate(
      generate(model).map((f) => ({ path: f.path, text: f.content })),
      { pool: model },
    ),
  );
}

/** The labels of the edges between the named nodes. */
function edgesBetween(g: EstateGraph, from: string, to: string) {
  const id = (name: string) => g.nodes.find((n) => n.name === name)!.id;
  return g.edges.filter((e) => (e.from === id(from) && e.to === id(to)) || (e.both && e.from === id(to) && e.to === id(from)));
}

/** An msgforw forwarding every message to `targets`, its rule described as `rule`. */
function msgforw(rule: string, targets: readonly string[], attribute = "MSGCONTROLLINGMGR"): string {
  const managers = targets
    .map(
      (t) =>
        `          MSGTARGETMANAGER\n            TIMETEMPLATE "$OPC_ALWAYS"\n            OPCMGR IP 0.0.0.0 "${t}"\n            ${attribute}\n`,
    )
    .join("");
  return `TIMETEMPLATES\nRESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "forwarding"\n    MSGTARGETRULES\n      MSGTARGETRULE\n        DESCRIPTION ${quoteString(rule)}\n        MSGTARGETRULECONDS\n        MSGTARGETMANAGERS\n${managers}`;
}

/** An agent file sending every message to `target`. */
function agentFile(target: string): string {
  return `RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "agents"\n    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n    MSGTARGETRULES\n      MSGTARGETRULE\n        DESCRIPTION "all"\n        MSGTARGETRULECONDS\n        MSGTARGETMANAGERS\n          MSGTARGETMANAGER\n            TIMETEMPLATE "$OPC_ALWAYS"\n            OPCMGR IP 0.0.0.0 "${target}"\n`;
}

describe("graph of the example estates", () => {
  it("covers every example estate", () => {
    expect(estateNames).toEqual([
      "backup-servers",
      "competence-centres",
      "follow-the-sun",
      "handover",
      "hp-pool",
      "loop",
      "service-hours",
      "three-levels",
    ]);
  });

  it.each(estateNames)("%s: the Mermaid text is the golden file's", (name) => {
    expectGolden(formatGraphMermaid(estateGraph(name)), `${name}.mmd`);
  });

  it.each([...estateNames.map((n) => ["estate", n]), ...poolNames.map((n) => ["pool model", n])])(
    "%s %s: Graphviz reads the DOT without an error",
    async (what, name) => {
      const g = what === "estate" ? estateGraph(name) : modelGraph(name);
      expect(await graphvizProblems(formatGraphDot(g))).toEqual([]);
    },
  );

  it("marks every edge of a forwarding loop, and nothing else (loop)", () => {
    const g = estateGraph("loop");
    const forwarding = g.edges.filter((e) => e.kind === "notify" || e.kind === "controlling");
    expect(forwarding).toHaveLength(3);
    expect(forwarding.every((e) => e.loop)).toBe(true);
    expect(g.edges.filter((e) => e.loop)).toEqual(forwarding);
  });

  it("does not take a pool's hot synchronisation for a loop, and draws it once both ways (hp-pool)", () => {
    const g = estateGraph("hp-pool");
    expect(g.groups).toEqual([{ id: "g0", pool: "om-pool.example.com", source: "files", nodes: ["n0", "n1", "n2"] }]);
    expect(edgesBetween(g, "om1.example.com", "om2.example.com")).toEqual([
      { from: "n0", to: "n1", kind: "controlling", rule: "all messages", template: null, both: true },
    ]);
    expect(g.edges.some((e) => e.loop)).toBe(false);
  });

  it("marks a target outside the estate, and draws escalation and notification apart (competence-centres)", () => {
    const g = estateGraph("competence-centres");
    expect(g.nodes.find((n) => n.name === "om-vendor.example.net")).toMatchObject({ kind: "outside", details: ["outside the estate"] });
    expect(edgesBetween(g, "om-dba.example.com", "om-vendor.example.net").map((e) => e.kind)).toEqual(["escalate"]);
    expect(edgesBetween(g, "om-central.example.com", "om-dba.example.com").map((e) => e.kind)).toEqual(["notify"]);
    expect(edgesBetween(g, "om-central.example.com", "om-net.example.com").map((e) => e.kind)).toEqual(["controlling"]);
  });

  it("names senders and the upper level, and the agents' primary manager (three-levels pool model)", () => {
    const g = modelGraph("three-levels");
    expect(g.nodes.find((n) => n.name === "om-east.example.com")!.details).toEqual(["sender"]);
    expect(g.nodes.find((n) => n.name === "om-hq.example.com")).toMatchObject({
      kind: "outside",
      details: ["upper level", "outside the estate"],
    });
    const agents = g.nodes.find((n) => n.kind === "agents")!;
    expect(agents).toMatchObject({ name: "agents governed by allnodes", details: ["pool core"] });
    expect(g.edges.filter((e) => e.from === agents.id)).toMatchObject([{ kind: "agent", primary: true }]);
  });

  it("shows a forwarding loop through a virtual interface: a pool forwards up, the level above back to the pool", () => {
    const model = parsePoolModel(readFileSync(join(POOLS, "three-levels/pool.yaml"), "utf8"), "pool.yaml");
    const files = generate(model).map((f) => ({ path: f.path, text: f.content }));
    files.push({ path: "om-hq.example.com/msgforw", text: msgforw("back down", ["om-pool.example.com"]) });
    const g = graph(loadEstate(files, { pool: model }));
    const looped = g.edges
      .filter((e) => e.loop)
      .map((e) => [g.nodes.find((n) => n.id === e.from)!.name, g.nodes.find((n) => n.id === e.to)!.name]);
    expect(looped).toEqual([
      ["om1.example.com", "om-hq.example.com"],
      ["om2.example.com", "om-hq.example.com"],
      ["om-hq.example.com", "om-pool.example.com"],
    ]);
  });
});

describe("graph of a pool model", () => {
  it("groups node-specific files that send to the same managers, naming the nodes", () => {
    const g = modelGraph("three-servers");
    expect(g.nodes.filter((n) => n.kind === "agents").map((n) => [n.name, ...n.details])).toContainEqual([
      "agents governed by 2 node files",
      "c0000266 (192.0.2.102) and c0000267 (192.0.2.103)",
      "pool dc",
    ]);
  });
});

describe("graph output", () => {
  const hostile = '"]; n0-->n1 %% <b>x</b> |x| #35; `code` \\ \u001b[31m\u202e';
  const files = [
    { path: "om1.example.com/msgforw", text: msgforw(hostile, ["om2.example.com"], "NOTIFYMGR") },
    { path: "om1.example.com/allnodes", text: agentFile("om1.example.com") },
    { path: "om2.example.com/escmgr", text: msgforw("up", ["om9.example.com"], "") },
  ];

  it("is the same whatever order the files are read in", () => {
    const a = graph(loadEstate(files));
    const b = graph(loadEstate([...files].reverse()));
    expect(formatGraphMermaid(b)).toBe(formatGraphMermaid(a));
    expect(formatGraphDot(b)).toBe(formatGraphDot(a));
  });

  it("Mermaid: a rule description stays inside its label, with no control character and no markup", () => {
    const text = formatGraphMermaid(graph(loadEstate(files)));
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    const edge = text.split("\n").find((line) => line.includes("notify"))!;
    expect(edge).toBe(
      '  n0 -->|"notify: #34;#93;#59; n0--#62;n1 #37;#37; #60;b#62;x#60;/b#62; #124;x#124; #35;35#59; #96;code#96; #92; \uFFFD#91;31m\uFFFD"| n1',
    );
  });

  it("DOT: Graphviz reads a rule description back exactly, control characters made visible", async () => {
    const dot = formatGraphDot(graph(loadEstate(files)));
    expect(await graphvizProblems(dot)).toEqual([]);
    // Graphviz keeps a label's backslash escapes (\\ for one backslash) until it draws it.
    const shown = hostile.replace(/[\u001b\u202e]/g, "\uFFFD").replace(/\\/g, "\\\\");
    expect(await graphvizLabels(dot)).toContain(`notify: ${shown}`);
  });
});
