/** `NameIndex.closest` answers as `closest` does, in time that grows with the names, not their square. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closest } from "../../src/util/did-you-mean.js";
import { NameIndex } from "../../src/util/name-index.js";

const name = fc.array(fc.constantFrom("a", "b", "A", "B", "c", "ß", "-"), { maxLength: 7 }).map((c) => c.join(""));

describe("NameIndex", () => {
  it("gives closest's answer for any names, word and distance", () => {
    fc.assert(
      fc.property(fc.array(name, { maxLength: 12 }), name, fc.nat({ max: 3 }), (names, word, max) => {
        expect(new NameIndex(names).closest(word, max)).toBe(closest(word, names, max));
      }),
      { numRuns: 5000 },
    );
  });

  it("finds a swap, and a long name one edit from a long word", () => {
    expect(new NameIndex(["NIGHT", "DAY"]).closest("NIHGT", 2)).toBe("NIGHT");
    const long = "x".repeat(20_000);
    expect(new NameIndex([long, `${long}yz`]).closest(`${long}y`, 2)).toBeUndefined();
    expect(new NameIndex([long, "other"]).closest(`${long}y`, 2)).toBe(long);
  });
});
