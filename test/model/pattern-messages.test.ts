/**
 * Both committed JSON Schemas give editors a readable message for every
 * pattern (`patternErrorMessage`, read by VS Code and the YAML language
 * server), the message hpom-lint itself gives, instead of a bare regular expression.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

type Node = Record<string, unknown>;

/** Every object in `node` with its JSON pointer. */
function walk(node: unknown, path = "#"): [string, Node][] {
  if (node === null || typeof node !== "object") return [];
  const here: [string, Node][] = Array.isArray(node) ? [] : [[path, node as Node]];
  return here.concat(Object.entries(node).flatMap(([key, child]) => walk(child, `${path}/${key}`)));
}

describe.each(["pool-model.schema.json", "hpom-lint-config.schema.json"])("schema/%s", (name) => {
  const schema = JSON.parse(readFileSync(join(__dirname, "../../schema", name), "utf8")) as unknown;

  it("has a patternErrorMessage beside every pattern", () => {
    const patterns = walk(schema).filter(([, node]) => typeof node.pattern === "string");
    expect(patterns.length).toBeGreaterThan(0);
    const bare = patterns.filter(
      ([, node]) => typeof node.patternErrorMessage !== "string" || !/^must |^negated globs/.test(node.patternErrorMessage),
    );
    expect(bare.map(([path]) => path)).toEqual([]);
  });
});
