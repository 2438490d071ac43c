/**
 * `.hpom-lint.json` as people write it: comments and trailing commas (JSONC),
 * through the CLI in process on real files, with syntax errors still reported
 * at their line and column, and package.json still held to strict JSON.
 */
import { describe, expect, it } from "vitest";
import { runInProcess } from "./run-in-process.js";
import { workspace } from "./workspace.js";

/** Runs the CLI in process in `cwd`. */
const lint = (cwd: string, args: string[]) => runInProcess(args, { cwd });

/** An allnodes with an undefined time template: HP2001, an error unless configured off. */
const ALLNODES =
  'RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "x"\n    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n    MSGTARGETRULES\n      MSGTARGETRULE\n        DESCRIPTION "all"\n        MSGTARGETRULECONDS\n        MSGTARGETMANAGERS\n          MSGTARGETMANAGER\n            TIMETEMPLATE "nights"\n            OPCMGR IP 0.0.0.0 "om1.example.com"\n';

const JSONC = `// hpom-lint's configuration
{
  /* templates come from the shared include */
  "rules": {
    "HP2001": "off", // checked by opcmomchk on the server
  },
  "ignore": ["old/**",],
}
`;

describe(".hpom-lint.json as JSONC", () => {
  it("takes comments and trailing commas, found upward and with --config", async () => {
    const dir = workspace({ ".hpom-lint.json": JSONC, "other.json": JSONC, allnodes: ALLNODES, "old/allnodes": "junk\n" });
    expect(await lint(dir, ["."])).toEqual({ code: 0, stdout: "", stderr: "" });
    const bare = workspace({ "cfg/my.json": JSONC, allnodes: ALLNODES });
    expect(await lint(bare, ["--config", "cfg/my.json", "allnodes"])).toEqual({ code: 0, stdout: "", stderr: "" });
    expect((await lint(bare, ["allnodes"])).code).toBe(1);
  });

  it("reports a syntax error at its line and column in the file as written", async () => {
    const broken = JSONC.replace('"ignore": ["old/**",],', '"ignore": ["old/**",], /* two */ "x" 1');
    const dir = workspace({ ".hpom-lint.json": broken, allnodes: ALLNODES });
    const ran = await lint(dir, ["allnodes"]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toBe('hpom-lint: .hpom-lint.json:7:40: invalid JSON: expected ":" after the property name, found "1"\n');
    const unterminated = workspace({ ".hpom-lint.json": '{ "rules": {} } /* never closed\n', allnodes: ALLNODES });
    expect((await lint(unterminated, ["allnodes"])).stderr).toMatch(/^hpom-lint: \.hpom-lint\.json:1:17: invalid JSON: /);
  });

  it("keeps package.json strict JSON, as npm reads it", async () => {
    const dir = workspace({ "package.json": '{ "hpom-lint": { "rules": {} }, // no\n}\n', allnodes: ALLNODES });
    const ran = await lint(dir, ["allnodes"]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/^hpom-lint: package\.json:1:33: invalid JSON: comments are not allowed in JSON\n$/);
  });
});
