/**
 * Every rule's doc page is executed: its `hpom bad` example, linted with every
 * other rule (HP2xxx and up) turned off, reports that rule and nothing else
 * (no syntax diagnostics either); its `hpom good` example, linted with the
 * default configuration, does not report the rule and has no syntax diagnostics.
 * The README index lists exactly the rules, with their metadata. An example whose
 * first line is `# lint: {…}` is linted with those LintOptions (e.g. the file kind),
 * as in the rule fixtures; a page with a ```yaml pool block lints every example
 * with that pool model. A cross-server rule's (HP5xxx) page shows a bad and a
 * good estate instead: blocks tagged ```<lang> bad <path> (or good) are the
 * files of the estate, at their path below the estate folder; they are loaded
 * and checked with `lintEstate` the same way.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { lint, lintEstate, loadEstate, parsePoolModel, rules, type EstateInput, type LintOptions } from "../../src/index.js";
import { ESTATE_RULES } from "../../src/rules/index.js";
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

/** The files of a page's bad or good estate, and its pool model (a ```yaml pool block) if any. */
function estateOf(markdown: string, tag: "bad" | "good"): { files: EstateInput[]; model: string | undefined } {
  const files: EstateInput[] = [];
  const re = new RegExp("^```\\S+ " + tag + " (\\S+)\\n([\\s\\S]*?)^```$", "gm");
  for (let m = re.exec(markdown); m; m = re.exec(markdown)) files.push({ path: m[1]!, text: m[2]! });
  return { files, model: /^```yaml pool\n([\s\S]*?)^```$/m.exec(markdown)?.[1] };
}

function lintEstateExample(example: { files: EstateInput[]; model: string | undefined }, rulesConfig: LintOptions["rules"] = {}) {
  const estate = loadEstate(example.files, example.model === undefined ? {} : { pool: parsePoolModel(example.model) });
  expect(estate.notes.filter((n) => n.type === "syntax-error")).toEqual([]);
  return lintEstate(estate, { rules: rulesConfig });
}

const estateRules = new Set(ESTATE_RULES.map((r) => r.code));

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

  for (const rule of rules.filter((r) => estateRules.has(r.code))) {
    describe(`${rule.code} ${rule.name} (estate)`, () => {
      const page = readFileSync(join(DOCS, `${rule.code}.md`), "utf8");
      const bad = estateOf(page, "bad");
      const good = estateOf(page, "good");

      it("has a bad and a good estate", () => {
        expect(page.startsWith(`# ${rule.code} \`${rule.name}\``)).toBe(true);
        expect(bad.files.length).toBeGreaterThan(0);
        expect(good.files.length).toBeGreaterThan(0);
      });

      it("bad estate reports exactly this rule", () => {
        const others = Object.fromEntries(rules.filter((r) => r.code !== rule.code).map((r) => [r.code, "off" as const]));
        const found = lintEstateExample(bad, others);
        expect(found.length).toBeGreaterThan(0);
        expect(found.map((d) => d.code)).toEqual(found.map(() => rule.code));
      });

      it("good estate does not report it", () => {
        expect(lintEstateExample(good).filter((d) => d.code === rule.code)).toEqual([]);
      });
    });
  }

  for (const rule of rules.filter((r) => !estateRules.has(r.code))) {
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
