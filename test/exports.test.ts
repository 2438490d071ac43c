/**
 * The library's runtime exports: everything CONTRACT.md promises is there, and `defineRule` is not,
 * since nothing exported runs a custom rule (a rule could be declared but never used).
 */
import { describe, expect, it } from "vitest";
import * as library from "../src/index.js";

const PROMISED = [
  "parse",
  "print",
  "format",
  "HpomSyntaxError",
  "lint",
  "rules",
  "generate",
  "parsePoolModel",
  "PoolModelError",
  "poolModelSchema",
  "poolModelJsonSchema",
];

describe("the library's exports", () => {
  it("has every export the contract promises", () => {
    expect(Object.keys(library)).toEqual(expect.arrayContaining(PROMISED));
  });

  it("does not offer to declare a rule it cannot run", () => {
    expect(Object.keys(library)).not.toContain("defineRule");
  });
});
