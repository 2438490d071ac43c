/**
 * The words of every syntax diagnostic (HP1xxx), written once: the scanner's findings
 * (`parse.ts`), Chevrotain's errors (`messages.ts`) and the grammar's recovery
 * (`grammar.ts`, `file-driver.ts`) all build their messages here, so the same mistake
 * reads the same wherever it is found.
 */
import type { Keyword } from "../lexer/keywords.js";
import { listOf, quote } from "./issues.js";

/** Where a stray token was found, for its message: the block and what may start there. */
export interface ListContext {
  block: Keyword;
  expected: readonly Keyword[];
}

const ctx = (block: Keyword, ...expected: Keyword[]): ListContext => ({ block, expected });
export const IN_TIMETEMPLATES = ctx("TIMETEMPLATES", "TIMETEMPLATE");
export const IN_TIMETEMPLATE = ctx("TIMETEMPLATE", "TIMEZONETYPE", "TIMETMPLCONDS");
export const IN_TIMETMPLCONDS = ctx("TIMETMPLCONDS", "TIMETMPLCOND");
export const IN_TIMETMPLCOND = ctx("TIMETMPLCOND", "TIMECONDTYPE", "TIME", "WEEKDAY", "DATE");
export const IN_CONDSTATUSVARS = ctx("CONDSTATUSVARS", "CONDSTATUSVAR");
export const IN_RESPMGRCONFIGS = ctx("RESPMGRCONFIGS", "RESPMGRCONFIG");
export const IN_RESPMGRCONFIG = ctx("RESPMGRCONFIG", "SECONDARYMANAGERS", "ACTIONALLOWMANAGERS", "MSGTARGETRULES");
export const IN_SECONDARYMANAGERS = ctx("SECONDARYMANAGERS", "SECONDARYMANAGER");
export const IN_SECONDARYMANAGER = ctx("SECONDARYMANAGER", "DESCRIPTION");
export const IN_ACTIONALLOWMANAGERS = ctx("ACTIONALLOWMANAGERS", "ACTIONALLOWMANAGER");
export const IN_ACTIONALLOWMANAGER = ctx("ACTIONALLOWMANAGER", "DESCRIPTION");
export const IN_MSGTARGETRULES = ctx("MSGTARGETRULES", "MSGTARGETRULE");
export const IN_MSGTARGETRULE = ctx("MSGTARGETRULE", "MSGTARGETRULECONDS");
export const IN_MSGTARGETRULECONDS = ctx("MSGTARGETRULECONDS", "MSGTARGETRULECOND");
export const IN_MSGTARGETRULECOND = ctx(
  "MSGTARGETRULECOND",
  "SEVERITY",
  "NODE",
  "APPLICATION",
  "MSGGRP",
  "OBJECT",
  "MSGTYPE",
  "TEXT",
  "SERVICE",
  "MSGCONDTYPE",
  "CONDSTATUSVAR",
);
export const IN_MSGTARGETMANAGERS = ctx("MSGTARGETMANAGERS", "MSGTARGETMANAGER", "ACKNONLOCALMGR");
export const IN_MSGTARGETMANAGER = ctx("MSGTARGETMANAGER", "MSGCONTROLLINGMGR", "NOTIFYMGR");
export const IN_MSGOPERATIONS = ctx("MSGOPERATIONS", "MSGOPERATION");

/** The block each clause keyword belongs inside, for "misplaced" messages. */
export const HOME: Partial<Record<Keyword, string>> = {
  TIMETEMPLATE: "TIMETEMPLATES (or, as a reference, MSGTARGETMANAGER and MSGOPERATION)",
  TIMETMPLCONDS: "TIMETEMPLATE",
  TIMETMPLCOND: "TIMETMPLCONDS",
  TIMECONDTYPE: "TIMETMPLCOND",
  TIME: "TIMETMPLCOND",
  WEEKDAY: "TIMETMPLCOND",
  DATE: "TIMETMPLCOND",
  TIMEZONETYPE: "TIMETEMPLATE",
  CONDSTATUSVAR: "CONDSTATUSVARS or MSGTARGETRULECOND",
  RESPMGRCONFIG: "RESPMGRCONFIGS",
  SECONDARYMANAGERS: "RESPMGRCONFIG",
  ACTIONALLOWMANAGERS: "RESPMGRCONFIG",
  SECONDARYMANAGER: "SECONDARYMANAGERS",
  ACTIONALLOWMANAGER: "ACTIONALLOWMANAGERS",
  MSGTARGETRULES: "RESPMGRCONFIG",
  MSGTARGETRULE: "MSGTARGETRULES",
  MSGTARGETRULECONDS: "MSGTARGETRULE",
  MSGTARGETRULECOND: "MSGTARGETRULECONDS",
  SEVERITY: "MSGTARGETRULECOND",
  NODE: "MSGTARGETRULECOND, SECONDARYMANAGER or ACTIONALLOWMANAGER",
  APPLICATION: "MSGTARGETRULECOND",
  MSGGRP: "MSGTARGETRULECOND",
  OBJECT: "MSGTARGETRULECOND",
  MSGTYPE: "MSGTARGETRULECOND",
  TEXT: "MSGTARGETRULECOND",
  SERVICE: "MSGTARGETRULECOND",
  SERVICE_NAME: "MSGTARGETRULECOND",
  MSGCONDTYPE: "MSGTARGETRULECOND",
  MSGTARGETMANAGERS: "MSGTARGETRULE",
  MSGOPERATIONS: "MSGTARGETRULE",
  MSGTARGETMANAGER: "MSGTARGETMANAGERS",
  OPCMGR: "MSGTARGETMANAGER",
  MSGCONTROLLINGMGR: "MSGTARGETMANAGER",
  NOTIFYMGR: "MSGTARGETMANAGER",
  ACKNONLOCALMGR: "MSGTARGETMANAGERS",
  MSGOPERATION: "MSGOPERATIONS",
  DESCRIPTION: "TIMETEMPLATE, RESPMGRCONFIG, a manager, MSGTARGETRULE or MSGTARGETRULECOND",
};

const SECTION_ORDER = "sections go in the order TIMETEMPLATES, CONDSTATUSVARS, RESPMGRCONFIGS, each at most once";

/** The end of a message that offers a replacement, or nothing. */
export function didYouMean(suggestion: string | undefined): string {
  return suggestion ? `; did you mean ${suggestion}?` : "";
}

/** HP1005: a word in keyword position; `context` says where and what was expected, after the word. */
export function unknownKeyword(word: string, context: string, suggestion: string | undefined): string {
  return `unknown keyword ${quote(word)}${context}${didYouMean(suggestion)}`;
}

/** HP1005: a word where a message operation goes; with `expected`, the operations it may be. */
export function unknownOperation(word: string, expected: string | undefined, suggestion: string | undefined): string {
  return `unknown operation ${quote(word)}${expected ? `: expected ${expected}` : ""}${didYouMean(suggestion)}`;
}

/** HP1006: a keyword or value in the wrong letter case. */
export function wrongCase(word: string, correct: string): string {
  return `${quote(word)} must be written ${correct}`;
}

/** HP1007: a word that is none of the values its position takes. */
export function invalidValue(word: string, label: string, members: readonly string[], suggestion: string | undefined): string {
  return `${quote(word)} is not a valid ${label}: expected ${listOf(members)}${didYouMean(suggestion)}`;
}

/** HP1008: a host name without its quotes, and what to write instead. */
export function unquotedName(name: string, replacement: string): string {
  return `${quote(name)} looks like a host name without its quotes: write ${quote(replacement)}`;
}

/** HP1008: a bare host name where a node goes, and what to write instead. */
export function bareHostName(name: string, replacement: string): string {
  return `${quote(name)} looks like a host name without IP and quotes: write ${quote(replacement)}`;
}

/** HP1008: a run of digits and punctuation that is no literal. */
export function invalidLiteral(text: string): string {
  return `${quote(text)} is not a valid IPv4 address, time (HH:MM) or date (MM/DD/YYYY)`;
}

/** HP1002: a string left open at the end of its line. */
export function unterminatedString(text: string): string {
  return `string ${quote(text)} is not closed before the end of the line`;
}

/** HP1001: a string in curly or other quotes; `body` is what stands between them. */
export function misquotedString(text: string, body: string): string {
  return `${quote(text)} is not a string: strings are written in straight double quotes${body.includes('"') ? "" : `, ${quote(`"${body}"`)}`}`;
}

/** HP1001: characters that start no token. */
export function unexpectedCharacters(text: string): string {
  return `unexpected character${[...text].length > 1 ? "s" : ""} ${quote(text)}: outside strings and comments only keywords, values, addresses, times and dates may appear`;
}

/** HP1003: a token the grammar did not expect, `found`, after `after` (empty, or " after …"). */
export function expectedFound(expected: string, after: string, found: string): string {
  return `expected ${expected}${after}, found ${found}`;
}

/** HP1003: a token where a clause of the block `where` describes should start. */
export function unexpectedIn(found: string, where: string): string {
  return `unexpected ${found} in ${where}`;
}

/** HP1003: a message target rule without its keyword. */
export const MISSING_TARGET_RULE = "MSGTARGETRULE is missing: a message target rule starts with MSGTARGETRULE, then its DESCRIPTION";

/** HP1004: the file ends inside a block. */
export function endsEarly(expected: string, after: string): string {
  return `file ends early: expected ${expected}${after}`;
}

/** HP1009: a rule tail inside MSGTARGETRULES. */
export const FRAGMENT_IN_LIST = 'MSGTARGETRULECONDS cannot start a rule: wrap these lines in MSGTARGETRULE DESCRIPTION "…"';
/** HP1009: a rule tail directly in a RESPMGRCONFIG. */
export const FRAGMENT_ALONE =
  'these lines are the tail of a message target rule: wrap them in MSGTARGETRULES / MSGTARGETRULE DESCRIPTION "…"';
/** HP1009: a rule tail directly in a RESPMGRCONFIG whose MSGTARGETRULES follows it. */
export const FRAGMENT_BEFORE_LIST =
  'these lines are the tail of a message target rule: wrap them in MSGTARGETRULE DESCRIPTION "…" as the first rule of the MSGTARGETRULES below them';

/** HP1010: a clause outside its block. */
export function misplaced(keyword: Keyword): string {
  const home = HOME[keyword];
  return home ? `${keyword} cannot appear here: it belongs inside ${home}` : `${keyword} cannot appear here`;
}

/** HP1010: a section keyword when that section is already there. */
export function secondSection(keyword: string): string {
  return `a second ${keyword} section: ${SECTION_ORDER}`;
}

/** HP1010: a section keyword after a section that goes after it. */
export function sectionOutOfOrder(keyword: string): string {
  return `${keyword} is out of order: ${SECTION_ORDER}`;
}

/** HP1000: the parser failed. */
export function internalError(detail: string): string {
  return `hpom-lint could not parse this file (${detail}); please report this`;
}

/** HP1011: the errors not shown. */
export function tooManyErrors(more: number): string {
  return `${more} more syntax problems not shown; fix the ones above and run again`;
}
