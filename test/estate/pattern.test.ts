/** The evaluated part of HPOM's pattern language (src/estate/pattern.ts). */
import { describe, expect, it } from "vitest";
import { compilePattern } from "../../src/estate/pattern.js";

const test = (pattern: string, text: string, icase = false) => {
  const p = compilePattern(pattern, undefined, icase);
  if (p.type !== "regexp") throw new Error(`unsupported ${p.construct}`);
  return p.regexp.test(text);
};

describe("compilePattern", () => {
  it("matches anywhere unless anchored, with <*>, <#>, <@>, <_> and <n*>", () => {
    expect(test("disk full", "error: disk full on /var")).toBe(true);
    expect(test("^disk<*>full$", "disk is full")).toBe(true);
    expect(test("^disk<*>full$", "the disk is full")).toBe(false);
    expect(test("code <#>", "code 42")).toBe(true);
    expect(test("code <#>", "code x")).toBe(false);
    expect(test("^<@><_>down$", "eth0 \t down")).toBe(true);
    expect(test("^<3*>$", "abc")).toBe(true);
    expect(test("^<3*>$", "abcd")).toBe(false);
  });

  it("takes regular-expression characters and escaped ones literally, and honours ICASE", () => {
    expect(test("a.b(c)", "a.b(c)")).toBe(true);
    expect(test("a.b", "axb")).toBe(false);
    expect(test("\\<*>", "<*>")).toBe(true);
    expect(test("DISK", "disk", true)).toBe(true);
  });

  it("reports constructs it does not evaluate", () => {
    expect(compilePattern("<[a|b]>")).toEqual({ type: "unsupported", construct: "<[a|b]>" });
    expect(compilePattern("a <*")).toEqual({ type: "unsupported", construct: "<*" });
  });
});
