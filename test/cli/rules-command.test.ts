/**
 * `hpom-lint rules`: every code the linter can report, in text (through the
 * built CLI as a child process) and JSON (in process), with golden files; and the documentation every listed URL points to.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { rules, SYNTAX } from "../../src/index.js";
import { expectGolden, VERSION } from "./golden.js";
import { requireBuild, root, run } from "./run-cli.js";
import { runInProcess } from "./run-in-process.js";

beforeAll(requireBuild);

interface Listed {
  code: string;
  name: string;
  severity: string;
  fixable: boolean;
  description: string;
  docs: string;
}

describe("hpom-lint rules", () => {
  it("lists every code as text", async () => {
    const r = await run(["rules"]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expectGolden(r.stdout, "rules.txt");
  });

  it("lists every code as JSON: syntax codes and rules with their metadata, in code order", async () => {
    const r = await runInProcess(["rules", "--format", "json"]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expectGolden(r.stdout, "rules.json");
    const document = JSON.parse(r.stdout) as { version: number; rules: Listed[] };
    expect(document.version).toBe(1);
    const expected = [
      ...Object.values(SYNTAX).map((s) => ({
        code: s.code,
        name: s.name,
        severity: s.severity,
        fixable: s.fixable,
        description: s.description,
      })),
      ...rules.map((x) => ({ code: x.code, name: x.name, severity: x.severity, fixable: x.fixable, description: x.description })),
    ].sort((a, b) => a.code.localeCompare(b.code));
    expect(document.rules.map(({ docs: _docs, ...rest }) => rest)).toEqual(expected);
  });

  it("links every code to a page (or a section) that exists in the repository", async () => {
    const document = JSON.parse((await runInProcess(["rules", "--format", "json"])).stdout) as { rules: Listed[] };
    const prefix = `/blob/v${VERSION}/`;
    for (const entry of document.rules) {
      const [path, anchor] = entry.docs.slice(entry.docs.indexOf(prefix) + prefix.length).split("#");
      const page = readFileSync(join(root, path!), "utf8");
      if (anchor === undefined) {
        expect(page.startsWith(`# ${entry.code} \`${entry.name}\``), entry.code).toBe(true);
      } else {
        // GitHub's anchor of "## HP1003 `unexpected-token`" is "hp1003-unexpected-token".
        expect(anchor).toBe(`${entry.code.toLowerCase()}-${entry.name}`);
        const section = page.split(`\n## ${entry.code} \`${entry.name}\`\n`)[1];
        expect(section, entry.code).toBeDefined();
        expect(section!.startsWith(`Severity: **${entry.severity}** · Fixable: ${entry.fixable ? "" : "no"}`), entry.code).toBe(true);
        expect(/^Severity: [^\n]* · Fixable: no\b/.test(section!), entry.code).toBe(!entry.fixable);
      }
    }
  });
});
