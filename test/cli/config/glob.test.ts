/** Config globs: picomatch semantics for what configs use, and folders covering their files. */
import { describe, expect, it } from "vitest";
import { compileGlobs, matchesFileOrFolder } from "../../../src/cli/config/glob.js";

const matches = (glob: string, path: string) => compileGlobs([glob])(path);

describe("config globs", () => {
  it.each([
    ["**/allnodes", "allnodes", true],
    ["**/allnodes", "a/b/allnodes", true],
    ["**/allnodes", "a/b/allnodes.bak", false],
    ["*", "allnodes", true],
    ["*", "a/allnodes", false],
    ["a/*/msgforw", "a/b/msgforw", true],
    ["a/*/msgforw", "a/b/c/msgforw", false],
    ["a/**/b", "a/b", true],
    ["a/**/b", "a/x/y/b", true],
    ["archive/**", "archive/x/allnodes", true],
    ["archive/", "archive/x", true],
    ["**", "x/y", true],
    ["**/**", "x/y", true],
    ["./a/*", "a/b", true],
    ["c0a8????", "c0a80a0b", true],
    ["c0a8????", "c0a80a0", false],
    ["{core,edge}/msgforw", "edge/msgforw", true],
    ["{core,edge}/msgforw", "other/msgforw", false],
    ["a/{x,y/{z,w}}/f", "a/y/w/f", true],
    ["{a}", "{a}", true],
    ["[abc]?/f", "bz/f", true],
    ["[!abc]?/f", "bz/f", false],
    ["[!abc]?/f", "dz/f", true],
    ["[a-c]", "b", true],
    ["a\\*b", "a*b", true],
    ["a\\*b", "axb", false],
    ["foo(bar)+", "foo(bar)+", true],
  ])("%s matches %s: %s", (glob, path, expected) => {
    expect(matches(glob, path)).toBe(expected);
  });

  it("matches names starting with a dot only where the glob spells the dot", () => {
    expect(matches("*", ".old")).toBe(false);
    expect(matches("**/allnodes", ".old/allnodes")).toBe(false);
    expect(matches(".*/allnodes", ".old/allnodes")).toBe(true);
    expect(matches(".old/**", ".old/x/allnodes")).toBe(true);
  });

  it("a glob naming a folder covers every file under it; nothing outside the config's folder matches", () => {
    const test = compileGlobs(["archive", "pools/*"]);
    expect(matchesFileOrFolder(test, "archive/2019/allnodes")).toBe(true);
    expect(matchesFileOrFolder(test, "pools/core/msgforw")).toBe(true);
    expect(matchesFileOrFolder(test, "live/allnodes")).toBe(false);
    expect(matchesFileOrFolder(test, "../archive/allnodes")).toBe(false);
    expect(matchesFileOrFolder(compileGlobs(["**"]), "../x")).toBe(false);
    expect(matchesFileOrFolder(compileGlobs([]), "x")).toBe(false);
  });

  it("refuses a glob whose alternatives explode", () => {
    expect(() => compileGlobs(["{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}{o,p}{q,r}"])).toThrow(/more than 256 patterns/);
  });
});
