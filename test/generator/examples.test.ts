/**
 * The pool examples (`examples/pools/<scenario>/pool.yaml` and the files
 * generated beside it) are regenerated from their models; any difference, a
 * missing file or a stray one fails, so the committed output always is what
 * `hpom-lint generate pool.yaml --out .` writes in that folder today.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { generate, lint, parsePoolModel } from "../../src/index.js";

const POOLS = resolve(__dirname, "../../examples/pools");
const MODEL = "pool.yaml";

/** Every file below `dir`, relative, `/`-separated, sorted. */
function tree(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split("\\").join("/"))
    .sort();
}

const scenarios = readdirSync(POOLS).sort();

describe("pool examples", () => {
  it("has HP's scenarios", () => {
    expect(scenarios).toEqual([
      "agents-and-guis",
      "load-balancer",
      "one-virtual-interface",
      "outbound-only",
      "three-levels",
      "three-servers",
      "two-levels-members",
    ]);
  });

  describe.each(scenarios)("%s", (scenario) => {
    const dir = join(POOLS, scenario);
    const model = parsePoolModel(readFileSync(join(dir, MODEL), "utf8"), `examples/pools/${scenario}/${MODEL}`);
    const files = generate(model, { source: MODEL });

    it("holds exactly the model and what it generates", () => {
      expect(tree(dir)).toEqual([MODEL, ...files.map((f) => f.path)].sort());
    });

    it.each(files.map((f) => [f.path, f] as const))("%s is current (else run hpom-lint generate)", (path, f) => {
      expect(readFileSync(join(dir, path), "utf8")).toBe(f.content);
    });

    it("lints clean with the pool model", () => {
      for (const f of files.filter((g) => g.kind !== "runbook" && g.kind !== "topology" && g.kind !== "bbc_inst_defaults")) {
        for (const server of f.servers)
          expect(lint(f.content, { filename: f.path, pool: model, server }), `${f.path} as ${server}`).toEqual([]);
      }
    });
  });
});
