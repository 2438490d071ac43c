/**
 * Chevrotain's error messages rewritten in the user's words: "expected a string
 * after TIMETEMPLATE, found DESCRIPTION", never "Expecting token of type --> … <--".
 * Each message is also classified (unexpected token, end of file, unknown
 * keyword) with its "did you mean" fix, so `parse` can give it a code.
 */
import { EOF, type IParserErrorMessageProvider, type IToken, type TokenType } from "chevrotain";
import { KEYWORDS, VALUE_KIND_LABEL, VALUE_SETS, type ValueKind } from "../lexer/keywords.js";
import { InvalidLit, KEYWORD_TOKENS as K, Word } from "../lexer/tokens.js";
import { closest, typoBudget } from "../util/did-you-mean.js";
import { listOf, quote } from "./issues.js";
import { bareHostName, endsEarly, expectedFound, unknownKeyword } from "./wording.js";

/** How a parser error is classified, with the replacement to offer for an unknown keyword. */
export interface MessageDetail {
  kind: "unexpected-token" | "unexpected-eof" | "unknown-keyword" | "after-invalid" | "invalid-literal";
  suggestion?: string;
}

const KEYWORD_NAMES: ReadonlySet<string> = new Set(KEYWORDS);

/** The parser rules that read an enumerated value, and the value set each reads. */
const VALUE_RULES: Readonly<Record<string, ValueKind>> = {
  severity: "severity",
  conditionType: "condition-type",
  weekday: "weekday",
  boolean: "boolean",
  timezoneType: "timezone-type",
};

/** What a value rule expects, in words: "a severity (Unknown, Normal, … or Critical)". */
function expectedValue(ruleName: string): string[] | undefined {
  const kind = VALUE_RULES[ruleName];
  return kind ? [`a ${VALUE_KIND_LABEL[kind]} (${listOf(VALUE_SETS[kind])})`] : undefined;
}

/** How a token is named in a message: keywords as written, other tokens by kind and text. */
export function describeToken(tok: IToken): string {
  const type = tok.tokenType;
  if (type === EOF) return "the end of the file";
  if (KEYWORD_NAMES.has(type.name)) return type.name;
  if (type === Word || type.CATEGORIES?.includes(Word)) return `word ${quote(tok.image)}`;
  return `${type.LABEL ?? type.name} ${quote(tok.image)}`.replace(/^an? /, "");
}

function label(type: TokenType): string {
  if (type === EOF) return "the end of the file";
  return type.LABEL ?? type.name;
}

function firstTokens(paths: TokenType[][]): string[] {
  return paths.filter((p) => p.length > 0).map((p) => label(p[0]!));
}

/**
 * The error message provider handed to the parser. It remembers the detail of
 * each message it builds, so the caller can classify the error that carries it.
 */
export class FriendlyMessages implements IParserErrorMessageProvider {
  private readonly details = new Map<string, MessageDetail>();
  /**
   * One instance of each message text: every error keeps its message until the parse
   * ends, and a file of junk repeats a few texts a hundred thousand times (issue #19).
   */
  private readonly texts = new Map<string, string>();

  /** The classification of a message built by this provider. */
  detail(message: string): MessageDetail {
    return this.details.get(message) ?? { kind: "unexpected-token" };
  }

  /** Forgets the messages of the last parse. */
  clear(): void {
    this.details.clear();
    this.texts.clear();
  }

  private build(expected: string[], actual: IToken, previous: IToken | undefined): string {
    const what = listOf(expected);
    const after =
      previous && previous.tokenType !== EOF && !Number.isNaN(previous.startOffset) ? ` after ${describePrevious(previous)}` : "";
    let message: string;
    let detail: MessageDetail;
    if (actual.tokenType === EOF) {
      message = endsEarly(what, after);
      detail = { kind: "unexpected-eof" };
    } else if (actual.tokenType === InvalidLit) {
      message = expectedFound(what, after, describeToken(actual));
      detail = { kind: "after-invalid" };
    } else if (actual.tokenType === Word && expected.some((e) => KEYWORD_NAMES.has(e))) {
      const candidates = expected.filter((e) => KEYWORD_NAMES.has(e));
      const suggestion =
        closest(actual.image, candidates, typoBudget(actual.image.length) + 1) ??
        closest(actual.image, KEYWORDS, typoBudget(actual.image.length));
      if (!suggestion && (previous?.tokenType === K.NODE || previous?.tokenType === K.OPCMGR)) {
        // A bare host name for a node, a common hand-written mistake (docs/language.md#bare-variables-and-bare-names-as-nodes).
        const node = `IP 0.0.0.0 "${actual.image}"`;
        message = bareHostName(actual.image, node);
        detail = { kind: "invalid-literal", suggestion: node };
      } else {
        message = unknownKeyword(actual.image, `${after}: expected ${what}`, suggestion);
        detail = suggestion ? { kind: "unknown-keyword", suggestion } : { kind: "unknown-keyword" };
      }
    } else {
      message = expectedFound(what, after, describeToken(actual));
      detail = { kind: "unexpected-token" };
    }
    this.details.set(message, detail);
    const known = this.texts.get(message);
    if (known !== undefined) return known;
    this.texts.set(message, message);
    return message;
  }

  buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
    return this.build(expectedValue(options.ruleName) ?? [label(options.expected)], options.actual, options.previous);
  }

  buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
    return this.build(["the end of the file"], options.firstRedundant, undefined);
  }

  buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; ruleName: string }): string {
    return this.build(
      expectedValue(options.ruleName) ?? options.expectedPathsPerAlt.flatMap(firstTokens),
      options.actual[0]!,
      options.previous,
    );
  }

  buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; ruleName: string }): string {
    return this.build(firstTokens(options.expectedIterationPaths), options.actual[0]!, options.previous);
  }
}

function describePrevious(tok: IToken): string {
  return KEYWORD_NAMES.has(tok.tokenType.name) ? tok.tokenType.name : quote(tok.image);
}
