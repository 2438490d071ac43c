/**
 * Everything the parser changes in Chevrotain's own workings, in one place: the token source
 * (`LA`/`LA_FAST` over our `TokenStream`), the grammar snapshot restored instead of recorded,
 * lookahead built lazily, the error message provider, and the error recovery tuned to stop at
 * clause keywords. Several of these override or read members Chevrotain does not document;
 * `test/parser/chevrotain-internals.test.ts` checks each of them, and package.json pins the
 * Chevrotain version they were written for. The grammar (`grammar.ts`) extends this class and
 * holds rules only.
 */
import {
  Alternation,
  createTokenInstance,
  EarlyExitException,
  EmbeddedActionsParser,
  EOF,
  getLookaheadPaths,
  NoViableAltException,
  Option,
  Repetition,
  RepetitionMandatory,
  RepetitionMandatoryWithSeparator,
  RepetitionWithSeparator,
  tokenMatcher,
  type IRecognitionException,
  type IToken,
  type Rule,
  type TokenType,
} from "chevrotain";
import { ALL_TOKENS, CLAUSE_KEYWORD_TYPES } from "../lexer/tokens.js";
import { TokenStream } from "../lexer/token-stream.js";
import { isDecisionKind, lookaheadFunction, lookaheadKey, MAX_LOOKAHEAD, restoreRule, type ParserSnapshot } from "./gast-snapshot.js";
import { FriendlyMessages } from "./messages.js";

/** How a parser is built: with Chevrotain's grammar validations, and with its error recovery. */
export interface TunedParserOptions {
  validate: boolean;
  recover: boolean;
}

/** Token types of the keywords that start a clause: error recovery stops at each of them. */
const CLAUSE_STARTS: ReadonlySet<TokenType> = new Set(CLAUSE_KEYWORD_TYPES);

/** The GAST production class and type name of each DSL method number of a lookahead key (OR = 1 … AT_LEAST_ONE_SEP = 6). */
const LOOKAHEAD_METHODS: Record<number, readonly [abstract new (...args: never[]) => unknown, string]> = {
  1: [Alternation, "Alternation"],
  2: [Option, "Option"],
  3: [Repetition, "Repetition"],
  4: [RepetitionMandatory, "RepetitionMandatory"],
  5: [RepetitionWithSeparator, "RepetitionWithSeparator"],
  6: [RepetitionMandatoryWithSeparator, "RepetitionMandatoryWithSeparator"],
};

/** A production of the grammar as far as a lookahead needs it. */
interface Production {
  idx?: number;
  maxLookahead?: number;
  hasPredicates?: boolean;
  definition?: unknown[];
}

/** The production of class `type` with occurrence `idx` in a rule's definition (depth first). */
function findProduction(
  definition: readonly unknown[],
  type: abstract new (...args: never[]) => unknown,
  idx: number,
): Production | undefined {
  for (const item of definition as Production[]) {
    if (item instanceof type && item.idx === idx) return item;
    // An Alternation's definition is its alternatives, each with a definition of its own.
    const found = item.definition ? findProduction(item.definition, type, idx) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** The grammar snapshot the build embeds (see `gast-snapshot.ts`); absent when running the sources. */
declare const __HPOM_GRAMMAR_SNAPSHOT__: ParserSnapshot | undefined;
const SNAPSHOT: ParserSnapshot | undefined = typeof __HPOM_GRAMMAR_SNAPSHOT__ === "undefined" ? undefined : __HPOM_GRAMMAR_SNAPSHOT__;
const TOKENS_BY_NAME: ReadonlyMap<string, TokenType> = new Map(ALL_TOKENS.map((t) => [t.name, t]));

/** What `LA` returns past either end of the input, as Chevrotain's own does. */
const END_OF_FILE: IToken = Object.freeze(createTokenInstance(EOF, "", NaN, NaN, NaN, NaN, NaN, NaN));

/** What is kept of an error Chevrotain recovered from (see `SAVE_ERROR`). */
type SavedError = Pick<IRecognitionException, "name" | "message" | "token" | "resyncedTokens">;

/**
 * Thrown through Chevrotain by `untilFirstError`: not one of its recognition exceptions
 * (those it tells by name), so its recovery passes it on untouched. Made once.
 */
const FIRST_ERROR = new Error("stopped at the first grammar error");

/** A Chevrotain parser reading a `TokenStream`, built fast, with the project's error recovery. */
export abstract class TunedParser extends EmbeddedActionsParser {
  /** Builds the error messages, and remembers how it classified each. */
  readonly messages: FriendlyMessages;

  /** The tokens of the current parse; Chevrotain's own token vector stays empty. */
  protected stream: TokenStream = TokenStream.EMPTY;
  /**
   * The last token objects made, by index modulo 4: the parser looks at each
   * token several times (lookahead, consume, the action's `LA(0)`), and one
   * object per look would be garbage for nothing.
   */
  private readonly recentIdx = new Int32Array(4).fill(-1);
  private readonly recentTok: IToken[] = [];

  /** The subclass calls `performSelfAnalysis()` once its rules are defined. */
  constructor(options: TunedParserOptions) {
    const messages = new FriendlyMessages();
    super(ALL_TOKENS, {
      recoveryEnabled: options.recover,
      maxLookahead: MAX_LOOKAHEAD,
      skipValidations: !options.validate,
      errorMessageProvider: messages,
    });
    this.messages = messages;
    this.limitRepetitionRecovery();
  }

  /** Reads `tokens` from now on, from the first. */
  protected setTokens(tokens: TokenStream): void {
    this.messages.clear();
    this.input = [];
    this.stream = tokens;
    this.recentIdx.fill(-1);
    this.unparsedRests = 0;
    this.lastSaved = undefined;
    (this as unknown as { tokVectorLength: number }).tokVectorLength = tokens.length;
  }

  /** Drops every reference to the last input, so it can be garbage-collected. */
  protected releaseTokens(): void {
    this.input = [];
    this.stream = TokenStream.EMPTY;
    this.lastSaved = undefined;
    this.recentTok.length = 0;
    this.recentIdx.fill(-1);
  }

  /** Token `howMuch` ahead of the current one (0 = the last consumed); END_OF_FILE outside the input. */
  protected override LA(howMuch: number): IToken {
    const i = this.currIdxOf() + howMuch;
    if (i < 0 || i >= this.stream.length) return END_OF_FILE;
    const slot = i & 3;
    if (this.recentIdx[slot] === i) return this.recentTok[slot]!;
    const tok = this.stream.at(i);
    this.recentIdx[slot] = i;
    this.recentTok[slot] = tok;
    return tok;
  }

  /** Chevrotain's unchecked `LA`, which reads its own token vector: here it is the checked one. */
  protected override LA_FAST(howMuch: number): IToken {
    return this.LA(howMuch);
  }
  /**
   * Runs `parse` without stack traces on errors: Chevrotain throws an Error for
   * every mismatch it recovers from and V8 captures the deep rule stack of each,
   * most of what recovery cost (issue #19). Nothing reads those traces: an
   * internal error is reported by its message.
   */
  protected withoutStackTraces<T>(parse: () => T): T {
    const errors = Error as { stackTraceLimit?: number };
    const limit = errors.stackTraceLimit;
    errors.stackTraceLimit = 0;
    try {
      return parse();
    } finally {
      errors.stackTraceLimit = limit;
    }
  }

  /**
   * Runs `parse` with every action skipping its work, as it does while Chevrotain records
   * the grammar, while the DSL methods stay the parsing ones.
   */
  protected withoutActions<T>(parse: () => T): T {
    this.RECORDING_PHASE = true;
    try {
      return parse();
    } finally {
      this.RECORDING_PHASE = false;
    }
  }

  /**
   * Chevrotain records each rule by running it once at construction; a built
   * parser restores the rule from the grammar snapshot instead, which halves the
   * construction time. A rule the snapshot does not know is recorded as usual.
   */
  topLevelRuleRecord(name: string, def: () => unknown): Rule {
    const snapshot = SNAPSHOT?.rules[name];
    if (snapshot) return restoreRule(name, snapshot, TOKENS_BY_NAME);
    const base = EmbeddedActionsParser.prototype as unknown as { topLevelRuleRecord(n: string, d: () => unknown): Rule };
    return base.topLevelRuleRecord.call(this, name, def);
  }

  /**
   * Chevrotain installs some eighty recording versions of the DSL methods on the
   * instance before recording the rules, and deletes them afterwards. A parser
   * whose every rule comes from the snapshot records nothing, so it skips both
   * (start-up, issue #6); `RECORDING_PHASE` stays false throughout.
   */
  enableRecording(): void {
    if (!this.restoresEveryRule()) this.recordingBase().enableRecording.call(this);
  }

  disableRecording(): void {
    if (!this.restoresEveryRule()) this.recordingBase().disableRecording.call(this);
  }

  private restoresEveryRule(): boolean {
    const names = (this as unknown as { definedRulesNames: string[] }).definedRulesNames;
    return SNAPSHOT !== undefined && names.every((name) => SNAPSHOT.rules[name] !== undefined);
  }

  private recordingBase(): { enableRecording(): void; disableRecording(): void } {
    return EmbeddedActionsParser.prototype as unknown as { enableRecording(): void; disableRecording(): void };
  }

  /**
   * Chevrotain builds the lookahead function of every alternation, option and
   * repetition at construction, about half of it; a run over one small file uses
   * a fraction of them. Here they are built on first use instead (issue #6:
   * start-up), from the same inputs Chevrotain's own pre-computation passes.
   */
  preComputeLookaheadFunctions(rules: Rule[]): void {
    const self = this as unknown as { fullRuleNameToShort: Record<string, number> };
    for (const rule of rules) this.lazyLookaheadRules.set(self.fullRuleNameToShort[rule.name]!, rule);
  }

  getLaFuncFromCache(key: number): unknown {
    const cache = (this as unknown as { lookAheadFuncsCache: Map<number, unknown> }).lookAheadFuncsCache;
    let laFunc = cache.get(key);
    if (laFunc === undefined) {
      laFunc = this.buildLookahead(key);
      cache.set(key, laFunc);
    }
    return laFunc;
  }

  private readonly lazyLookaheadRules = new Map<number, Rule>();

  // Keys are `rule | method | occurrence` (chevrotain/lib/src/parse/grammar/keys.js): 8 bits of
  // occurrence, then 4 of DSL method, then the rule's short name.
  private buildLookahead(key: number): unknown {
    const occurrence = key & 0xff;
    const method = (key >> 8) & 0xf;
    const rule = this.lazyLookaheadRules.get(key & ~0xfff);
    const entry = LOOKAHEAD_METHODS[method];
    if (!rule || !entry) return undefined;
    const [prodClass, prodType] = entry;
    if (isDecisionKind(prodType)) {
      const snapshot = SNAPSHOT?.lookahead[lookaheadKey(rule.name, prodType, occurrence)];
      if (snapshot) return lookaheadFunction(prodType, snapshot, TOKENS_BY_NAME);
    }
    const prod = findProduction(rule.definition, prodClass, occurrence);
    const self = this as unknown as {
      maxLookahead: number;
      dynamicTokensEnabled: boolean;
      lookaheadStrategy: {
        buildLookaheadForAlternation(o: {
          prodOccurrence: number;
          rule: Rule;
          maxLookahead: number;
          hasPredicates: boolean;
          dynamicTokensEnabled: boolean;
        }): unknown;
        buildLookaheadForOptional(o: {
          prodOccurrence: number;
          rule: Rule;
          maxLookahead: number;
          dynamicTokensEnabled: boolean;
          prodType: string;
        }): unknown;
      };
    };
    const maxLookahead = prod?.maxLookahead ?? self.maxLookahead;
    if (prodType === "Alternation") {
      return self.lookaheadStrategy.buildLookaheadForAlternation({
        prodOccurrence: occurrence,
        rule,
        maxLookahead,
        hasPredicates: prod?.hasPredicates ?? false,
        dynamicTokensEnabled: self.dynamicTokensEnabled,
      });
    }
    return self.lookaheadStrategy.buildLookaheadForOptional({
      prodOccurrence: occurrence,
      rule,
      maxLookahead,
      dynamicTokensEnabled: self.dynamicTokensEnabled,
      prodType,
    });
  }

  /** The follows of each grammar path, by `followsKey`: the grammar is fixed, so a path's follows are too. */
  private readonly followsCache = new Map<string, TokenType[]>();

  /**
   * The tokens that may follow token occurrence `tokIdxInRule` of `tokType` where
   * the parse stands. Chevrotain walks the grammar for them at every mismatch,
   * about half of what recovering from a stray word cost (issue #19); the walk
   * depends only on the rule stack and occurrences, so each path is walked once.
   */
  getFollowsForInRuleRecovery(tokType: TokenType, tokIdxInRule: number): TokenType[] {
    const self = this as unknown as {
      RULE_STACK: number[];
      RULE_STACK_IDX: number;
      RULE_OCCURRENCE_STACK: number[];
      RULE_OCCURRENCE_STACK_IDX: number;
    };
    let key = `${tokType.tokenTypeIdx!}:${tokIdxInRule}`;
    for (let i = 0; i <= self.RULE_STACK_IDX; i++) key += `/${self.RULE_STACK[i]!}`;
    for (let i = 0; i <= self.RULE_OCCURRENCE_STACK_IDX; i++) key += `,${self.RULE_OCCURRENCE_STACK[i]!}`;
    let follows = this.followsCache.get(key);
    if (follows === undefined) {
      const base = EmbeddedActionsParser.prototype as unknown as {
        getFollowsForInRuleRecovery(t: TokenType, i: number): TokenType[];
      };
      follows = base.getFollowsForInRuleRecovery.call(this, tokType, tokIdxInRule);
      this.followsCache.set(key, follows);
    }
    return follows;
  }

  /** Lookahead paths of the productions errors were raised in, by rule, production type and occurrence. */
  private readonly pathsCache = new Map<string, TokenType[][][]>();

  /**
   * The lookahead paths of production `occurrence` of type `prodType` in the current rule.
   * Chevrotain computes them from the grammar at every error it raises (its code asks
   * for this cache in a TODO); they depend on the grammar alone.
   */
  private lookaheadPaths(
    prodType: "Alternation" | "RepetitionMandatory" | "RepetitionMandatoryWithSeparator",
    occurrence: number,
  ): TokenType[][][] {
    const self = this as unknown as { getCurrRuleFullName(): string; getGAstProductions(): Record<string, Rule>; maxLookahead: number };
    const ruleName = self.getCurrRuleFullName();
    const key = `${ruleName}/${prodType}/${occurrence}`;
    let paths = this.pathsCache.get(key);
    if (paths === undefined) {
      const rule = self.getGAstProductions()[ruleName]!;
      paths = getLookaheadPaths({ occurrence, rule, prodType, maxLookahead: self.maxLookahead });
      this.pathsCache.set(key, paths);
    }
    return paths;
  }

  /** The next `maxLookahead` tokens, as an error message reads them. */
  private actualTokens(): IToken[] {
    const actual: IToken[] = [];
    for (let i = 1; i <= MAX_LOOKAHEAD; i++) actual.push(this.LA(i));
    return actual;
  }

  /** Whether the first grammar error ends the parse (`untilFirstError`). */
  private stopAtError = false;

  /**
   * Runs `parse`, or stops it at the first grammar error and returns undefined: for a
   * parse whose result is thrown away on any error (the strict first try of `parse`),
   * so that a broken file costs one recovering parse, not two.
   */
  untilFirstError<T>(parse: () => T): T | undefined {
    this.stopAtError = true;
    try {
      return parse();
    } catch (error) {
      if (error === FIRST_ERROR) return undefined;
      throw error;
    } finally {
      this.stopAtError = false;
    }
  }

  /** Top-level rule calls of this parse that stopped before the end of the input. */
  private unparsedRests = 0;

  /**
   * Errors Chevrotain found in this parse, counting each top-level call that left input
   * unread (which `onAfterParse` counts rather than records).
   */
  get grammarErrorCount(): number {
    return (this as unknown as { _errors: unknown[] })._errors.length + this.unparsedRests;
  }

  /**
   * Chevrotain records an error with a message whenever a top-level rule call stops
   * before the end of the input; `parseFile` calls a rule for every clause outside its
   * block and says itself what is wrong there, so on a file of stray words that was
   * most of the errors kept, and of their memory (issue #19). Counted instead.
   */
  onAfterParse(): void {
    if ((this as unknown as { isAtEndOfInput(): boolean }).isAtEndOfInput()) return;
    if (this.stopAtError) throw FIRST_ERROR;
    this.unparsedRests++;
  }

  /** The record of the last error saved: `reSyncTo` completes it. */
  private lastSaved: SavedError | undefined;

  /**
   * Chevrotain's keeps every exception it recovered from, with the rule stack copied
   * into its `context`, until the parse ends: some 600 bytes each, 90,000 per MB of
   * junk (issue #19). This keeps a plain record of what `parse` reads instead, and
   * the exception, still thrown, dies young.
   */
  SAVE_ERROR(error: IRecognitionException): IRecognitionException {
    if (this.stopAtError) throw FIRST_ERROR;
    const record: SavedError = { name: error.name, message: error.message, token: error.token, resyncedTokens: error.resyncedTokens };
    this.lastSaved = record;
    (this as unknown as { _errors: SavedError[] })._errors.push(record);
    return error;
  }

  /**
   * Chevrotain's, which it calls only to re-synchronise after the exception it caught,
   * the one saved last: its record gets the tokens skipped, as the exception does.
   */
  reSyncTo(tokType: TokenType): IToken[] {
    const base = EmbeddedActionsParser.prototype as unknown as { reSyncTo(t: TokenType): IToken[] };
    const skipped = base.reSyncTo.call(this, tokType);
    if (this.lastSaved) this.lastSaved.resyncedTokens = skipped;
    return skipped;
  }

  /** Chevrotain's, with the lookahead paths cached (`lookaheadPaths`); our messages need no custom description. */
  raiseNoAltException(occurrence: number): never {
    const self = this as unknown as { getCurrRuleFullName(): string };
    const message = this.messages.buildNoViableAltMessage({
      expectedPathsPerAlt: this.lookaheadPaths("Alternation", occurrence),
      actual: this.actualTokens(),
      previous: this.LA(0),
      ruleName: self.getCurrRuleFullName(),
    });
    throw this.SAVE_ERROR(new NoViableAltException(message, this.LA(1), this.LA(0)));
  }

  /** Chevrotain's, with the lookahead paths cached (`lookaheadPaths`). */
  raiseEarlyExitException(occurrence: number, prodType: number): never {
    const self = this as unknown as { getCurrRuleFullName(): string };
    // Chevrotain's PROD_TYPE: 2 is AT_LEAST_ONE, 3 AT_LEAST_ONE_SEP, the two that can exit early.
    const type = prodType === 3 ? "RepetitionMandatoryWithSeparator" : "RepetitionMandatory";
    const message = this.messages.buildEarlyExitMessage({
      expectedIterationPaths: this.lookaheadPaths(type, occurrence)[0]!,
      actual: this.actualTokens(),
      previous: this.LA(0),
      ruleName: self.getCurrRuleFullName(),
    });
    throw this.SAVE_ERROR(new EarlyExitException(message, this.LA(1), this.LA(0)));
  }

  /**
   * Chevrotain tries inventing a missing token before dropping an extra one; in
   * `NODE IP IP 0.0.0.0 "m"` that reads an empty address and leaves the rest as
   * junk. When dropping one token lets the parse go on, drop it.
   */
  canRecoverWithSingleTokenInsertion(expected: TokenType, follows: TokenType[]): boolean {
    const self = this as unknown as { canRecoverWithSingleTokenDeletion(t: TokenType): boolean };
    if (self.canRecoverWithSingleTokenDeletion(expected)) return false;
    const base = EmbeddedActionsParser.prototype as unknown as {
      canRecoverWithSingleTokenInsertion(t: TokenType, f: TokenType[]): boolean;
    };
    return base.canRecoverWithSingleTokenInsertion.call(this, expected, follows);
  }

  /**
   * Where error recovery re-synchronises: the first token that may follow one of
   * the rules being parsed (Chevrotain's choice) or that starts a clause of its
   * own (docs/language.md#how-the-parser-recovers). Stopping at every clause keyword keeps a mistake from
   * swallowing the clauses after it, and keeps recovery linear in the input.
   */
  findReSyncTokenType(): TokenType {
    const follows = (this as unknown as { flattenFollowSet(): TokenType[] }).flattenFollowSet();
    for (let k = 1; ; k++) {
      const tok = this.LA(k);
      if (tok.tokenType === EOF || CLAUSE_STARTS.has(tok.tokenType)) return tok.tokenType;
      if (follows.some((type) => tokenMatcher(tok, type))) return tok.tokenType;
    }
  }

  /**
   * The innermost failing rule always re-synchronises and returns what it could
   * not build as undefined; its callers continue at the re-sync token, so every
   * enclosing block keeps what it had already read (a truncated file keeps its
   * tree, not just its errors).
   */
  isInCurrentRuleReSyncSet(): boolean {
    return true;
  }

  /**
   * After a loop that ends a top-level call, Chevrotain expects the end of the
   * file and skips ahead to it or to the next loop element; for the clauses
   * `parseFile` re-enters, that would swallow the rest of the file, so there the
   * driver decides what follows instead. Nested loops keep Chevrotain's recovery.
   * (Chevrotain installs the method on the instance when recovery is enabled.)
   */
  private limitRepetitionRecovery(): void {
    const self = this as unknown as {
      RULE_STACK_IDX: number;
      recoveryEnabled: boolean;
      attemptInRepetitionRecovery: (...args: unknown[]) => void;
    };
    if (!self.recoveryEnabled) return;
    const original = self.attemptInRepetitionRecovery;
    self.attemptInRepetitionRecovery = function (this: typeof self, ...args: unknown[]): void {
      if (this.RULE_STACK_IDX !== 0) original.apply(this, args);
    };
  }

  /** Index of the last consumed token. */
  protected currIdxOf(): number {
    // Chevrotain keeps the index of the last consumed token in `currIdx`.
    return (this as unknown as { currIdx: number }).currIdx;
  }

  /** Moves the parse on to just after token `index`. */
  protected setCurrIdx(index: number): void {
    (this as unknown as { currIdx: number }).currIdx = index;
  }
}
