/** JSON errors of config files: always a line, a column and a short reason in plain words. */
import { describe, expect, it } from "vitest";
import { JsonSyntaxError, parseJson } from "../../../src/cli/config/json.js";

async function errorOf(text: string): Promise<string> {
  try {
    await parseJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return `${error.line}:${error.column} ${error.message}`;
    throw error;
  }
  throw new Error("no error");
}

describe("parseJson", () => {
  it("parses JSON, skipping a byte-order mark", async () => {
    expect(await parseJson('\uFEFF{"a": [1, 2.5e3, "x\\u0041", true, null]}')).toEqual({ a: [1, 2500, "xA", true, null] });
  });

  it("keeps __proto__ an ordinary key, for the schema to reject", async () => {
    expect(Object.keys((await parseJson('{"__proto__": {"x": 1}}')) as object)).toEqual(["__proto__"]);
  });

  it.each([
    ['{\n  "rules": {\n    "HP2003": "off",\n  }\n}', '3:20 trailing comma before "}" (JSON allows none)'],
    ["[1, 2,\n]", '1:6 trailing comma before "]" (JSON allows none)'],
    ['{"a": 1}\n// note', "2:1 comments are not allowed in JSON"],
    ['{"a": 1,\n  /* note */\n}', "2:3 comments are not allowed in JSON"],
    ['{\n  "rules": {"HP2003": "off"}\n', '3:1 expected "," or "}", found end of file'],
    ['{"a": [1', '1:9 expected "," or "]", found end of file'],
    ['{"a": "x\n"}', "1:7 unterminated string"],
    ["", "1:1 expected a value, found end of file"],
    [" \n", "2:1 expected a value, found end of file"],
    ['{\n  "rules": tru\n}', '2:12 expected a value, found "tru"'],
    ["{\n  rules: {}\n}", '2:3 expected a property name in double quotes, found "rules"'],
    ["{\"a\": 'off'}", "1:7 expected a value, found \"'off'\""],
    ['{\n  "a" 1\n}', '2:7 expected ":" after the property name, found "1"'],
    ['{"a": 1 "b": 2}', '1:9 expected ",", found "b"'],
    ['{"a": 1,, "b": 2}', '1:9 expected a property name in double quotes, found ","'],
    ['{"a": "ab\\x"}', "1:10 invalid escape in string"],
    ['{"a": "ab\\u12"}', "1:10 invalid \\u escape in string (it takes four hex digits)"],
    ['{"a": "ab\tc"}', "1:10 control character in string (write it as an escape)"],
    ['{"a": 1.}', '1:7 incomplete number "1."'],
    ['{"a": 0x10, "b": 2}', '1:8 unexpected "x10"'],
    ['{"a": 1\u00a0}', "1:8 unexpected character U+00A0"],
    ['{"a": 1} }', '1:10 unexpected "}" after the end of the JSON value'],
  ])("%j → %s", async (text, expected) => {
    expect(await errorOf(text)).toBe(expected);
  });

  it("does not count a byte-order mark in columns", async () => {
    expect(await errorOf('\uFEFF{"a": 1,}')).toBe('1:8 trailing comma before "}" (JSON allows none)');
  });

  it("reports nesting too deep to check instead of overflowing the stack", async () => {
    expect(await errorOf("[".repeat(100_000))).toBe("1:1 nested too deeply");
  });
});
