/**
 * The picture beside every generated pool: each example pool's TOPOLOGY.md,
 * the Mermaid blocks of examples/README.md and README.md, and
 * `hpom-lint graph <pool.yaml>` show the same flowchart; `generate --check`
 * asks for a TOPOLOGY.md that is missing; the file stays inert Markdown.
 */
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "../../src/index.js";
import { workspace } from "../cli/workspace.js";
import { cli, root } from "../estate/estates.js";

const POOLS = join(root, "examples/pools");
const scenarios = readdirSync(POOLS).sort();

/** The body of the first ```mermaid block of `markdown` after `from`, with its final line break. */
function mermaidBlock(markdown: string, from = 0): string {
  const start = markdown.indexOf("```mermaid\n", from);
  expect(start, "a mermaid block").toBeGreaterThanOrEqual(0);
  const body = start + "```mermaid\n".length;
  return markdown.slice(body, markdown.indexOf("```\n", body));
}

describe("the picture of each example pool", () => {
  it.each(scenarios)("%s: TOPOLOGY.md and examples/README.md show what hpom-lint graph draws", async (scenario) => {
    const r = await cli(["graph", `examples/pools/${scenario}/pool.yaml`]);
    expect(r.code).toBe(0);
    const folders = readdirSync(join(POOLS, scenario), { withFileTypes: true }).filter((e) => e.isDirectory() && !e.name.includes("."));
    expect(folders.length).toBeGreaterThan(0);
    for (const pool of folders) expect(mermaidBlock(readFileSync(join(POOLS, scenario, pool.name, "TOPOLOGY.md"), "utf8"))).toBe(r.stdout);
    const readme = readFileSync(join(root, "examples/README.md"), "utf8");
    expect(mermaidBlock(readme, readme.indexOf(`### \`pools/${scenario}/\``))).toBe(r.stdout);
  });

  it("README.md shows the three-level hierarchy", async () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const r = await cli(["graph", "examples/pools/three-levels/pool.yaml"]);
    expect(mermaidBlock(readme, readme.indexOf("## Drawing the estate"))).toBe(r.stdout);
  });
});

describe("TOPOLOGY.md", () => {
  it("generate --check reports it missing in output written before it existed (exit 1)", async () => {
    const dir = workspace({ "pool.yaml": readFileSync(join(POOLS, "three-levels/pool.yaml"), "utf8") });
    expect((await cli(["generate", "pool.yaml", "--out", "out"], dir)).code).toBe(0);
    rmSync(join(dir, "out/core/TOPOLOGY.md"));
    expect(await cli(["generate", "pool.yaml", "--out", "out", "--check"], dir)).toEqual({
      code: 1,
      stdout: "core/TOPOLOGY.md: missing\n",
      stderr: "",
    });
  });

  it("keeps a hostile model file name inside its opening comment, without control characters", () => {
    const model = { version: 1, pools: [{ name: "core", members: ["om1.example.com", "om2.example.com"], virtual: ["v.example.com"] }] };
    const topology = generate(model, { source: "x\n--> <script>\u001b[31m" }).find((f) => f.kind === "topology")!.content;
    expect(topology).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(topology.indexOf("-->")).toBe(topology.indexOf("\n-->\n\n# Server pool `core`: topology") + 1);
  });
});
