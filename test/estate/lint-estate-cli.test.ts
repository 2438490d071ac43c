/**
 * `hpom-lint lint --estate <dir>` through the real CLI, in process: the
 * cross-server findings at the file and line that cause them in every format,
 * exit codes as lint's, --pool, directives, and bad input.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, root } from "./estates.js";

const LOOP = "examples/estates/loop";
const AT = (server: string) => `${LOOP}/${server}.example.com/msgforw`;

function msgforw(...targets: string[]): string {
  const managers = targets.map(
    (t) =>
      `          MSGTARGETMANAGER\n            TIMETEMPLATE "$OPC_ALWAYS"\n            OPCMGR IP 0.0.0.0 "${t}"\n            MSGCONTROLLINGMGR\n`,
  );
  return `TIMETEMPLATES\nRESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "msg-forwarding specification"\n    MSGTARGETRULES\n      MSGTARGETRULE\n        DESCRIPTION "all messages"\n        MSGTARGETRULECONDS\n        MSGTARGETMANAGERS\n${managers.join("")}`;
}

/** An estate folder in a fresh temporary folder, from paths and texts. */
function estate(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "hpom-lint-estate-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe("hpom-lint lint --estate", () => {
  it("reports a loop through three servers' files at each target that closes it (stylish), exit 1", async () => {
    const r = await cli(["lint", "--estate", LOOP]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const heads = r.stdout.split("\n").filter((l) => l.startsWith(LOOP));
    expect(heads.map((l) => l.slice(0, l.indexOf(": error:")))).toEqual([
      `${AT("om-a")}:13:20`,
      `${AT("om-b")}:13:20`,
      `${AT("om-c")}:13:20`,
    ]);
    expect(heads[0]).toContain(
      "messages forwarded to om-b.example.com come back to om-a.example.com: om-a.example.com forwards to om-b.example.com (om-a.example.com/msgforw:13); om-b.example.com forwards to om-c.example.com (om-b.example.com/msgforw:13); om-c.example.com forwards to om-a.example.com (om-c.example.com/msgforw:13) [HP5001/estate-forward-loop]",
    );
    expect(r.stdout).toContain("3 problems (3 errors, 0 warnings)");
  });

  it("prints the README's example exactly as the README shows", async () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("### Across servers"));
    const block = /```console\n\$ hpom-lint (.*)\n([^]*?)```/.exec(section)!;
    const r = await cli(block[1]!.split(" "));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(block[2]);
  });

  it("puts each finding at its file and line in json, sarif, github, gitlab and junit", async () => {
    const json = JSON.parse((await cli(["lint", "--estate", LOOP, "--format", "json"])).stdout) as {
      files: { filename: string; diagnostics: { code: string; range: { start: { line: number; column: number } } }[] }[];
    };
    const found = json.files.flatMap((f) =>
      f.diagnostics.map((d) => `${f.filename}:${d.range.start.line}:${d.range.start.column} ${d.code}`),
    );
    expect(found).toEqual([`${AT("om-a")}:13:20 HP5001`, `${AT("om-b")}:13:20 HP5001`, `${AT("om-c")}:13:20 HP5001`]);
    // Merged into the reports of the linted files, not added beside them.
    expect(json.files.map((f) => f.filename)).toEqual([`${LOOP}/om-a.example.com/allnodes`, AT("om-a"), AT("om-b"), AT("om-c")]);

    const sarif = JSON.parse((await cli(["lint", "--estate", LOOP, "--format", "sarif"])).stdout) as {
      runs: {
        results: {
          ruleId: string;
          locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
        }[];
      }[];
    };
    const results = sarif.runs[0]!.results.map((x) => {
      const at = x.locations[0]!.physicalLocation;
      return `${at.artifactLocation.uri}:${at.region.startLine} ${x.ruleId}`;
    });
    expect(results).toEqual([`${AT("om-a")}:13 HP5001`, `${AT("om-b")}:13 HP5001`, `${AT("om-c")}:13 HP5001`]);

    const github = await cli(["lint", "--estate", LOOP, "--format", "github"]);
    expect(github.code).toBe(1);
    expect(github.stdout).toContain(`::error file=${AT("om-b")},line=13,col=20,`);

    const gitlab = JSON.parse((await cli(["lint", "--estate", LOOP, "--format", "gitlab"])).stdout) as {
      check_name: string;
      location: { path: string; lines: { begin: number } };
    }[];
    expect(gitlab.map((x) => `${x.location.path}:${x.location.lines.begin} ${x.check_name}`)).toEqual([
      `${AT("om-a")}:13 HP5001/estate-forward-loop`,
      `${AT("om-b")}:13 HP5001/estate-forward-loop`,
      `${AT("om-c")}:13 HP5001/estate-forward-loop`,
    ]);

    const junit = (await cli(["lint", "--estate", LOOP, "--format", "junit"])).stdout;
    expect(junit).toContain(`<testsuite name="${AT("om-c")}"`);
    expect(junit.match(/HP5001/g)?.length).toBeGreaterThanOrEqual(3);
  });

  it("exits as lint does: 0 for a clean estate or information only, and re-levels with --rule and --max-warnings", async () => {
    expect(await cli(["lint", "--estate", "examples/estates/hp-pool"])).toMatchObject({ code: 0, stdout: "" });
    const info = await cli(["lint", "--estate", "examples/estates/three-levels"]);
    expect(info.code).toBe(0);
    expect(info.stdout).toContain(
      "examples/estates/three-levels/om1.example.com/msgforw:21:20: info: this server forwards messages to om-hq.example.com",
    );
    const warned = await cli(["lint", "--estate", LOOP, "--rule", "estate-forward-loop=warning"]);
    expect(warned.code).toBe(0);
    expect(warned.stdout).toContain("3 problems (0 errors, 3 warnings)");
    expect((await cli(["lint", "--estate", LOOP, "--rule", "HP5001=warning", "--max-warnings", "0"])).code).toBe(1);
    expect(await cli(["lint", "--estate", LOOP, "--rule", "HP5001=off"])).toMatchObject({ code: 0, stdout: "" });
  });

  it("takes the pools from --pool: synchronisation is no loop, and HP3011 alone judges the forward to the model's virtual interface", async () => {
    const dir = estate({
      "om1.example.com/msgforw": msgforw("om2.example.com", "om-v.example.com"),
      "om2.example.com/msgforw": msgforw("om1.example.com"),
      "pools.json": JSON.stringify({
        version: 1,
        pools: [{ name: "core", members: ["om1.example.com", "om2.example.com"], virtual: ["om-v.example.com"] }],
      }),
    });
    const without = await cli(["lint", "--estate", ".", "--format", "json"], dir);
    // Without the model the two servers forward to each other: a loop, and V is no server of the estate.
    expect(without.code).toBe(1);
    expect(without.stdout).toContain('"code": "HP5001"');
    expect(without.stdout).toContain('"code": "HP5002"');
    const withPool = await cli(["lint", "--estate", ".", "--pool", "pools.json", "--format", "json"], dir);
    expect(withPool.code).toBe(1);
    const files = (
      JSON.parse(withPool.stdout) as { files: { filename: string; diagnostics: { code: string; range: { start: { line: number } } }[] }[] }
    ).files;
    const om1 = files.find((f) => f.filename === "om1.example.com/msgforw")!;
    expect(om1.diagnostics.map((d) => `${d.range.start.line} ${d.code}`)).toEqual(["16 HP3011"]);
    expect(files.flatMap((f) => f.diagnostics).filter((d) => d.code.startsWith("HP5"))).toEqual([]);
  });

  it("honours a disable directive in the file the finding points at; one file cannot call it unused (HP4001)", async () => {
    const dir = estate({
      "om-a.example.com/msgforw": msgforw("om-b.example.com").replace(
        '            OPCMGR IP 0.0.0.0 "om-b.example.com"',
        '            # hpom-lint-disable-next-line estate-forward-loop -- the loop is broken by om-b\'s conditions\n            OPCMGR IP 0.0.0.0 "om-b.example.com"',
      ),
      // Nothing outside the estate here: a single file's lint cannot know that, so it does not say so either.
      "om-b.example.com/msgforw": `# hpom-lint-disable target-outside-estate\n${msgforw("om-a.example.com")}`,
    });
    const r = await cli(["lint", "--estate", ".", "--format", "json"], dir);
    const found = (JSON.parse(r.stdout) as { files: { filename: string; diagnostics: { code: string }[] }[] }).files.flatMap((f) =>
      f.diagnostics.map((d) => `${f.filename} ${d.code}`),
    );
    expect(found).toEqual(["om-b.example.com/msgforw HP5001"]);
  });

  it("reports a file with a syntax error as lint does, and still checks the rest of the estate", async () => {
    const dir = estate({
      "om-a.example.com/msgforw": msgforw("om-b.example.com"),
      "om-b.example.com/msgforw": msgforw("om-a.example.com"),
      "om-c.example.com/msgforw": 'TIMETEMPLATES\nRESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "broken\n',
    });
    const r = await cli(["lint", "--estate", ".", "--format", "json"], dir);
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.stdout) as { files: { filename: string; diagnostics: { code: string }[] }[] }).files.flatMap((f) =>
      f.diagnostics.map((d) => `${f.filename} ${d.code}`),
    );
    expect(found.filter((f) => f.endsWith("HP5001"))).toEqual(["om-a.example.com/msgforw HP5001", "om-b.example.com/msgforw HP5001"]);
    expect(found.some((f) => f.startsWith("om-c.example.com/msgforw HP1"))).toBe(true);
    expect(r.stderr).toBe("");
  });

  it("notes drafts on stderr, keeping stdout the report", async () => {
    const dir = estate({
      "om-a.example.com/msgforw": msgforw("om-b.example.com"),
      "om-b.example.com/work_respmgrs/msgforw": msgforw("om-a.example.com"),
    });
    const r = await cli(["lint", "--estate", ".", "--rule", "HP5002=off", "--format", "json"], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("hpom-lint: note: om-b.example.com/work_respmgrs/msgforw: a draft (work_respmgrs), not part of the estate\n");
    expect(JSON.parse(r.stdout)).toMatchObject({ version: 1 });
  });

  it("rejects paths beside --estate, a missing folder, a file and a folder without servers (exit 2, one clear line)", async () => {
    const paths = await cli(["lint", "--estate", LOOP, "examples"]);
    expect(paths.code).toBe(2);
    expect(paths.stderr).toContain("--estate takes no paths");
    const missing = await cli(["lint", "--estate", "examples/estates/nowhere"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("examples/estates/nowhere");
    expect(missing.stderr).not.toContain("    at ");
    const file = await cli(["lint", "--estate", AT("om-a")]);
    expect(file).toMatchObject({ code: 2, stdout: "" });
    expect(file.stderr).toContain(`${AT("om-a")}: not a folder (an estate is a folder with one folder per server)`);
    const dir = estate({ "respmgrs/msgforw": msgforw("om-b.example.com") });
    const none = await cli(["lint", "--estate", "."], dir);
    expect(none).toMatchObject({ code: 2, stdout: "" });
    expect(none.stderr).toContain("no server in this folder");
    expect(readFileSync(join(dir, "respmgrs/msgforw"), "utf8")).toBe(msgforw("om-b.example.com"));
  });
});
