/**
 * Words that are not keywords but plainly mean one: a keyword in the wrong case
 * (`Msgtargetrules`), one of HP's documented misspellings (`ACTIONALLOWMANGER`),
 * or an upper-case near miss (`MSGTARGETMANGER`). The scanner hands the parser
 * the meant keyword, so one typo costs one diagnostic and the rest of the file
 * still parses; `parse` reports the word with a fix.
 *
 * Words that spell an enumerated value in another case (`critical`, `SUPPRESS`
 * versus `Suppress`) are left alone: whether they are a value or a keyword
 * depends on where they stand, and the parser decides that.
 */
import { closest, typoBudget } from "../util/did-you-mean.js";
import { DOCUMENTED_MISSPELLINGS, KEYWORDS, VALUE_SETS, type Keyword } from "./keywords.js";

/** A word read as the keyword it misspells. */
export interface SpellingIssue {
  /** `case`: only the letter case differs; `typo`: a misspelling. */
  kind: "case" | "typo";
  word: string;
  keyword: Keyword;
  start: number;
}

const KEYWORD_SET: ReadonlySet<string> = new Set(KEYWORDS);
const VALUES_UPPER: ReadonlySet<string> = new Set(
  Object.values(VALUE_SETS)
    .flat()
    .map((v) => v.toUpperCase()),
);
const UPPER_WORD = /^[A-Z][A-Z0-9_]*$/;

/** The keyword `word` stands for, or undefined when it is not plainly a keyword. */
export function resolveSpelling(word: string, start: number): SpellingIssue | undefined {
  const upper = word.toUpperCase();
  if (VALUES_UPPER.has(upper)) return undefined;
  if (KEYWORD_SET.has(upper)) return { kind: "case", word, keyword: upper as Keyword, start };
  const documented = DOCUMENTED_MISSPELLINGS[upper];
  if (documented) return { kind: "typo", word, keyword: documented, start };
  // Only all-capital words: a capitalised or lower-case word is as likely a misspelt value.
  if (!UPPER_WORD.test(word)) return undefined;
  const budget = word.length >= 6 ? typoBudget(word.length) : 0;
  if (budget === 0) return undefined;
  const keyword = closest(word, KEYWORDS, budget);
  return keyword ? { kind: "typo", word, keyword: keyword as Keyword, start } : undefined;
}
