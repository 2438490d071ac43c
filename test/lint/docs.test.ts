/**
 * Every rule's doc page is executed: its `hpom bad` example, linted with every
 * other rule (HP2xxx and up) turned off, reports that rule and nothing else
 * (no syntax diagnostics either); its `hpom good` example, linted with the
 * default configuration, does not report the rule and has no syntax diagnostics.
 * The README index lists exactly the rules, with their metadata. An example whose
 * first line is `# lint: {…}` is linted with those LintOptions (e.g. the file kind),
 * as in the rule fixtures; a page with a ```yaml pool block lints every example
 * with that pool model.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { lint, rules, type LintOptions } from "../../src/index.js";
import { rulesIndex } from "../../src/tooling/rules-index.js";

const DOCS = join(import.meta.dirname, "../../docs/rules");

/** An example of a page and the LintOptions it is linted with. */
interface Example {
  text: string;
  options: LintOptions;
}

function blocks(markdown: string, tag: string): Example[] {
  const out: Example[] = [];
  const re = new RegExp("^```hpom " + tag + "\\n([\\s\\S]*?)^```$", "gm");
  const model = /^```yaml pool\n([\s\S]*?)^```$/m.exec(markdown);
  for (let m = re.exec(markdown); m; m = re.exec(markdown)) {
    const options = optionsOf(m[1]!);
    if (model) options.pool = parseYaml(model[1]!);
    out.push({ text: m[1]!, options });
  }
  return out;
}

/** The LintOptions of an example's `# lint: {…}` first line, or none. */
function optionsOf(example: string): LintOptions {
  const header = /^#\s*lint:\s*(\{.*\})\s*\n/.exec(example);
  return header ? (JSON.parse(header[1]!) as LintOptions) : {};
}

describe("rule docs", () => {
  it("has one page per rule and no page without a rule", () => {
    const pages = readdirSync(DOCS)
      .filter((f) => /^HP\d{4}\.md$/.test(f))
      .sort();
    expect(pages).toEqual(rules.map((r) => `${r.code}.md`).sort());
    for (const r of rules) expect(r.docs).toBe(`docs/rules/${r.code}.md`);
  });

  it("README is the index generated from the rules' metadata (npm run docs)", () => {
    expect(readFileSync(join(DOCS, "README.md"), "utf8")).toBe(rulesIndex());
  });

  for (const rule of rules) {
    describe(`${rule.code} ${rule.name}`, () => {
      const page = readFileSync(join(DOCS, `${rule.code}.md`), "utf8");
      const bad = blocks(page, "bad");
      const good = blocks(page, "good");

      it("has a bad and a good example", () => {
        expect(page.startsWith(`# ${rule.code} \`${rule.name}\``)).toBe(true);
        expect(bad.length).toBeGreaterThan(0);
        expect(good.length).toBeGreaterThan(0);
      });

      it("bad example reports exactly this rule", () => {
        const others = Object.fromEntries(rules.filter((r) => r.code !== rule.code).map((r) => [r.code, "off" as const]));
        for (const { text, options } of bad) {
          const found = lint(text, { ...options, rules: others });
          expect(found.length).toBeGreaterThan(0);
          expect(found.map((d) => d.code)).toEqual(found.map(() => rule.code));
        }
      });

      it("good example does not report it", () => {
        for (const { text, options } of good) {
          const found = lint(text, options);
          expect(found.filter((d) => d.code === rule.code || d.code.startsWith("HP1"))).toEqual([]);
        }
      });
    });
  }
});
