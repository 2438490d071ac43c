/**
 * `docs/language.md` is the language reference that code comments and docs cite
 * as `docs/language.md#…`. Every such anchor must name a heading of it, as
 * GitHub makes anchors from headings, or the citation leads nowhere; and no
 * comment may cite the research documents that are not in the repository.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const LANGUAGE = join(ROOT, "docs/language.md");
const THIS_FILE = relative(ROOT, import.meta.filename);

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .trim()
    .replace(/\s/g, "-");
}

function headings(markdown: string): string[] {
  const out: string[] = [];
  let fenced = false;
  for (const line of markdown.split("\n")) {
    if (line.startsWith("```")) fenced = !fenced;
    const m = !fenced && /^#{1,6}\s+(.*?)\s*$/.exec(line);
    if (m) out.push(slug(m[1]!));
  }
  return out;
}

/** Every file under `dir` (relative to the root) whose name ends in one of `extensions`. */
function files(dir: string, extensions: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (path: string): void => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (extensions.some((e) => name.endsWith(e))) out.push(relative(ROOT, full));
    }
  };
  walk(join(ROOT, dir));
  return out;
}

const SOURCES = [
  ...["src", "test", "scripts", "bench"].flatMap((dir) => files(dir, [".ts", ".mjs"])),
  ...files("docs", [".md"]),
  "README.md",
  "CHANGELOG.md",
];

/** Each anchor a file cites as `language.md#…` (in language.md itself, also its `](#…)` links). */
function citedAnchors(path: string): string[] {
  const text = readFileSync(join(ROOT, path), "utf8");
  const cited = [...text.matchAll(/language\.md#([\w-]+)/g)].map((m) => m[1]!);
  if (path === "docs/language.md") cited.push(...[...text.matchAll(/\]\(#([\w-]+)\)/g)].map((m) => m[1]!));
  return cited;
}

describe("docs/language.md", () => {
  const anchors = headings(readFileSync(LANGUAGE, "utf8"));

  it("has a heading for every anchor cited in the code and the docs", () => {
    const broken: string[] = [];
    let count = 0;
    for (const path of SOURCES) {
      for (const anchor of citedAnchors(path)) {
        count++;
        if (!anchors.includes(anchor)) broken.push(`${path}: #${anchor}`);
      }
    }
    expect(broken).toEqual([]);
    // The code cites the reference throughout; a scan that finds few citations has stopped working.
    expect(count).toBeGreaterThan(100);
  });

  it("keeps its anchors unique, so each stays stable when a heading is added", () => {
    expect(anchors.filter((a, i) => anchors.indexOf(a) !== i)).toEqual([]);
  });

  it("has the Decisions section others add to", () => {
    expect(anchors).toContain("decisions");
  });

  it("is what comments cite, not research documents outside the repository", () => {
    const outside = new RegExp(
      [
        "spec §",
        "opcmomchk\\.md",
        "server-pooling\\.md",
        "flexible-management\\.md",
        "shared/spec",
        "shared/CONTRACT",
        "shared/STYLE",
        "§\\d",
      ].join("|"),
    );
    const found = SOURCES.filter((path) => path !== THIS_FILE && outside.test(readFileSync(join(ROOT, path), "utf8")));
    expect(found).toEqual([]);
  });
});
