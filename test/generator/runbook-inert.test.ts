/**
 * The runbook is inert Markdown (issue #12, item 7): the model's file name and
 * free text of the model land in an HTML comment, table cells, paragraphs and
 * inline code, and stay text there whatever they hold — checked by parsing the
 * runbook with a real Markdown parser (Prettier's, remark). Also item 3: a
 * product of many backslashes takes linear time.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { generate } from "../../src/generator/generate.js";
import type { PoolModel } from "../../src/model/schema.js";
import { runInProcess } from "../cli/run-in-process.js";
import { workspace } from "../cli/workspace.js";
import { LINEAR, linearGrowth } from "../scaling.js";

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

const SOURCE = "evil --> <img src=x onerror=alert(1)>`x``.yaml";
const PRODUCT = "<script>alert(1)</script></td> ``tick`` *em* [l](http://x) &amp; \\| \\";

function model(product: string): PoolModel {
  return {
    version: 1,
    pools: [{ name: "web", members: ["a.example.com", "b.example.com"], virtual: ["v.example.com"], loadBalancer: { product } }],
  };
}

function runbookOf(product: string, source: string): string {
  return generate(model(product), { source }).find((f) => f.kind === "runbook")!.content;
}

/** Prettier's parser entry point, which its type declarations leave out. */
const { __debug } = prettier as unknown as { __debug: { parse(text: string, options: { parser: string }): Promise<{ ast: MdNode }> } };

async function parse(markdown: string): Promise<MdNode> {
  return (await __debug.parse(markdown, { parser: "markdown" })).ast;
}

function* walk(node: MdNode): Generator<MdNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

/** The text a node shows: its text and inline code, markup removed. */
function shown(node: MdNode): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value ?? "";
  return (node.children ?? []).map(shown).join("");
}

describe("hostile values in the runbook", () => {
  it("stay text in every context: comment, table cell, paragraph, inline code", async () => {
    const ast = await parse(runbookOf(PRODUCT, SOURCE));
    const nodes = [...walk(ast)];
    // The only HTML is the opening comment, whole: the file name does not end it.
    const html = nodes.filter((n) => n.type === "html");
    expect(html).toHaveLength(1);
    expect(ast.children![0]).toBe(html[0]);
    expect(html[0]!.value!.startsWith("<!--\n")).toBe(true);
    expect(html[0]!.value!.indexOf("-->")).toBe(html[0]!.value!.length - 3);
    // No markup of their own: the same nodes as the runbook of plain values.
    const plain = [...walk(await parse(runbookOf("F5", "model.yaml")))];
    const markup = (list: MdNode[]) => list.map((n) => n.type).filter((type) => type !== "text");
    expect(markup(nodes)).toEqual(markup(plain));
    // The product reads as it is, in the table and in the paragraph.
    const cells = nodes.filter((n) => n.type === "tableCell").map(shown);
    expect(cells).toContain(`${PRODUCT}: the virtual interfaces live on it`);
    const paragraphs = nodes.filter((n) => n.type === "paragraph").map(shown);
    expect(paragraphs).toContain(`On ${PRODUCT}:`);
    // The file name is one piece of inline code, exactly.
    expect(nodes.filter((n) => n.type === "inlineCode").map((n) => n.value)).toContain(`hpom-lint generate ${SOURCE} --out . --check`);
  });

  it("control characters and line breaks of the file name and the product are not in the runbook", () => {
    const text = runbookOf("F5\u001b[31m\nBIG\u202eIP", "m\u0000\r\nodel.yaml");
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(text).toContain("On F5\uFFFD\\[31m BIG\uFFFDIP:");
  });

  it("generate writes it, and on the next run finds it current", async () => {
    const dir = workspace({
      [SOURCE]: `version: 1\npools:\n  - name: web\n    members: [a.example.com, b.example.com]\n    virtual: [v.example.com]\n    loadBalancer: { product: "</td><script>" }\n`,
    });
    expect((await runInProcess(["generate", SOURCE, "--out", "out"], { cwd: dir })).code).toBe(0);
    const ast = await parse(readFileSync(join(dir, "out/web/RUNBOOK.md"), "utf8"));
    expect([...walk(ast)].filter((n) => n.type === "html")).toHaveLength(1);
    expect(await runInProcess(["generate", SOURCE, "--out", "out", "--check"], { cwd: dir })).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(readdirSync(join(dir, "out/web"))).toContain("RUNBOOK.md");
  });
});

describe("time", () => {
  it("a product of N backslashes takes linear time", () => {
    expect(
      linearGrowth(
        3_125,
        (n) => "\\".repeat(n),
        (product) => runbookOf(product, "m.yaml"),
      ),
    ).toBeLessThan(LINEAR);
  });
});
