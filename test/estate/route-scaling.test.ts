/** route()'s work: linear in the servers a message passes, independent of the node files it does not use (CPU time, tests/scaling.ts). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadEstate, type Estate, type EstateInput } from "../../src/estate/load.js";
import { route } from "../../src/estate/route.js";
import { growth, LINEAR, linearGrowth } from "../scaling.js";
import { estates } from "./estates.js";

/** An estate of `servers` servers in a forwarding chain, with `nodes` node files spread over them. */
function big(servers: number, nodes: number): EstateInput[] {
  const files: EstateInput[] = [];
  const forward = (to: string) =>
    `TIMETEMPLATES\nRESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "f"\n    MSGTARGETRULES\n      MSGTARGETRULE\n        DESCRIPTION "all"\n        MSGTARGETRULECONDS\n        MSGTARGETMANAGERS\n          MSGTARGETMANAGER\n            TIMETEMPLATE "$OPC_ALWAYS"\n            OPCMGR IP 0.0.0.0 "${to}"\n`;
  const agent = readFileSync(join(estates, "loop/om-a.example.com/allnodes"), "utf8");
  for (let s = 0; s < servers; s++) {
    files.push({ path: `om${s}.example.com/msgforw`, text: forward(`om${(s + 1) % servers}.example.com`) });
    files.push({ path: `om${s}.example.com/allnodes`, text: agent });
  }
  // Node 10.0.0.5's file sends its messages into the chain; the others are only there.
  for (let n = 0; n < nodes; n++)
    files.push({
      path: `om${n % servers}.example.com/${(0x0a000000 + n).toString(16).padStart(8, "0")}`,
      text: n === 5 ? agent : "RESPMGRCONFIGS\n",
    });
  return files;
}

/** 50 routes of node 10.0.0.5's message, which passes every server of the chain. */
const routes = (estate: Estate) => {
  for (let i = 0; i < 50; i++) route(estate, { node: "n.example.com", nodeIp: "10.0.0.5" }, "2026-12-08T10:00Z");
};

describe("route's work", () => {
  it("grows linearly with the servers the message passes", () => {
    expect(linearGrowth(5, (servers) => loadEstate(big(servers, 250)), routes)).toBeLessThan(LINEAR);
  });

  it("does not grow with node files the route does not use (nothing is scanned or parsed per file)", () => {
    // Two servers, so that the route itself is cheap: 4x the node files is the same work, where a scan per file would give about 4.
    let least = Infinity;
    for (let attempt = 0; attempt < 3 && least >= 2; attempt++)
      least = Math.min(
        least,
        growth(4000, (nodes) => loadEstate(big(2, nodes)), routes),
      );
    expect(least).toBeLessThan(2);
  });
});
