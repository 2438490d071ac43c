/**
 * `graph` takes time in proportion to the estate (`scaling.ts`): a chain of
 * servers forwarding in one long loop, and many node-specific files that send
 * to the same manager.
 */
import { describe, expect, it } from "vitest";
import { graph, loadEstate, type Estate } from "../../src/index.js";
import { LINEAR, linearGrowth } from "../scaling.js";

/** A file sending every message to `target`, as msgforw (NOTIFYMGR) or as an agent file. */
function sendingTo(target: string, server: boolean): string {
  const config = server ? "" : "    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n";
  const attribute = server ? "            NOTIFYMGR\n" : "";
  return `RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "x"\n${config}    MSGTARGETRULES\n      MSGTARGETRULE\n        DESCRIPTION "all"\n        MSGTARGETRULECONDS\n        MSGTARGETMANAGERS\n          MSGTARGETMANAGER\n            TIMETEMPLATE "$OPC_ALWAYS"\n            OPCMGR IP 0.0.0.0 "${target}"\n${attribute}`;
}

const server = (i: number) => `om${i}.example.com`;

/** `n` servers, each forwarding to the next and the last to the first. */
function chain(n: number): Estate {
  return loadEstate(Array.from({ length: n }, (_, i) => ({ path: `${server(i)}/msgforw`, text: sendingTo(server((i + 1) % n), true) })));
}

/** One server holding `n` node-specific files, all sending to it. */
function nodeFiles(n: number): Estate {
  const hex = (i: number) => (0x0a000000 + i).toString(16).padStart(8, "0");
  return loadEstate(Array.from({ length: n }, (_, i) => ({ path: `${server(0)}/${hex(i)}`, text: sendingTo(server(0), false) })));
}

describe("graph in linear time", () => {
  it("a loop through N servers", () => {
    expect(linearGrowth(500, chain, graph)).toBeLessThan(LINEAR);
    expect(graph(chain(2000)).edges.every((e) => e.loop)).toBe(true);
  });

  it("N node-specific files sending to the same manager: one group", () => {
    expect(linearGrowth(500, nodeFiles, graph)).toBeLessThan(LINEAR);
    expect(
      graph(nodeFiles(2000))
        .nodes.filter((n) => n.kind === "agents")
        .map((n) => n.name),
    ).toEqual(["agents governed by 2000 node files"]);
  });
});
