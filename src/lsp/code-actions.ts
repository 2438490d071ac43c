/**
 * Code actions: each diagnostic's own fix as a quick fix, "fix all" (the CLI's
 * `--fix`: every safe fix, re-linting between passes), and a directive comment
 * that disables the diagnostic's rule for its line.
 */
import {
  CodeAction,
  CodeActionKind,
  TextEdit,
  type CodeActionParams,
  type Diagnostic as LspDiagnostic,
  type WorkspaceEdit,
} from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { isMandatory, lookupCode } from "../lint/config.js";
import { fixText } from "../lint/fix.js";
import type { LintOptions } from "../lint/lint.js";
import { rangeOf, SOURCE, type DiagnosticData } from "./diagnostics.js";

/** The kind of the "fix all" action, under the standard `source.fixAll`. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.${SOURCE}`;

/** The code actions `hpom-lint` offers. */
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

function edit(doc: TextDocument, edits: TextEdit[]): WorkspaceEdit {
  return { changes: { [doc.uri]: edits } };
}

function dataOf(d: LspDiagnostic): DiagnosticData | undefined {
  return d.source === SOURCE && typeof d.data === "object" && d.data !== null ? (d.data as DiagnosticData) : undefined;
}

/** Whether the client asked for actions of `kind` (or did not restrict them). */
function wanted(params: CodeActionParams, kind: string): boolean {
  const only = params.context.only;
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

/** The directive comment line that disables `code` for the diagnostic's line, indented as that line. */
function disableForLine(doc: TextDocument, d: LspDiagnostic, code: string, name: string): CodeAction {
  const line = d.range.start.line;
  const lineText = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(lineText)![0];
  const eol = lineText.endsWith("\r\n") ? "\r\n" : "\n";
  const directive = `${indent}# hpom-lint-disable-next-line ${code}${eol}`;
  const action = CodeAction.create(
    `Disable ${code} (${name}) for this line`,
    edit(doc, [TextEdit.insert({ line, character: 0 }, directive)]),
    CodeActionKind.QuickFix,
  );
  action.diagnostics = [d];
  return action;
}

/** The "fix all" action for `doc`, or undefined when nothing can be fixed. */
function fixAll(doc: TextDocument, options: LintOptions, kind: string): CodeAction | undefined {
  const text = doc.getText();
  const { output, applied } = fixText(text, options);
  if (applied === 0 || output === text) return undefined;
  const action = CodeAction.create(
    `Fix all auto-fixable hpom-lint problems (${applied})`,
    edit(doc, [TextEdit.replace(rangeOf(doc, 0, text.length), output)]),
    kind,
  );
  return action;
}

/** The code actions for the diagnostics in `params.context` of `doc`. */
export function codeActions(doc: TextDocument, params: CodeActionParams, options: LintOptions): CodeAction[] {
  const out: CodeAction[] = [];
  const ours = params.context.diagnostics.filter((d) => dataOf(d) !== undefined);
  if (wanted(params, CodeActionKind.QuickFix)) {
    for (const d of ours) {
      const data = dataOf(d)!;
      if (data.fix) {
        const message = typeof d.message === "string" ? d.message : d.message.value;
        const action = CodeAction.create(`Fix: ${message}`, edit(doc, [data.fix]), CodeActionKind.QuickFix);
        action.diagnostics = [d];
        action.isPreferred = true;
        out.push(action);
      }
    }
    for (const d of ours) {
      const known = typeof d.code === "string" ? lookupCode(d.code) : undefined;
      if (known && !isMandatory(known)) out.push(disableForLine(doc, d, known.code, known.name));
    }
    if (ours.some((d) => dataOf(d)!.fix)) {
      const all = fixAll(doc, options, CodeActionKind.QuickFix);
      if (all) out.push(all);
    }
  }
  if (params.context.only && wanted(params, FIX_ALL_KIND)) {
    const all = fixAll(doc, options, FIX_ALL_KIND);
    if (all) out.push(all);
  }
  return out;
}
