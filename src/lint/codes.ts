/**
 * The one registry of every code the linter can report: the syntax codes (HP1xxx) and the rules.
 * Rule levels, `rulesSchema()`, the configuration file's schema, `hpom-lint rules`, the SARIF
 * driver and docs/rules/README.md all read it, so they cannot disagree about a code, its alias
 * or whether it can be turned off.
 */
import type { Severity } from "../diagnostics/diagnostic.js";
import { SYNTAX } from "../diagnostics/syntax-codes.js";
import { ALL_RULES } from "../rules/index.js";

/** Identity, default severity and documentation of one reportable code. */
export interface CodeInfo {
  code: string;
  name: string;
  severity: Severity;
  description: string;
  /** Whether (some of) its diagnostics carry a mechanical fix. */
  fixable: boolean;
  /** Path of its documentation, relative to the repository root (with an anchor for syntax codes). */
  docs: string;
  /** A syntax code reported by the parser (HP1xxx), not a rule. */
  syntax: boolean;
  /**
   * Whether it can never be turned off or suppressed: a syntax code at error level (HP1000 included),
   * since HPOM rejects a file with a syntax error and every other check is only as good as the tree.
   */
  mandatory: boolean;
}

const syntaxCodes: CodeInfo[] = Object.values(SYNTAX).map((s) => ({
  code: s.code,
  name: s.name,
  severity: s.severity,
  description: s.description,
  fixable: s.fixable,
  // GitHub's anchor for the heading "## HP1003 `unexpected-token`".
  docs: `docs/rules/syntax.md#${s.code.toLowerCase()}-${s.name}`,
  syntax: true,
  mandatory: s.severity === "error",
}));

const ruleCodes: CodeInfo[] = ALL_RULES.map((r) => ({
  code: r.code,
  name: r.name,
  severity: r.severity,
  description: r.description,
  fixable: r.fixable,
  docs: r.docs,
  syntax: false,
  mandatory: false,
}));

/** Every code, syntax codes first, each in code order. */
export const CODES: readonly CodeInfo[] = Object.freeze([...syntaxCodes, ...ruleCodes].map((c) => Object.freeze(c)));
