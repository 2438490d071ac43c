/**
 * The grammar snapshot embedded in the build (src/parser/gast-snapshot.ts) must be
 * exactly what the parser records from the sources, and a parser that restores it
 * must parse exactly like one that records, with lookahead functions that decide
 * exactly like the ones Chevrotain computes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { createTokenInstance, EOF, type Rule, type TokenType } from "chevrotain";
import {
  lookaheadFunction,
  lookaheadKey,
  MAX_LOOKAHEAD,
  restoreRule,
  snapshotGrammar,
  snapshotLookahead,
  snapshotParser,
} from "../../src/parser/gast-snapshot.js";
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

  it("holds the one-token lookahead of every decision, deciding like Chevrotain's own for every token", () => {
    const rules = getParser().getGAstProductions();
    const lookahead = snapshotLookahead(rules);
    const tokens = new Map(ALL_TOKENS.map((t) => [t.name, t]));
    const strategy = (
      getParser() as unknown as {
        lookaheadStrategy: {
          buildLookaheadForAlternation(o: object): (this: unknown) => unknown;
          buildLookaheadForOptional(o: object): (this: unknown) => unknown;
        };
      }
    ).lookaheadStrategy;
    const next = [...ALL_TOKENS, EOF].map((type: TokenType) => createTokenInstance(type, "x", 0, 1, 1, 1, 1, 2));
    // Every OR, OPTION, MANY and AT_LEAST_ONE of the grammar, by the keys the snapshot uses.
    const keys = Object.entries(rules).flatMap(([name, rule]) => decisions(rule).map(([kind, idx]) => [name, kind, idx] as const));
    expect(keys.length).toBeGreaterThan(50);
    expect(Object.keys(lookahead).sort()).toEqual(keys.map(([name, kind, idx]) => lookaheadKey(name, kind, idx)).sort());
    for (const [name, kind, idx] of keys) {
      const options = {
        prodOccurrence: idx,
        rule: rules[name]!,
        maxLookahead: MAX_LOOKAHEAD,
        hasPredicates: false,
        dynamicTokensEnabled: false,
        prodType: kind,
      };
      const chevrotain =
        kind === "Alternation" ? strategy.buildLookaheadForAlternation(options) : strategy.buildLookaheadForOptional(options);
      const ours = lookaheadFunction(kind, lookahead[lookaheadKey(name, kind, idx)]!, tokens);
      for (const tok of next) {
        const parser = { LA_FAST: () => tok };
        expect([name, kind, idx, tok.tokenType.name, ours.call(parser)]).toEqual([
          name,
          kind,
          idx,
          tok.tokenType.name,
          chevrotain.call(parser),
        ]);
      }
    }
  });

  it("embedded in the build equals a fresh recording of the sources (else rebuild with `npm run build`)", async () => {
    const tooling = await built<BuiltTooling>("tooling.js");
    expect(tooling.embeddedGrammarSnapshot()).toEqual(snapshotParser(getParser().getGAstProductions()));
  });

  it("lets the built parser parse every example and broken file exactly like the sources", async () => {
    const lib = await built<BuiltIndex>("index.js");
    const inputs = [...files(join(root, "examples")).filter((f) => !f.endsWith(".md")), ...files(join(__dirname, "../cli/fixtures"))].map(
      (f) => readFileSync(f, "utf8"),
    );
    inputs.push(
      'RESPMGRCONFIGS\n  RESPMGRCONFIG DESCRIPTION "x"\n    SECONDARYMANAGERS FOO\n      SECONDARYMANAGER NODE IP IP 0.0.0.0 "m"\n    MSGTARGETRULES\n      DESCRIPTION "r"\n',
    );
    for (const text of inputs) expect(lib.parse(text)).toEqual(parse(text));
  });
});

type Decision = readonly ["Alternation" | "Option" | "Repetition" | "RepetitionMandatory", number];

/** The decisions of a rule, depth first, found through the snapshot's plain form. */
function decisions(rule: Rule): Decision[] {
  const out: Decision[] = [];
  const walk = (prods: ReturnType<typeof snapshotGrammar>[string]): void => {
    for (const p of prods) {
      if (p.kind === "Alternation") {
        out.push([p.kind, p.idx]);
        for (const alt of p.alternatives) walk(alt);
      } else if (p.kind === "Option" || p.kind === "Repetition" || p.kind === "RepetitionMandatory") {
        out.push([p.kind, p.idx]);
        walk(p.definition);
      }
    }
  };
  walk(snapshotGrammar({ [rule.name]: rule })[rule.name]!);
  return out;
}
