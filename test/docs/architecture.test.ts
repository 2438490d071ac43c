/** docs/architecture.md names real places: every path it gives in backticks exists. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const text = readFileSync(join(root, "docs/architecture.md"), "utf8");

/** `src/estate/format-{text,json}.ts` → both paths; `src/rules/hpNNNN-<alias>.ts` (a pattern) → none. */
function pathsOf(written: string): string[] {
  if (written.includes("<") || written.includes("NNNN")) return [];
  const brace = /\{([^}]*)\}/.exec(written);
  if (!brace) return [written];
  return brace[1]!.split(",").flatMap((part) => pathsOf(written.replace(brace[0], part)));
}

describe("docs/architecture.md", () => {
  const written = [...text.matchAll(/`((?:src|editors|scripts|grammar|schema|docs|test)\/[^`\s]*)`/g)].map((m) => m[1]!);

  it("names at least the pipeline's folders", () => {
    expect(written.length).toBeGreaterThan(30);
  });

  it.each(written.flatMap(pathsOf))("%s exists", (path) => {
    expect(existsSync(join(root, path))).toBe(true);
  });
});
