/**
 * README's install lines, as a user runs them: the package packed from this
 * build, installed from its tarball into a fresh project, brings only its
 * run-time dependency along, and its bin and entries work from there.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPOSITORY_URL } from "../src/cli/rule-catalog.js";

const root = resolve(__dirname, "..");
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
const project = mkdtempSync(join(tmpdir(), "hpom-lint-install-"));
afterAll(() => rmSync(project, { recursive: true, force: true }));

const run = (command: string, args: string[]) =>
  execFileSync(command, args, {
    cwd: project,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1" },
  });

describe("README's install section", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("\n## Install\n"), readme.indexOf("\n## Quick start\n"));

  it("names this repository's release tag and the tarball npm pack makes", () => {
    expect(section).toContain(`npm install --save-dev git+${REPOSITORY_URL}.git#v${version}\n`);
    expect(section).toContain(`npm install --save-dev ./hpom-lint-${version}.tgz `);
  });

  it("installs from the tarball with zod as its only dependency, and runs", () => {
    run("npm", ["pack", "--ignore-scripts", "--pack-destination", project, root]);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "estate", version: "1.0.0", private: true }));
    run("npm", ["install", "--save-dev", "--prefer-offline", "--no-audit", "--no-fund", `./hpom-lint-${version}.tgz`]);
    expect(
      readdirSync(join(project, "node_modules"))
        .filter((n) => !n.startsWith("."))
        .sort(),
    ).toEqual(["hpom-lint", "zod"]);
    expect(run("npx", ["--no-install", "hpom-lint", "--version"])).toBe(`${version}\n`);
    writeFileSync(join(project, "allnodes"), "TIMETEMPLATES\n");
    const lint = spawnSync("npx", ["--no-install", "hpom-lint", "allnodes"], {
      cwd: project,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect([lint.status, lint.stdout]).toEqual([1, expect.stringContaining("allnodes:1:1: error:")]);
    const loaded = run("node", [
      "-e",
      'import("hpom-lint").then((m) => console.log(typeof m.lint, typeof require("hpom-lint/parser").format))',
    ]);
    expect(loaded).toBe("function function\n");
  }, 180_000);
});
