/**
 * The vocabulary of the flexible-management language (docs/language.md#keywords, docs/language.md#enumerated-values).
 * Everything that knows a keyword's spelling reads it from here: the token
 * definitions, the spelling checks, the grammar files and (later) the printer.
 */

/** Every reserved keyword of docs/language.md#keywords, including hpom-lint's extension keywords. */
export const KEYWORDS = [
  "TIMETEMPLATES",
  "TIMETEMPLATE",
  "DESCRIPTION",
  "TIMEZONETYPE",
  "TIMEZONEVALUE",
  "TIMETMPLCONDS",
  "TIMETMPLCOND",
  "TIMECONDTYPE",
  "TIME",
  "WEEKDAY",
  "DATE",
  "FROM",
  "TO",
  "ON",
  "CONDSTATUSVARS",
  "CONDSTATUSVAR",
  "RESPMGRCONFIGS",
  "RESPMGRCONFIG",
  "SECONDARYMANAGERS",
  "SECONDARYMANAGER",
  "ACTIONALLOWMANAGERS",
  "ACTIONALLOWMANAGER",
  "NODE",
  "IP",
  "OTHER",
  "MSGTARGETRULES",
  "MSGTARGETRULE",
  "MSGTARGETRULECONDS",
  "MSGTARGETRULECOND",
  "SEVERITY",
  "APPLICATION",
  "MSGGRP",
  "OBJECT",
  "MSGTYPE",
  "TEXT",
  "SERVICE",
  "MSGCONDTYPE",
  "MSGTARGETMANAGERS",
  "MSGTARGETMANAGER",
  "OPCMGR",
  "MSGCONTROLLINGMGR",
  "NOTIFYMGR",
  "ACKNONLOCALMGR",
  "MSGOPERATIONS",
  "MSGOPERATION",
  "SUPPRESS",
  "LOGONLY",
  "INSERVICE",
  "TROUBLETICKET",
  "NOTIFICATION",
  // Extensions (docs/language.md#extensions-from-other-grammars): accepted by the parser, judged by the linter.
  "NODEGROUP",
  "ID",
  "SEPARATORS",
  "ICASE",
  "SERVICE_NAME",
] as const;

/** One reserved keyword. */
export type Keyword = (typeof KEYWORDS)[number];

/**
 * Each keyword under its name in lower case (`KW.ip` is `"IP"`), for messages that name one: its
 * spelling stays in `KEYWORDS`, and no keyword is written out again in a message's text.
 */
export const KW = Object.freeze(Object.fromEntries(KEYWORDS.map((k) => [k.toLowerCase(), k]))) as {
  readonly [K in Keyword as Lowercase<K>]: K;
};

/**
 * Keywords that only ever stand after another keyword (`IP`, `FROM`, `SUPPRESS` …)
 * and never start a clause: where a clause should start they are stray.
 */
export const OPERAND_KEYWORDS: ReadonlySet<Keyword> = new Set<Keyword>([
  "FROM",
  "TO",
  "ON",
  "IP",
  "OTHER",
  "NODEGROUP",
  "ID",
  "SEPARATORS",
  "ICASE",
  "TIMEZONEVALUE",
  "SUPPRESS",
  "LOGONLY",
  "INSERVICE",
  "TROUBLETICKET",
  "NOTIFICATION",
]);

/** The enumerated value sets of docs/language.md#enumerated-values, keyed by what they describe. */
export const VALUE_SETS = {
  severity: ["Unknown", "Normal", "Warning", "Minor", "Major", "Critical"],
  "condition-type": ["Match", "Suppress", "Unmatch"],
  weekday: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
  boolean: ["True", "False"],
  // `Mgmtserver` is an OMiPolicy extension (docs/language.md#extensions-from-other-grammars); the linter flags it.
  "timezone-type": ["Fix", "Local", "Mgmtserver"],
} as const;

/** The name of one enumerated value set. */
export type ValueKind = keyof typeof VALUE_SETS;

/** A member of the value set `K`. */
export type ValueOf<K extends ValueKind> = (typeof VALUE_SETS)[K][number];

/** Human wording of each value set, used in messages ("a severity"). */
export const VALUE_KIND_LABEL: Record<ValueKind, string> = {
  severity: "severity",
  "condition-type": "condition type",
  weekday: "weekday",
  boolean: "boolean",
  "timezone-type": "time-zone type",
};

/**
 * Misspellings printed in HP's own manuals (docs/language.md#hps-misspellings-and-prose-names). They are never keywords,
 * but the parser reads them as the keyword they stand for so that one typo costs
 * one diagnostic, not a cascade.
 */
export const DOCUMENTED_MISSPELLINGS: Readonly<Record<string, Keyword>> = {
  ACTIONALLOWMANGER: "ACTIONALLOWMANAGER",
  ACTIONALLOWMANGERS: "ACTIONALLOWMANAGERS",
  MESSAGETARGETRULES: "MSGTARGETRULES",
  MESSAGETARGETRULE: "MSGTARGETRULE",
  MESSAGETARGETRULECONDS: "MSGTARGETRULECONDS",
  MESSAGETARGETRULECOND: "MSGTARGETRULECOND",
};
