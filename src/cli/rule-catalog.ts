/**
 * Every code the linter can report, syntax codes (HP1xxx) and rules alike, with
 * the URL of its documentation: what `hpom-lint rules` lists and what the SARIF
 * report declares as its driver's rules.
 */
import type { Severity } from "../diagnostics/diagnostic.js";
import { SYNTAX } from "../diagnostics/syntax-codes.js";
import { rules } from "../lint/rules-meta.js";
import { VERSION } from "./version.js";

/** The project's repository; documentation links point into it. */
export const REPOSITORY_URL = "https://github.com/hpom-lint/hpom-lint";

/** One reportable code and its metadata. */
export interface CatalogEntry {
  code: string;
  name: string;
  severity: Severity;
  fixable: boolean;
  description: string;
  /** Absolute URL of its documentation. */
  docs: string;
}

/**
 * URL of a file in the repository as of the running version: the tag `v<version>`,
 * so the page shown always describes the rule that ran, even after later releases
 * change it (markdownlint pins its links the same way).
 */
export function repositoryFileUrl(path: string): string {
  return `${REPOSITORY_URL}/blob/v${VERSION}/${path}`;
}

const syntaxEntries: CatalogEntry[] = Object.values(SYNTAX).map((s) => ({
  code: s.code,
  name: s.name,
  severity: s.severity,
  fixable: s.fixable,
  description: s.description,
  // GitHub's anchor for the heading "## HP1003 `unexpected-token`".
  docs: repositoryFileUrl(`docs/rules/syntax.md#${s.code.toLowerCase()}-${s.name}`),
}));

const ruleEntries: CatalogEntry[] = rules.map((r) => ({
  code: r.code,
  name: r.name,
  severity: r.severity,
  fixable: r.fixable,
  description: r.description,
  docs: repositoryFileUrl(r.docs),
}));

/** Every code, in code order. */
export const CATALOG: readonly CatalogEntry[] = Object.freeze(
  [...syntaxEntries, ...ruleEntries].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
);
