/**
 * `recognize`, the benchmark's floor: the grammar run over a file without
 * building anything. It must accept a valid file whole, reject what the grammar
 * rejects, and leave the shared parser building trees afterwards.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse, recognize } from "../../src/parser/parse.js";

const VALID = readFileSync(new URL("../../examples/follow-the-sun/allnodes", import.meta.url), "utf8");

describe("recognize", () => {
  it("accepts a valid file, which parse also accepts", () => {
    expect(parse(VALID).diagnostics).toEqual([]);
    expect(recognize(VALID)).toBe(true);
  });

  it.each([
    ["a truncated rule", 'RESPMGRCONFIGS\n  RESPMGRCONFIG\n    MSGTARGETRULES\n      MSGTARGETRULE DESCRIPTION "x"\n'],
    ["a stray brace", "RESPMGRCONFIGS {\n"],
    ["a clause after the sections", "RESPMGRCONFIGS\nTIMETEMPLATES\n"],
    ["an unreadable character", "RESPMGRCONFIGS\n  RESPMGRCONFIG ~\n"],
  ])("rejects %s", (_, text) => {
    expect(parse(text).diagnostics.some((d) => d.severity === "error")).toBe(true);
    expect(recognize(text)).toBe(false);
  });

  it("leaves the parser building trees: a parse after it is the parse before it", () => {
    const before = parse(VALID);
    recognize(VALID);
    recognize("RESPMGRCONFIGS {\n");
    expect(parse(VALID)).toEqual(before);
    expect(before.ast.respMgrConfigs?.configs.length).toBeGreaterThan(0);
  });
});
