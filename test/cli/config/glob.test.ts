/** Config globs: picomatch semantics, and a glob naming a folder covering its files. */
import { describe, expect, it } from "vitest";
import { compileGlobs } from "../../../src/cli/config/glob.js";

const matches = async (glob: string, path: string) => (await compileGlobs([glob]))(path);

describe("config globs", () => {
  it.each([
    ["**/allnodes", "allnodes", true],
    ["**/allnodes", "a/b/allnodes", true],
    ["**/allnodes", "a/b/allnodes.bak", false],
    ["*", "allnodes", true],
    ["*.bak", "a/allnodes.bak", false],
    ["a/*/msgforw", "a/b/msgforw", true],
    ["a/*/msgforw", "a/b/c/msgforw", false],
    ["a/**/b", "a/b", true],
    ["a/**/b", "a/x/y/b", true],
    ["**", "x/y", true],
    ["./a/*", "a/b", true],
    ["c0a8????", "c0a80a0b", true],
    ["c0a8????", "c0a80a0", false],
    ["{core,edge}/msgforw", "edge/msgforw", true],
    ["{core,edge}/msgforw", "other/msgforw", false],
    ["a/{x,y/{z,w}}/f", "a/y/w/f", true],
    ["[abc]?/f", "bz/f", true],
    ["[!abc]?/f", "bz/f", false],
    ["[!abc]?/f", "dz/f", true],
    ["[a-c]", "b", true],
    ["a\\*b", "a*b", true],
    ["a\\*b", "axb", false],
  ])("%s matches %s: %s", async (glob, path, expected) => {
    expect(await matches(glob, path)).toBe(expected);
  });

  it("matches names starting with a dot only where the glob spells the dot", async () => {
    expect(await matches("*", ".old")).toBe(false);
    expect(await matches("**/allnodes", ".old/allnodes")).toBe(false);
    expect(await matches(".*/allnodes", ".old/allnodes")).toBe(true);
    expect(await matches(".old/**", ".old/x/allnodes")).toBe(true);
  });

  it("a glob naming a folder covers every file under it; nothing outside the config's folder matches", async () => {
    const test = await compileGlobs(["archive", "old/", "pools/*"]);
    expect(test("archive/2019/allnodes")).toBe(true);
    expect(test("archive/.hidden/allnodes")).toBe(true);
    expect(test("old/allnodes")).toBe(true);
    expect(test("pools/core/msgforw")).toBe(true);
    expect(test("live/allnodes")).toBe(false);
    expect(test("live/archive.bak")).toBe(false);
    expect(test("../archive/allnodes")).toBe(false);
    expect((await compileGlobs(["../**"]))("../x")).toBe(false);
    expect((await compileGlobs([]))("x")).toBe(false);
  });

  it("rejects a glob over the length limit", async () => {
    await expect(compileGlobs(["a".repeat(70_000)])).rejects.toThrow(/a glob of 70000 characters; at most 4096 are allowed/);
  });
});
