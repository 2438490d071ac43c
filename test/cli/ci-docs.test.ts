/**
 * What users copy into their repositories: the README's configuration example
 * and CI snippets, and the pre-commit hooks this repository ships.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { configSchema } from "../../src/cli/config/schema.js";
import { fileKindFromName } from "../../src/files/file-kind.js";
import { root } from "./run-cli.js";

const readme = readFileSync(join(root, "README.md"), "utf8");

/** The fenced blocks of `lang` in the README section titled `title`. */
function blocks(title: string, lang: string): string[] {
  const start = readme.indexOf(`\n## ${title}\n`);
  expect(start, `README section "${title}"`).toBeGreaterThan(0);
  const end = readme.indexOf("\n## ", start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1]!);
}

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
}

describe("README and .pre-commit-hooks.yaml", () => {
  it("the configuration example is valid", () => {
    const [example] = blocks("Configuration", "json");
    expect(configSchema.safeParse(JSON.parse(example!)).success).toBe(true);
  });

  it("the CI snippets are valid YAML and run hpom-lint as documented", () => {
    const snippets = blocks("CI", "yaml").map((y) => parseYaml(y) as Record<string, unknown>);
    expect(snippets).toHaveLength(4);
    const workflow = JSON.stringify(snippets[0]);
    expect(workflow).toContain('"uses":"hpom-lint/hpom-lint@v0.1.0","with":{"paths":"respmgrs/","sarif-file":"hpom-lint.sarif"}');
    expect(workflow).toContain("github/codeql-action/upload-sarif@v3");
    expect(JSON.stringify(snippets[1])).toContain("npx hpom-lint --format gitlab --output-file gl-code-quality-report.json respmgrs/");
    expect(JSON.stringify(snippets[1])).toContain("npx hpom-lint --format junit --output-file hpom-lint-junit.xml respmgrs/");
    expect(JSON.stringify(snippets[2])).toContain('"id":"hpom-lint"');
  });

  it("ships pre-commit hooks for node whose file pattern is exactly HPOM's file names", () => {
    const hooks = parseYaml(readFileSync(join(root, ".pre-commit-hooks.yaml"), "utf8")) as Hook[];
    expect(hooks.map((h) => [h.id, h.entry, h.language])).toEqual([
      ["hpom-lint", "hpom-lint", "node"],
      ["hpom-lint-fmt", "hpom-lint fmt --write", "node"],
    ]);
    const paths = [
      "allnodes",
      "respmgrs/msgforw",
      "a/escmgr",
      "mgrconf",
      "x/outage",
      "nodes/c0a80a0b",
      "C0A80A0B",
      "allnodes.bak",
      "my-allnodes",
      "c0a80a0",
      "c0a80a0b1",
      "README.md",
      "allnodes/x.txt",
      "mgmt_sv/bbc_inst_defaults",
      "tmpl_respmgrs/hier.time.all",
      "a/work_respmgrs/example.m2",
      "samples/hier.time.all",
      "service",
      "tmpl_respmgrs/README",
    ];
    for (const hook of hooks) {
      const pattern = new RegExp(hook.files); // pre-commit applies it with Python's re.search
      for (const path of paths) expect(pattern.test(path), path).toBe(fileKindFromName(path) !== undefined);
    }
  });
});
