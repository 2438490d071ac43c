/**
 * The scanner's compact token stream: offsets, types and texts kept in typed arrays,
 * token objects made on demand, and the parser reading it to its end.
 */
import { describe, expect, it } from "vitest";
import { scan } from "../../src/lexer/scanner.js";
import { StringLit, Word } from "../../src/lexer/tokens.js";
import { parse } from "../../src/parser/parse.js";

describe("the compact token stream", () => {
  it("keeps every token's offsets, type and text past its initial capacity", () => {
    const words = Array.from({ length: 1000 }, (_, i) => (i % 2 === 0 ? `w${i}` : `"s${i}"`));
    const text = words.join(" ");
    const { stream } = scan(text);
    expect(stream.length).toBe(1000);
    let offset = 0;
    for (let i = 0; i < words.length; i++) {
      const tok = stream.at(i);
      expect(tok.image).toBe(words[i]);
      expect(tok.startOffset).toBe(offset);
      expect(stream.startOf(i)).toBe(offset);
      expect(stream.endOf(i)).toBe(offset + words[i]!.length);
      expect(tok.tokenType).toBe(i % 2 === 0 ? Word : StringLit);
      expect(stream.typeIdxOf(i)).toBe(tok.tokenTypeIdx);
      offset += words[i]!.length + 1;
    }
  });

  it("gives an exact keyword its canonical text and a misspelt one the text as written", () => {
    const { stream, spelling } = scan("NODE Node");
    expect(spelling).toHaveLength(1);
    expect([stream.at(0).image, stream.at(1).image]).toEqual(["NODE", "Node"]);
    expect(stream.at(1).tokenType).toBe(stream.at(0).tokenType);
  });

  it("finds the first token at or after an offset", () => {
    const { stream } = scan("NODE   IP 0.0.0.0");
    expect([0, 1, 4, 7, 8, 10, 99].map((o) => stream.indexAt(o))).toEqual([0, 1, 1, 1, 2, 2, 3]);
  });

  it("materialises `tokens` once, equal to the stream", () => {
    const scanned = scan('SEVERITY Critical "x" $V 10:00');
    expect(scanned.tokens).toBe(scanned.tokens);
    expect(scanned.tokens.map((t) => t.image)).toEqual(["SEVERITY", "Critical", '"x"', "$V", "10:00"]);
    expect(scanned.tokens).toHaveLength(scanned.stream.length);
  });

  it("is read by the parser to its end, and a truncated file still ends in a diagnostic at the last token", () => {
    expect(parse('RESPMGRCONFIGS RESPMGRCONFIG DESCRIPTION "d"').diagnostics).toEqual([]);
    const { diagnostics } = parse('RESPMGRCONFIGS RESPMGRCONFIG DESCRIPTION "d" SECONDARYMANAGERS SECONDARYMANAGER NODE IP');
    expect(diagnostics.map((d) => d.name)).toEqual(["unexpected-eof"]);
  });
});
