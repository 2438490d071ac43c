/**
 * The composite GitHub Action (action.yml) run as the runner runs it: each
 * step's script in bash with its `env` (expressions filled in), `GITHUB_ENV`
 * carried from step to step, in a checkout of real files. No step puts an
 * input straight into a script (script injection); README's workflow uses it.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { workspace } from "./cli/workspace.js";

const root = resolve(__dirname, "..");

interface Step {
  name: string;
  shell: string;
  env?: Record<string, string>;
  run: string;
}

interface Action {
  inputs: Record<string, { default: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parseYaml(readFileSync(join(root, "action.yml"), "utf8")) as Action;

/** Runs the action's steps in `cwd` with `inputs`; stops at the first failing step, as the runner does. */
function runAction(cwd: string, inputs: Record<string, string>): { code: number; stdout: string } {
  const githubEnv = join(cwd, ".github-env");
  writeFileSync(githubEnv, "");
  const values: Record<string, string> = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, inputs[k] ?? v.default]));
  let stdout = "";
  for (const step of action.runs.steps) {
    const carried = Object.fromEntries(
      readFileSync(githubEnv, "utf8")
        .split("\n")
        .filter((l) => l.includes("="))
        .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
    );
    const env = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([k, v]) => [
        k,
        v.replace(/\$\{\{\s*(inputs\.([\w-]+)|github\.action_path)\s*\}\}/g, (_, __, input: string | undefined) =>
          input ? values[input]! : root,
        ),
      ]),
    );
    const ran = spawnSync("bash", ["-e", "-c", step.run], {
      cwd,
      encoding: "utf8",
      env: { ...process.env, ...carried, ...env, GITHUB_ENV: githubEnv, NO_COLOR: "1" },
    });
    stdout += ran.stdout;
    if (ran.status !== 0) return { code: ran.status ?? 99, stdout };
  }
  return { code: 0, stdout };
}

/** A checkout whose own node_modules has hpom-lint (this build), as after `npm ci` in a repository that depends on it. */
function checkout(files: Record<string, string>): string {
  const dir = workspace(files);
  mkdirSync(join(dir, "node_modules/.bin"), { recursive: true });
  symlinkSync(join(root, "bin/hpom-lint.js"), join(dir, "node_modules/.bin/hpom-lint"));
  return dir;
}

/** An allnodes whose last manager names an undefined time template (HP2001, an error, line 12). */
const BROKEN =
  'RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "x"\n    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n    MSGTARGETRULES\n      MSGTARGETRULE\n        DESCRIPTION "all"\n        MSGTARGETRULECONDS\n        MSGTARGETMANAGERS\n          MSGTARGETMANAGER\n            TIMETEMPLATE "nights"\n            OPCMGR IP 0.0.0.0 "om1.example.com"\n';
const CLEAN = BROKEN.replace('"nights"', '"$OPC_ALWAYS"');

describe("action.yml", () => {
  it("is a composite action whose scripts take inputs from the environment only", () => {
    expect(action.runs.using).toBe("composite");
    for (const step of action.runs.steps) {
      expect(step.shell, step.name).toBe("bash");
      expect(step.run, step.name).not.toMatch(/\$\{\{/);
    }
  });

  it("annotates problems with --format github and fails the step; writes SARIF when asked", async () => {
    const dir = checkout({ "respmgrs/allnodes": BROKEN, "other/allnodes": "junk\n" });
    const ran = runAction(dir, { paths: "respmgrs", "sarif-file": "out/hpom-lint.sarif" });
    expect(ran.code).toBe(1);
    expect(ran.stdout).toMatch(/^::error file=respmgrs\/allnodes,line=12,col=26,.*title=HP2001\//m);
    expect(ran.stdout).not.toContain("other/allnodes");
    const sarif = JSON.parse(readFileSync(join(dir, "out/hpom-lint.sarif"), "utf8")) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0]!.results.length).toBeGreaterThan(0);
  });

  it("passes on clean files, takes several paths and extra options, and writes no SARIF unless asked", () => {
    const dir = checkout({ "a/allnodes": CLEAN, "b/allnodes": CLEAN, "c d/allnodes": "junk\n" });
    expect(runAction(dir, { paths: "a b", args: "--max-warnings 0" })).toEqual({ code: 0, stdout: "" });
    expect(spawnSync("ls", [dir], { encoding: "utf8" }).stdout).not.toContain("sarif");
  });

  it("is what README's workflow uses", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("\n### GitHub Actions\n"), readme.indexOf("\n### GitLab CI\n"));
    const [workflow] = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map(
      (m) => parseYaml(m[1]!) as { jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }> },
    );
    const steps = Object.values(workflow!.jobs)[0]!.steps;
    const lint = steps.find((s) => s.uses?.startsWith("hpom-lint/hpom-lint@"));
    expect(lint?.with).toEqual({ paths: "respmgrs/", "sarif-file": "hpom-lint.sarif" });
    expect(steps.some((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"))).toBe(true);
  });
});
