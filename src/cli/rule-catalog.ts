/**
 * Every code the linter can report, syntax codes (HP1xxx) and rules alike, with
 * the URL of its documentation: what `hpom-lint rules` lists and what the SARIF
 * report declares as its driver's rules.
 */
import type { Severity } from "../diagnostics/diagnostic.js";
import { CODES } from "../lint/codes.js";
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

/** Every code, in code order. */
export const CATALOG: readonly CatalogEntry[] = Object.freeze(
  CODES.map((c) => ({
    code: c.code,
    name: c.name,
    severity: c.severity,
    fixable: c.fixable,
    description: c.description,
    docs: repositoryFileUrl(c.docs),
  })).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
);
