/**
 * src/parser/tuned-parser.ts overrides and reads members of Chevrotain's parser that are
 * not its documented API. A Chevrotain release may rename, remove or reshape any of them
 * silently: the parser would then still run, but slower, or recovering differently. Each
 * test here fails when one member the tuning relies on is missing or changed, so an
 * upgrade of the pinned version is checked member by member.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { EmbeddedActionsParser } from "chevrotain";
import { describe, expect, it } from "vitest";
import { scan } from "../../src/lexer/scanner.js";
import { FlexibleManagementParser } from "../../src/parser/file-driver.js";
import { getParser } from "../../src/parser/parse.js";

const root = resolve(__dirname, "../..");

/** Chevrotain's own methods the tuned parser overrides or calls on its base, with their arity. */
const BASE_METHODS: Record<string, number> = {
  LA: 1,
  LA_FAST: 1,
  topLevelRuleRecord: 2,
  enableRecording: 0,
  disableRecording: 0,
  preComputeLookaheadFunctions: 1,
  getLaFuncFromCache: 1,
  canRecoverWithSingleTokenInsertion: 2,
  canRecoverWithSingleTokenDeletion: 1,
  flattenFollowSet: 0,
  findReSyncTokenType: 0,
  isInCurrentRuleReSyncSet: 1,
  performSelfAnalysis: 0,
  getFollowsForInRuleRecovery: 2,
  raiseNoAltException: 2,
  raiseEarlyExitException: 3,
  SAVE_ERROR: 1,
  reSyncTo: 1,
  onAfterParse: 1,
  isAtEndOfInput: 0,
  getCurrRuleFullName: 0,
  getGAstProductions: 0,
};

/** Instance fields the tuned parser reads or writes, with the type it expects. */
const INSTANCE_FIELDS: Record<string, string> = {
  skipValidations: "boolean",
  tokVectorLength: "number",
  currIdx: "number",
  RULE_STACK_IDX: "number",
  RULE_STACK: "object",
  RULE_OCCURRENCE_STACK: "object",
  RULE_OCCURRENCE_STACK_IDX: "number",
  _errors: "object",
  RECORDING_PHASE: "boolean",
  recoveryEnabled: "boolean",
  maxLookahead: "number",
  dynamicTokensEnabled: "boolean",
  definedRulesNames: "object",
  fullRuleNameToShort: "object",
  lookAheadFuncsCache: "object",
  lookaheadStrategy: "object",
};

type Members = Record<string, unknown>;

function members(value: object): Members {
  return value as Members;
}

const fixture = readFileSync(resolve(root, "examples/follow-the-sun/allnodes"), "utf8");

describe("Chevrotain internals the tuned parser relies on", () => {
  const base = members(EmbeddedActionsParser.prototype);

  it.each(Object.entries(BASE_METHODS))("EmbeddedActionsParser.prototype.%s is a method of arity %i", (name, arity) => {
    const method = base[name];
    expect(typeof method).toBe("function");
    expect((method as (...args: never[]) => unknown).length).toBe(arity);
  });

  for (const recover of [false, true]) {
    describe(recover ? "with recovery" : "without recovery", () => {
      const parser = new FlexibleManagementParser({ validate: false, recover });
      const self = members(parser);

      it.each(Object.entries(INSTANCE_FIELDS))("an instance has %s of type %s", (name, type) => {
        expect(typeof self[name]).toBe(type);
      });

      it("keeps the lookahead cache in a Map, and the rule names in an array", () => {
        expect(self.lookAheadFuncsCache).toBeInstanceOf(Map);
        expect(Array.isArray(self.definedRulesNames)).toBe(true);
        expect(self.definedRulesNames).toContain("configFile");
      });

      it("has a lookahead strategy that builds lookahead for alternations and optional productions", () => {
        const strategy = members(self.lookaheadStrategy as object);
        expect(typeof strategy.buildLookaheadForAlternation).toBe("function");
        expect((strategy.buildLookaheadForAlternation as () => unknown).length).toBe(1);
        expect(typeof strategy.buildLookaheadForOptional).toBe("function");
        expect((strategy.buildLookaheadForOptional as () => unknown).length).toBe(1);
      });

      it("has attemptInRepetitionRecovery, on the instance when recovering (where the tuning wraps it)", () => {
        expect(typeof self.attemptInRepetitionRecovery).toBe("function");
        expect(Object.hasOwn(parser, "attemptInRepetitionRecovery")).toBe(recover);
      });

      it("decodes every lookahead key Chevrotain asks for into a lookahead function", () => {
        const scanned = scan(fixture);
        parser.begin(fixture, scanned.stream, scanned.comments, scanned.bodyStart);
        try {
          parser.parseFile();
          expect(parser.errors).toEqual([]);
        } finally {
          parser.end();
        }
        // Keys are `rule | method | occurrence`; a changed layout leaves buildLookahead finding nothing.
        const cache = self.lookAheadFuncsCache as Map<number, unknown>;
        expect(cache.size).toBeGreaterThan(10);
        for (const [key, laFunc] of cache) expect(typeof laFunc, `lookahead key ${key}`).toBe("function");
      });
    });
  }

  it("validates the grammar in the test suite (test/setup.ts turns it on; production skips it)", () => {
    expect(members(getParser()).skipValidations).toBe(false);
    expect(members(new FlexibleManagementParser({ validate: false, recover: false })).skipValidations).toBe(true);
  });
});
