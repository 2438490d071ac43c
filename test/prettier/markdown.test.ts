/**
 * The plugin where Prettier users meet it besides HPOM files: ```hpom fences
 * in Markdown, and the Prettier versions the package says it works with.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { format } from "../../src/index.js";
import plugin from "../../src/prettier/index.js";

const MESSY = 'TIMETEMPLATES\n TIMETEMPLATE   "nights"\n      DESCRIPTION "after hours"\n';

describe("Markdown fences", () => {
  it("formats ```hpom fences as hpom-lint fmt does, and leaves a fence with syntax errors alone", async () => {
    const markdown = ["# Templates", "", "```hpom", MESSY + "```", "", "```hpom", "TIMETEMPLATES TIMETEMPLATE", "```", ""].join("\n");
    const out = await prettier.format(markdown, { parser: "markdown", plugins: [plugin] });
    expect(out).toBe(
      ["# Templates", "", "```hpom", format(MESSY) + "```", "", "```hpom", "TIMETEMPLATES TIMETEMPLATE", "```", ""].join("\n"),
    );
    expect(format(MESSY)).not.toBe(MESSY);
  });
});

describe("Prettier versions", () => {
  it("the peer range starts at 3.6, the first Prettier that asks isSupported (node files named in hex)", async () => {
    const { peerDependencies } = JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")) as {
      peerDependencies: Record<string, string>;
    };
    const [, major, minor] = /^\^(\d+)\.(\d+)\.\d+$/.exec(peerDependencies.prettier!) ?? [];
    expect([Number(major), Number(minor)]).toEqual([3, 6]);
    const info = await prettier.getFileInfo("nodes/c0a80a0b", { plugins: [plugin] });
    expect(info.inferredParser).toBe("hpom");
  });
});
