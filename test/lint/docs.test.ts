/**
 * Every rule's doc page is executed: its `hpom bad` example, linted with every
 * other rule (HP2xxx and up) turned off, reports that rule and nothing else
 * (no syntax diagnostics either); its `hpom good` example, linted with the
 * default configuration, does not report the rule and has no syntax diagnostics.
 * The README index lists exactly the rules, with their metadata. An example whose
 * first line is `# lint: {…}` is linted with those LintOptions (e.g. the file kind),
 * as in the rule fixtures.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lint, rules, type LintOptions } from "../../src/index.js";

const DOCS = join(import.meta.dirname, "../../docs/rules");

function blocks(markdown: string, tag: string): string[] {
  const out: string[] = [];
  const re = new RegExp("^```hpom " + tag + "\\n([\\s\\S]*?)^```$", "gm");
  for (let m = re.exec(markdown); m; m = re.exec(markdown)) out.push(m[1]!);
  return out;
}

/** The LintOptions of an example's `# lint: {…}` first line, or none. */
function optionsOf(example: string): LintOptions {
  const header = /^#\s*lint:\s*(\{.*\})\s*\n/.exec(example);
  return header ? (JSON.parse(header[1]!) as LintOptions) : {};
}

describe("rule docs", () => {
  it("has one page per rule and no page without a rule", () => {
    const pages = readdirSync(DOCS).filter((f) => /^HP\d{4}\.md$/.test(f)).sort();
    expect(pages).toEqual(rules.map((r) => `${r.code}.md`).sort());
    for (const r of rules) expect(r.docs).toBe(`docs/rules/${r.code}.md`);
  });

  it("README indexes every rule with its alias, severity and fixability", () => {
    const readme = readFileSync(join(DOCS, "README.md"), "utf8");
    for (const r of rules) {
      expect(readme).toContain(`| [${r.code}](${r.code}.md) | \`${r.name}\` | ${r.severity} | ${r.fixable ? "yes" : "no"} | ${r.description} |`);
    }
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
        for (const text of bad) {
          const found = lint(text, { ...optionsOf(text), rules: others });
          expect(found.length).toBeGreaterThan(0);
          expect(found.map((d) => d.code)).toEqual(found.map(() => rule.code));
        }
      });

      it("good example does not report it", () => {
        for (const text of good) {
          const found = lint(text, optionsOf(text));
          expect(found.filter((d) => d.code === rule.code || d.code.startsWith("HP1"))).toEqual([]);
        }
      });
    });
  }
});
