/** Error recovery takes time in proportion to the input (test/scaling.ts). */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/index.js";
import { LINEAR, linearGrowth } from "../scaling.js";

describe("recovery", () => {
  it("runs of broken clauses outside any block parse in linear time", () => {
    const text = (n: number) => "SECONDARYMANAGER NODE\n".repeat(n);
    expect(parse(text(2_000)).diagnostics.length).toBeGreaterThan(0);
    expect(linearGrowth(500, text, (t) => parse(t))).toBeLessThan(LINEAR);
  });
});
