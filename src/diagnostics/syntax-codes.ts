/**
 * The syntax diagnostics `parse` reports (HP1xxx). Codes are stable and never
 * reused; the aliases name the checks of docs/language.md#opcmomchk (listed in docs/rules/syntax.md).
 */
import type { Severity } from "./diagnostic.js";

/** Identity and default severity of one syntax diagnostic. */
export interface SyntaxCode {
  code: string;
  name: string;
  severity: Severity;
  description: string;
  /** Whether (some of) its diagnostics carry a mechanical fix. */
  fixable: boolean;
}

function define(code: string, name: string, description: string, options: { severity?: Severity; fixable?: boolean } = {}): SyntaxCode {
  return { code, name, severity: options.severity ?? "error", description, fixable: options.fixable ?? false };
}

/** Every syntax diagnostic, keyed by alias. */
export const SYNTAX = {
  "internal-error": define("HP1000", "internal-error", "hpom-lint failed on this input; the file could not be checked."),
  "invalid-character": define("HP1001", "invalid-character", "A character outside strings and comments that starts no token."),
  "unterminated-string": define("HP1002", "unterminated-string", "A string whose closing quote is missing before the end of the line.", {
    fixable: true,
  }),
  "unexpected-token": define("HP1003", "unexpected-token", "A token the grammar does not allow at this point.", { fixable: true }),
  "unexpected-eof": define("HP1004", "unexpected-eof", "The file ends inside a block that needs more tokens."),
  "unknown-keyword": define(
    "HP1005",
    "unknown-keyword",
    "A word in keyword position that is not a keyword, such as HP's own misspelling ACTIONALLOWMANGER.",
    { fixable: true },
  ),
  "keyword-case": define("HP1006", "keyword-case", "A keyword or enumerated value written in the wrong letter case.", { fixable: true }),
  "invalid-value": define(
    "HP1007",
    "invalid-value",
    "A word in the position of an enumerated value (severity, weekday …) that is not one of its values.",
    { fixable: true },
  ),
  "invalid-literal": define(
    "HP1008",
    "invalid-literal",
    "A run of digits and punctuation that is not an IPv4 address, a time or a date, or a host name without its quotes.",
    { fixable: true },
  ),
  "rule-fragment": define(
    "HP1009",
    "rule-fragment",
    "MSGTARGETRULECONDS / MSGTARGETMANAGERS standing where a message target rule should start, without MSGTARGETRULES, MSGTARGETRULE and DESCRIPTION.",
    { fixable: true },
  ),
  "misplaced-clause": define(
    "HP1010",
    "misplaced-clause",
    "A clause outside the block it belongs to, such as MSGTARGETRULE outside MSGTARGETRULES.",
  ),
  "too-many-errors": define("HP1011", "too-many-errors", "Reporting stopped after many syntax errors; fix these and run again.", {
    severity: "info",
  }),
} as const satisfies Record<string, SyntaxCode>;

/** Alias of a syntax diagnostic. */
export type SyntaxName = keyof typeof SYNTAX;
