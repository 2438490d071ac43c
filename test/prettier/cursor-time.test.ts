/**
 * formatWithCursor takes time in proportion to the file: without the plugin's cursor marks Prettier
 * diffs the whole input against the whole output, character by character (quadratic).
 */
import { join, resolve } from "node:path";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import plugin from "../../src/prettier/index.js";
import { LINEAR, linearGrowthAsync } from "../scaling.js";
import { rulesFile } from "./files.js";

const built = join(resolve(__dirname, "../.."), "dist/prettier.js");

describe.each([
  { label: "plugin object", plugin: plugin as prettier.Plugin },
  { label: "built dist/prettier.js by path", plugin: built },
])("formatWithCursor with the $label", ({ plugin: p }) => {
  it("takes linear time with the cursor in the middle of the file", async () => {
    const atMiddle = (file: string) =>
      prettier.formatWithCursor(file, { filepath: "allnodes", plugins: [p], endOfLine: "auto", cursorOffset: file.indexOf("# cond") });
    expect(await linearGrowthAsync(40, rulesFile, atMiddle)).toBeLessThan(LINEAR);
  });
});
