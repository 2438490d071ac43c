/**
 * Cross-server rule fixtures: every folder under test/lint/estate-fixtures/<CODE>/
 * is an estate (one folder per server, as `lint --estate` reads it), linted with
 * `lintEstate` and every rule at its default level; it must report exactly the
 * diagnostics the marker comments in its files announce, with the markers of
 * test/lint/fixtures/README.md (`#   ^ HP5001` under a line, `# expect: 2:1 HP5003`).
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintEstate, loadEstate } from "../../src/index.js";
import { ESTATE_RULES } from "../../src/rules/index.js";
import { readEstate } from "../estate/estates.js";

const ROOT = join(import.meta.dirname, "estate-fixtures");
const CARET = /^(#\s*)\^+\s+(HP\d{4})\s*$/;
const EXPLICIT = /^#\s*expect:\s*(\d+):(\d+)\s+(HP\d{4})\s*$/;

/** The findings the markers of one file announce, as `path:line:column code`. */
function expectedIn(path: string, text: string): string[] {
  const out: string[] = [];
  let target = 0;
  text.split(/\r?\n/).forEach((line, i) => {
    const caret = CARET.exec(line);
    const explicit = EXPLICIT.exec(line);
    if (caret) out.push(`${path}:${target}:${caret[1]!.length + 1} ${caret[2]}`);
    else if (explicit) out.push(`${path}:${explicit[1]}:${explicit[2]} ${explicit[3]}`);
    else target = i + 1;
  });
  return out;
}

/** Every finding the markers of a case's files announce. */
function expectedOf(name: string): string[] {
  return readEstate(join(ROOT, name)).flatMap((f) => expectedIn(f.path, f.text));
}

const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory() && /^HP5\d{3}$/.test(d.name))
  .flatMap((d) => readdirSync(join(ROOT, d.name)).map((c) => `${d.name}/${c}`))
  .sort();

describe("cross-server rule fixtures", () => {
  it("every cross-server rule has a case that triggers it and one of its own that does not", () => {
    const missing: string[] = [];
    for (const rule of ESTATE_RULES) {
      const own = cases.filter((c) => c.startsWith(`${rule.code}/`)).map((c) => expectedOf(c));
      const code = ` ${rule.code}`;
      if (!own.some((e) => e.some((x) => x.endsWith(code)))) missing.push(`${rule.code}: no case triggers it`);
      if (!own.some((e) => !e.some((x) => x.endsWith(code)))) missing.push(`${rule.code}: no case that does not trigger it`);
    }
    expect(missing).toEqual([]);
  });

  for (const name of cases) {
    it(name, () => {
      const files = readEstate(join(ROOT, name));
      const estate = loadEstate(files);
      expect(estate.notes.filter((n) => n.type !== "sample")).toEqual([]);
      const found = lintEstate(estate).map((d) => `${d.filename}:${d.range.start.line}:${d.range.start.column} ${d.code}`);
      const expected = expectedOf(name);
      expect(found.sort()).toEqual(expected.sort());
    });
  }
});
