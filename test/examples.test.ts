/**
 * The files under `examples/` — hand-written, or generated from the pool models
 * in `examples/pools/` — are part of the documentation: each
 * must parse without a single diagnostic, every file kind must have one, and
 * `examples/README.md` must describe every one of them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse, type Diagnostic } from "../src/index.js";

const EXAMPLES_DIR = fileURLToPath(new URL("../examples/", import.meta.url));

/** File names HPOM reads flexible-management configuration from (docs/language.md#kinds-and-names). */
const NAMED_KINDS = ["allnodes", "msgforw", "escmgr", "mgrconf", "outage"] as const;
const NODE_FILE = /^[0-9a-fA-F]{8}$/;

type ExampleKind = (typeof NAMED_KINDS)[number] | "node";

/** The kinds the examples must cover, at least one file each. */
const REQUIRED_KINDS: readonly ExampleKind[] = ["allnodes", "node", "msgforw", "escmgr", "outage"];

function kindOf(name: string): ExampleKind | undefined {
  if ((NAMED_KINDS as readonly string[]).includes(name)) return name as ExampleKind;
  if (NODE_FILE.test(name)) return "node";
  return undefined;
}

interface Example {
  /** Path relative to `examples/`, with forward slashes. */
  path: string;
  kind: ExampleKind;
  text: string;
}

/** Every flexible-management file below `dir`, at any depth, sorted by path. */
function findExamples(dir: string): Example[] {
  const found: Example[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) {
        walk(full);
        continue;
      }
      if (!entry.isFile()) continue;
      const kind = kindOf(entry.name);
      if (kind === undefined) continue;
      found.push({ path: relative(dir, full).split(sep).join("/"), kind, text: readFileSync(full, "utf8") });
    }
  };
  walk(dir);
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** One line per diagnostic, for failure messages. */
function report(diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return "no diagnostics";
  return diagnostics
    .map((d) => `${d.filename ?? "<text>"}:${d.range.start.line}:${d.range.start.column} ${d.severity} ${d.code}/${d.name}: ${d.message}`)
    .join("\n");
}

const examples = findExamples(EXAMPLES_DIR);

describe("examples", () => {
  it("has at least one example of every file kind", () => {
    const kinds = new Set(examples.map((e) => e.kind));
    const missing = REQUIRED_KINDS.filter((k) => !kinds.has(k));
    expect(missing, `no example for ${missing.join(", ")}; found ${examples.map((e) => e.path).join(", ") || "nothing"}`).toEqual([]);
  });

  it("lists every example in examples/README.md", () => {
    const readme = readFileSync(join(EXAMPLES_DIR, "README.md"), "utf8");
    // A generated pool example and an estate are described by their scenario folder (pools/<scenario>/, estates/<name>/), not file by file.
    const listedAs = (path: string) =>
      path.startsWith("pools/") || path.startsWith("estates/") ? `${path.split("/").slice(0, 2).join("/")}/` : path;
    const unlisted = examples.filter((e) => !readme.includes(listedAs(e.path))).map((e) => e.path);
    expect(unlisted, "examples not mentioned in examples/README.md").toEqual([]);
  });

  describe.each(examples)("$path", ({ path, text }) => {
    it("parses without diagnostics", () => {
      const { diagnostics } = parse(text, { filename: `examples/${path}` });
      expect(diagnostics, report(diagnostics)).toEqual([]);
    });

    it("opens with comments that explain the scenario", () => {
      expect(text.startsWith("#"), "the first line should be a # comment").toBe(true);
    });
  });
});
