/**
 * Checking one version of a document: lint it with its project's settings and
 * turn the findings into the protocol's diagnostics. Whatever goes wrong
 * becomes one diagnostic; a document too large to check while typing gets one
 * saying so, as the editor must stay responsive.
 */
import type { Diagnostic as LspDiagnostic } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { SYNTAX } from "../diagnostics/syntax-codes.js";
import { lint } from "../lint/lint.js";
import { documentProblem, toLspDiagnostic } from "./diagnostics.js";
import type { DocumentSettings } from "./project.js";

/** Characters of a document the server checks at most (an editor's file; the CLI checks larger ones). */
export const MAX_CHECKED_CHARS = 5 * 1024 * 1024;

/** The outcome of checking one version of a document. */
export interface CheckResult {
  /** hpom-lint's own diagnostics, for hover and code actions. */
  findings: Diagnostic[];
  /** What is published. */
  diagnostics: LspDiagnostic[];
}

/** Whether `doc` is small enough for the server's per-keystroke features. */
export function isCheckable(doc: TextDocument): boolean {
  return doc.getText().length <= MAX_CHECKED_CHARS;
}

/** A one-line reason from anything thrown. */
export function reasonOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!.slice(0, 200);
}

/** Lints `doc` with `settings`; never throws. */
export function checkDocument(doc: TextDocument, settings: DocumentSettings): CheckResult {
  if (!isCheckable(doc)) {
    const size = (doc.getText().length / 1024 / 1024).toFixed(1);
    const message = `this file (${size} MB) is larger than the ${MAX_CHECKED_CHARS / 1024 / 1024} MB the editor checks; run hpom-lint on it`;
    return { findings: [], diagnostics: [documentProblem(message)] };
  }
  const problems = settings.problem === undefined ? [] : [documentProblem(`not checked with the project's settings: ${settings.problem}`)];
  try {
    const findings = lint(doc.getText(), settings.options);
    return { findings, diagnostics: [...problems, ...findings.map((d) => toLspDiagnostic(d, doc))] };
  } catch (error) {
    const { code } = SYNTAX["internal-error"];
    const message = `hpom-lint failed while checking this file (${reasonOf(error)}); please report this`;
    return { findings: [], diagnostics: [...problems, documentProblem(message, code)] };
  }
}
