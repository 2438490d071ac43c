/**
 * Diagnostics of a pool model file (YAML or JSON): what `parsePoolModel` finds
 * — syntax, shape, and the cross-field checks the JSON Schema cannot express —
 * each at its line and column, and the model's hints as information.
 */
import { DiagnosticSeverity, Range, type Diagnostic as LspDiagnostic } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { parsePoolModel, poolModelHintsIn } from "../model/parse-pool-model.js";
import { PoolModelError, type PoolModelIssue } from "../model/pool-model-error.js";
import { printable } from "../util/printable.js";
import { SOURCE } from "./diagnostics.js";

/** A file name a pool model may have. */
export const POOL_MODEL_FILE = /\.(ya?ml|json)$/i;

/** Whether `text` declares the pool model's JSON Schema (`$schema` key or the YAML language server's comment). */
export function declaresPoolModelSchema(text: string): boolean {
  return /\$schema["']?\s*[:=]\s*["']?[^\s"']*pool-model\.schema\.json/.test(text);
}

function diagnostic(doc: TextDocument, issue: PoolModelIssue, severity: DiagnosticSeverity): LspDiagnostic {
  const line = Math.max(0, (issue.line ?? 1) - 1);
  const character = Math.max(0, (issue.column ?? 1) - 1);
  // To the end of the line's word: the value or key the issue names starts there.
  const rest = doc.getText(Range.create(line, character, line + 1, 0));
  const length = Math.max(1, /^[^\s,:}\]]*/.exec(rest)![0].length);
  const message = issue.path === "" ? issue.message : `${issue.path}: ${issue.message}`;
  return { range: Range.create(line, character, line, character + length), severity, source: SOURCE, message: printable(message) };
}

/** The diagnostics of the pool model in `doc`, named `filename`. */
export function poolModelDiagnostics(doc: TextDocument, filename: string): LspDiagnostic[] {
  const text = doc.getText();
  try {
    const model = parsePoolModel(text, filename);
    return poolModelHintsIn(text, model).map((hint) => diagnostic(doc, hint, DiagnosticSeverity.Information));
  } catch (error) {
    if (!(error instanceof PoolModelError)) throw error;
    return error.issues.map((issue) => diagnostic(doc, issue, DiagnosticSeverity.Error));
  }
}
