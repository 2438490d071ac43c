/** JSON errors of config files: always a line, a column and a short reason. */
import { describe, expect, it } from "vitest";
import { JsonSyntaxError, parseJson } from "../../../src/cli/config/json.js";

function errorOf(text: string): string {
  try {
    parseJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return `${error.line}:${error.column} ${error.message}`;
    throw error;
  }
  throw new Error("no error");
}

describe("parseJson", () => {
  it("parses JSON, skipping a byte-order mark", () => {
    expect(parseJson('\uFEFF{"a": [1, 2.5e3, "x\\u0041", true, null]}')).toEqual({ a: [1, 2500, "xA", true, null] });
  });

  it.each([
    ['{\n  "rules": {\n    "HP2003": "off",\n  }\n}', '3:20 trailing comma before "}" (JSON allows none)'],
    ["[1, 2,]", '1:6 trailing comma before "]" (JSON allows none)'],
    ['{\n  "rules": tru\n}', '2:12 expected a value, found "tru"'],
    ['{\n  "a" 1\n}', '2:7 expected ":" after the property name, found "1"'],
    ["{\n  rules: {}\n}", '2:3 expected a property name in double quotes, found "rules"'],
    ['{"a": 1 "b": 2}', '1:9 expected "," or "}", found "\\""'],
    ['{"a": "x\n"}', "1:7 unterminated string"],
    ['{"a": "\\x"}', "1:8 invalid escape in string"],
    ['{"a": 1}\n// note', "2:1 comments are not allowed in JSON"],
    ['{"a": 1} x', '1:10 unexpected "x" after the end of the JSON value'],
    ['{"a": 01}', '1:8 expected "," or "}", found "1"'],
    ['{"a": -}', '1:7 invalid number "-"'],
    ["", "1:1 expected a value, found end of file"],
    ['{"a": [1', '1:9 expected "," or "]", found end of file'],
  ])("%j → %s", (text, expected) => {
    expect(errorOf(text)).toBe(expected);
  });

  it("does not count a byte-order mark in columns", () => {
    expect(errorOf("\uFEFF{,}")).toBe('1:2 expected a property name in double quotes, found ","');
  });

  it("reports nesting too deep for the scan instead of overflowing", () => {
    expect(errorOf(`${"[".repeat(600)}x`)).toMatch(/^1:\d+ nested too deeply$/);
  });
});
