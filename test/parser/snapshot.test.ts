/**
 * The grammar snapshot embedded in the build (src/parser/gast-snapshot.ts) must be
 * exactly what the parser records from the sources, and a parser that restores it
 * must parse exactly like one that records.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { restoreRule, snapshotGrammar } from "../../src/parser/gast-snapshot.js";
import { ALL_TOKENS } from "../../src/lexer/tokens.js";
import { getParser, parse } from "../../src/parser/parse.js";

const root = resolve(__dirname, "../..");

interface BuiltTooling {
  embeddedGrammarSnapshot(): unknown;
}
interface BuiltIndex {
  parse: typeof parse;
}

async function built<T>(file: string): Promise<T> {
  const path = join(root, "dist", file);
  if (!existsSync(path)) throw new Error("dist/ is missing: run `npm run build` (npm test does it first)");
  return (await import(pathToFileURL(path).href)) as T;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe("grammar snapshot", () => {
  const recorded = snapshotGrammar(getParser().getGAstProductions());

  it("covers every rule of the parser", () => {
    expect(Object.keys(recorded).sort()).toEqual(Object.keys(getParser().getGAstProductions()).sort());
  });

  it("restores to the productions it was taken from", () => {
    const tokens = new Map(ALL_TOKENS.map((t) => [t.name, t]));
    const restored = Object.fromEntries(Object.entries(recorded).map(([name, def]) => [name, restoreRule(name, def, tokens)]));
    expect(snapshotGrammar(restored)).toEqual(recorded);
  });

  it("embedded in the build equals a fresh recording of the sources (else rebuild with `npm run build`)", async () => {
    const tooling = await built<BuiltTooling>("tooling.js");
    expect(tooling.embeddedGrammarSnapshot()).toEqual(recorded);
  });

  it("lets the built parser parse every example and broken file exactly like the sources", async () => {
    const lib = await built<BuiltIndex>("index.js");
    const inputs = [
      ...files(join(root, "examples")).filter((f) => !f.endsWith(".md")),
      ...files(join(__dirname, "../cli/fixtures")),
    ].map((f) => readFileSync(f, "utf8"));
    inputs.push('RESPMGRCONFIGS\n  RESPMGRCONFIG DESCRIPTION "x"\n    SECONDARYMANAGERS FOO\n      SECONDARYMANAGER NODE IP IP 0.0.0.0 "m"\n    MSGTARGETRULES\n      DESCRIPTION "r"\n');
    for (const text of inputs) expect(lib.parse(text)).toEqual(parse(text));
  });
});
