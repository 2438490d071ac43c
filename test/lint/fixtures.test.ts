/**
 * Rule fixtures: every file under test/lint/fixtures/<CODE>/ is linted and must
 * report exactly the diagnostics its marker comments announce — so a new case
 * is one new file. See test/lint/fixtures/README.md for the marker syntax.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { lint, rules, type LintOptions, type PoolModel } from "../../src/index.js";
import { ESTATE_RULES } from "../../src/rules/index.js";

const ROOT = join(import.meta.dirname, "fixtures");
const POOLS = join(ROOT, "pools");

/** `# lint: {…}` on the first line: LintOptions as JSON; `pool` names a file under fixtures/pools/. */
const HEADER = /^#\s*lint:\s*(\{.*\})\s*$/;
/** `#   ^ HP2001` under a line: the caret's column in the nearest line above that is not a marker. */
const CARET = /^(#\s*)\^+\s+(HP\d{4})\s*$/;
/** `# expect: 12:1 HP2001` anywhere: an explicit position (for column 1 or the end of the file). */
const EXPLICIT = /^#\s*expect:\s*(\d+):(\d+)\s+(HP\d{4})\s*$/;

interface Fixture {
  path: string;
  text: string;
  options: LintOptions;
  expected: string[];
}

function loadPool(name: string): PoolModel {
  return JSON.parse(readFileSync(join(POOLS, name), "utf8")) as PoolModel;
}

function readFixture(path: string): Fixture {
  const text = readFileSync(path, "utf8");
  const lines = text.split(/\r?\n/);
  const options: LintOptions = {};
  const header = HEADER.exec(lines[0] ?? "");
  if (header) {
    const raw = JSON.parse(header[1]!) as Record<string, unknown>;
    Object.assign(options, raw);
    if (typeof raw.pool === "string") options.pool = loadPool(raw.pool);
  }
  const expected: string[] = [];
  let target = 0;
  lines.forEach((line, i) => {
    const caret = CARET.exec(line);
    if (caret) {
      if (target === 0) throw new Error(`${path}:${i + 1}: a caret marker needs a line above it`);
      expected.push(`${target}:${caret[1]!.length + 1} ${caret[2]}`);
      return;
    }
    const explicit = EXPLICIT.exec(line);
    if (explicit) {
      expected.push(`${explicit[1]}:${explicit[2]} ${explicit[3]}`);
      return;
    }
    target = i + 1;
  });
  return { path, text, options, expected: expected.sort(compare) };
}

function compare(a: string, b: string): number {
  const [la, ca] = a.split(/[: ]/).map(Number);
  const [lb, cb] = b.split(/[: ]/).map(Number);
  return la! - lb! || ca! - cb! || (a < b ? -1 : a > b ? 1 : 0);
}

function listFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const folder of readdirSync(ROOT, { withFileTypes: true })) {
    if (!folder.isDirectory() || !/^HP\d{4}$/.test(folder.name)) continue;
    for (const file of readdirSync(join(ROOT, folder.name)).sort()) out.push(readFixture(join(ROOT, folder.name, file)));
  }
  return out;
}

const fixtures = listFixtures();

describe("rule fixtures", () => {
  for (const f of fixtures) {
    it(relative(ROOT, f.path), () => {
      const found = lint(f.text, f.options).map((d) => `${d.range.start.line}:${d.range.start.column} ${d.code}`);
      expect(found.sort(compare)).toEqual(f.expected);
    });
  }

  it("every rule has a fixture that triggers it and one of its own that does not", () => {
    const missing: string[] = [];
    // The cross-server rules' fixtures are estates: estate-fixtures.test.ts holds them to the same.
    const estateRules = new Set(ESTATE_RULES.map((r) => r.code));
    for (const rule of rules.filter((r) => !estateRules.has(r.code))) {
      const own = fixtures.filter((f) => relative(ROOT, f.path).startsWith(`${rule.code}/`));
      const code = ` ${rule.code}`;
      if (!own.some((f) => f.expected.some((e) => e.endsWith(code)))) missing.push(`${rule.code}: no fixture triggers it`);
      if (!own.some((f) => !f.expected.some((e) => e.endsWith(code)))) missing.push(`${rule.code}: no fixture that does not trigger it`);
    }
    expect(missing).toEqual([]);
  });
});
