/**
 * README's pre-commit configurations are true: the remote one names this
 * repository and the current release tag (no placeholder), and the local one
 * has the hooks of .pre-commit-hooks.yaml and runs, as pre-commit runs it
 * (entry plus the staged file names, from the repository's root), against the
 * hpom-lint a repository's node_modules holds.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { REPOSITORY_URL } from "../src/cli/rule-catalog.js";
import { FILE_NAMES, fileKindFromName, SAMPLE_FILE_NAMES, SAMPLE_FOLDER_NAMES } from "../src/files/file-kind.js";
import { workspace } from "./cli/workspace.js";

const root = resolve(__dirname, "..");

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files: string;
  types: string[];
}

interface Config {
  repos: { repo: string; rev?: string; hooks: Hook[] }[];
}

const readme = readFileSync(join(root, "README.md"), "utf8");
const section = readme.slice(readme.indexOf("\n### pre-commit\n"), readme.indexOf("\n## ", readme.indexOf("\n### pre-commit\n")));
const [remote, local] = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parseYaml(m[1]!) as Config);
const shipped = parseYaml(readFileSync(join(root, ".pre-commit-hooks.yaml"), "utf8")) as Hook[];
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };

const BROKEN =
  'RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "x"\n    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n    MSGTARGETRULES\n      MSGTARGETRULE\n        DESCRIPTION "all"\n        MSGTARGETRULECONDS\n        MSGTARGETMANAGERS\n          MSGTARGETMANAGER\n            TIMETEMPLATE "nights"\n            OPCMGR IP 0.0.0.0 "om1.example.com"\n';

describe("README's pre-commit configurations", () => {
  it("the remote one names this repository at the current release's tag", () => {
    expect(remote!.repos).toEqual([{ repo: REPOSITORY_URL, rev: `v${version}`, hooks: shipped.map((h) => ({ id: h.id })) }]);
  });

  it("the local one has the shipped hooks' names, files and commands, run from node_modules", () => {
    const [repo] = local!.repos;
    expect(repo!.repo).toBe("local");
    expect(repo!.hooks.map((h) => [h.id, h.name, h.entry, h.files, h.types])).toEqual(
      shipped.map((h) => [h.id, h.name, `node_modules/.bin/${h.entry}`, h.files, h.types]),
    );
  });

  it("the local hooks run as pre-commit runs them: lint fails on a broken file, fmt rewrites it", () => {
    const dir = workspace({
      "respmgrs/allnodes": BROKEN,
      "clean/allnodes": BROKEN.replace('"nights"', '"$OPC_ALWAYS"').replace("  RESPMGRCONFIG\n", "  RESPMGRCONFIG   \n"),
    });
    mkdirSync(join(dir, "node_modules/.bin"), { recursive: true });
    symlinkSync(join(root, "bin/hpom-lint.js"), join(dir, "node_modules/.bin/hpom-lint"));
    const [lint, fmt] = local!.repos[0]!.hooks;
    const runHook = (hook: Hook, files: string[]) =>
      spawnSync("bash", ["-c", `${hook.entry} "$@"`, "hook", ...files], {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      });
    const failed = runHook(lint!, ["respmgrs/allnodes"]);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toContain("respmgrs/allnodes:12:26: error:");
    expect(runHook(lint!, ["clean/allnodes"]).status).toBe(0);
    expect(runHook(fmt!, ["clean/allnodes"]).status).toBe(0);
    expect(readFileSync(join(dir, "clean/allnodes"), "utf8")).toContain("\n  RESPMGRCONFIG\n");
  });
});

describe("the shipped hooks' files pattern", () => {
  it("matches exactly the files hpom-lint checks: FILE_NAMES, node files and HP's samples in their folders", () => {
    const inSampleFolders = (name: string) => SAMPLE_FOLDER_NAMES.flatMap((folder) => [`${folder}/${name}`, `conf/${folder}/${name}`]);
    const paths = [
      ...FILE_NAMES.flatMap((name) => [name, `respmgrs/${name}`, `respmgrs/${name}.bak`, `respmgrs/x${name}`, name.toUpperCase()]),
      ...["c0a80a0b", "respmgrs/C0A80A0B", "c0a80a0", "c0a80a0b0", "0xc0a80a0b"],
      ...SAMPLE_FILE_NAMES.flatMap((name) => [name, `respmgrs/${name}`, ...inSampleFolders(name), ...inSampleFolders(`${name}.bak`)]),
      ...inSampleFolders("example.m4"),
    ];
    const checked = paths.filter((path) => fileKindFromName(path) !== undefined);
    expect(checked.length).toBeGreaterThan(FILE_NAMES.length + SAMPLE_FILE_NAMES.length);
    for (const hook of shipped) {
      const pattern = new RegExp(hook.files);
      expect([hook.id, paths.filter((path) => pattern.test(path))]).toEqual([hook.id, checked]);
    }
  });
});
