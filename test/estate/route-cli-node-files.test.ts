/** `hpom-lint route` reads the node-specific file of the message's node only, not every node's. */
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./estates.js";

const agentFile = (target: string) =>
  `RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "managers"\n    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n    MSGTARGETRULES\n` +
  `      MSGTARGETRULE\n        DESCRIPTION "everything to ${target}"\n        MSGTARGETRULECONDS\n        MSGTARGETMANAGERS\n` +
  `          MSGTARGETMANAGER\n            TIMETEMPLATE "$OPC_ALWAYS"\n            OPCMGR IP 0.0.0.0 "${target}"\n`;
const BROKEN = 'RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "x\n';

/** An estate whose server holds allnodes, node 192.0.2.7's file (c0000207) and node 192.0.2.8's (c0000208). */
function estate(own: string, other: string): string {
  const dir = mkdtempSync(join(tmpdir(), "hpom-estate-"));
  mkdirSync(join(dir, "om1.example.com"));
  writeFileSync(join(dir, "om1.example.com", "allnodes"), agentFile("om1.example.com"));
  writeFileSync(join(dir, "om1.example.com", "c0000207"), own);
  writeFileSync(join(dir, "om1.example.com", "c0000208"), other);
  return dir;
}

const args = ["route", ".", "--node", "n7.example.com", "--node-ip", "192.0.2.7", "--at", "2026-12-08T10:00Z", "--format", "json"];

describe("hpom-lint route and node-specific files", () => {
  it("routes by the node's own file and does not read another node's, even a broken one", async () => {
    const r = await cli(args, estate(agentFile("om-other.example.com"), BROKEN));
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      hops: [{ from: "n7.example.com", to: "om-other.example.com", file: "om1.example.com/c0000207" }],
      receivers: ["om-other.example.com"],
    });
  });

  it("still refuses the route when the node's own file has a syntax error", async () => {
    const r = await cli(args, estate(BROKEN, agentFile("om-other.example.com")));
    expect(r).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'hpom-lint: the estate has files with syntax errors; fix them first (hpom-lint lint shows every problem):\nom1.example.com/c0000207:3:17: string "x is not closed before the end of the line\n',
    });
  });

  it("uses allnodes, reading no node-specific file, when the node's address is not given", async () => {
    const r = await cli(
      ["route", ".", "--node", "n7.example.com", "--at", "2026-12-08T10:00Z", "--format", "json"],
      estate(BROKEN, BROKEN),
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ hops: [{ file: "om1.example.com/allnodes" }], receivers: ["om1.example.com"] });
  });
});
