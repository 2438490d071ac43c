/**
 * Error recovery caches what Chevrotain recomputed at every mismatch (follow sets and
 * lookahead paths, by grammar path) and raises its errors without stack traces
 * (src/parser/tuned-parser.ts, issue #19). A cache keyed too coarsely would give one
 * place's follows to another and change how the parser recovers: a parser that has
 * seen other broken files must report exactly what a fresh one reports.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { EmbeddedActionsParser, type IRecognitionException, type TokenType } from "chevrotain";
import { describe, expect, it } from "vitest";
import { scan } from "../../src/lexer/scanner.js";
import { FlexibleManagementParser } from "../../src/parser/file-driver.js";
import { parse } from "../../src/parser/parse.js";

const root = resolve(__dirname, "../..");
const valid = readFileSync(resolve(root, "examples/follow-the-sun/allnodes"), "utf8");

/** Broken variants of a real file: every keyword doubled, dropped, or moved to the next line's place. */
function broken(): string[] {
  const words = valid.split(/(\s+)/);
  const out: string[] = [];
  for (let k = 0; k < 40; k++) {
    out.push(words.map((w, i) => (i % 40 === k && /^[A-Z]+$/.test(w) ? `${w} ${w}` : w)).join(""));
    out.push(words.map((w, i) => (i % 40 === k && /^[A-Z]+$/.test(w) ? "" : w)).join(""));
  }
  out.push("MSGTARGETRULE ".repeat(50), "SEVERITY NODE IP DESCRIPTION ".repeat(50), valid.slice(0, valid.length >> 1));
  // Mistakes inside a clause, after which recovery skips tokens to re-synchronise.
  out.push(
    `TIMEZONETYPE 10:00 1.2.3.4 10:00 1.2.3.4 ${valid}`,
    'TIMETEMPLATES TIMETEMPLATE "t" DESCRIPTION "d" TIMETMPLCONDS TIMETMPLCOND TIME FROM 10:00 "a" 1.2.3.4 "b" TO 11:00 TIMETMPLCOND WEEKDAY ON Monday',
    'RESPMGRCONFIGS RESPMGRCONFIG DESCRIPTION "r" SECONDARYMANAGERS SECONDARYMANAGER NODE IP "x" "y" 10:00 DESCRIPTION "m"',
    'RESPMGRCONFIGS RESPMGRCONFIG DESCRIPTION "r" MSGTARGETRULES MSGTARGETRULE DESCRIPTION "a" MSGTARGETRULECONDS MSGTARGETRULECOND DESCRIPTION "c" SEVERITY 1.2.3.4 "s" 12:00 MSGTARGETMANAGERS MSGTARGETMANAGER TIMETEMPLATE "$OPC_ALWAYS" OPCMGR IP 0.0.0.0 "m"',
  );
  return out;
}

/** What a parser reports on `text`: its errors' messages and places, and the issues of its actions. */
function report(parser: FlexibleManagementParser, text: string): unknown {
  const scanned = scan(text);
  parser.begin(text, scanned.stream, scanned.comments, scanned.bodyStart);
  try {
    parser.parseFile();
    return {
      errors: parser.errors.map((e) => [e.name, e.message, e.token.startOffset, e.resyncedTokens.length]),
      count: parser.grammarErrorCount,
      issues: parser.issues.map((i) => [i.name, i.message, i.start]),
    };
  } finally {
    parser.end();
  }
}

/** A recovering parser that checks every cached follow set against the one Chevrotain computes afresh. */
class CheckedParser extends FlexibleManagementParser {
  checked = 0;
  readonly mismatches: string[] = [];

  constructor() {
    super({ validate: false, recover: true });
  }

  override getFollowsForInRuleRecovery(tokType: TokenType, tokIdxInRule: number): TokenType[] {
    const cached = super.getFollowsForInRuleRecovery(tokType, tokIdxInRule);
    const base = EmbeddedActionsParser.prototype as unknown as { getFollowsForInRuleRecovery(t: TokenType, i: number): TokenType[] };
    const fresh = base.getFollowsForInRuleRecovery.call(this, tokType, tokIdxInRule);
    this.checked++;
    const names = (types: TokenType[]) => types.map((t) => t.name).join(" ");
    if (names(cached) !== names(fresh)) this.mismatches.push(`${tokType.name}: ${names(cached)} vs ${names(fresh)}`);
    return cached;
  }
}

/** A recovering parser that also keeps Chevrotain's own exceptions, which it keeps records of. */
class KeepingParser extends FlexibleManagementParser {
  readonly exceptions: IRecognitionException[] = [];

  constructor() {
    super({ validate: false, recover: true });
  }

  override SAVE_ERROR(error: IRecognitionException): IRecognitionException {
    this.exceptions.push(error);
    return super.SAVE_ERROR(error);
  }
}

/** What `parse` reads of an error: its kind, message, place, and where its re-synchronisation ended. */
function essentials(e: Pick<IRecognitionException, "name" | "message" | "token" | "resyncedTokens">): unknown[] {
  return [e.name, e.message, e.token.startOffset, e.resyncedTokens.length, e.resyncedTokens.at(-1)?.startOffset];
}

describe("recovery caches", () => {
  it("keeps of each error what Chevrotain's exception holds once the parse is over, re-synchronisation included", () => {
    let resynced = 0;
    for (const text of broken()) {
      const parser = new KeepingParser();
      const scanned = scan(text);
      parser.begin(text, scanned.stream, scanned.comments, scanned.bodyStart);
      try {
        parser.parseFile();
        expect(parser.errors.map(essentials)).toEqual(parser.exceptions.map(essentials));
        resynced += parser.exceptions.filter((e) => e.resyncedTokens.length > 0).length;
      } finally {
        parser.end();
      }
    }
    expect(resynced).toBeGreaterThan(0);
  });

  it("gives every grammar path the follow set Chevrotain computes for it", () => {
    const parser = new CheckedParser();
    for (const text of broken()) report(parser, text);
    expect(parser.checked).toBeGreaterThan(100);
    expect(parser.mismatches).toEqual([]);
  });

  it("a parser that has recovered from other files reports what a fresh one reports", () => {
    const warm = new FlexibleManagementParser({ validate: false, recover: true });
    const files = broken();
    for (const text of files) report(warm, text);
    for (const text of files.reverse()) {
      expect(report(warm, text)).toEqual(report(new FlexibleManagementParser({ validate: false, recover: true }), text));
    }
  });

  it("untilFirstError gives up at a broken file's first error, parses a valid one, and leaves the parser as it was", () => {
    const parser = new FlexibleManagementParser({ validate: false, recover: false });
    const run = (text: string) => {
      const scanned = scan(text);
      parser.begin(text, scanned.stream, scanned.comments, scanned.bodyStart);
      try {
        return parser.untilFirstError(() => parser.parseFile());
      } finally {
        parser.end();
      }
    };
    expect(run(broken()[0]!)).toBeUndefined();
    expect(run(valid)?.type).toBe("ConfigFile");
    expect(report(parser, broken()[0]!)).toMatchObject({ count: expect.any(Number) as number });
    expect((report(parser, broken()[0]!) as { count: number }).count).toBeGreaterThan(0);
  });

  it("leaves Error.stackTraceLimit as it found it", () => {
    const before = Error.stackTraceLimit;
    expect(parse("MSGTARGETRULE ".repeat(100)).diagnostics.length).toBeGreaterThan(0);
    expect(Error.stackTraceLimit).toBe(before);
  });
});
