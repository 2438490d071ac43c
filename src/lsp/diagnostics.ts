/**
 * hpom-lint's diagnostics in the protocol's terms: code and alias, severity,
 * the rule's documentation URL, "first defined here" for a finding that names
 * an earlier line, and the fix (in `data`, for the code actions).
 */
import {
  DiagnosticRelatedInformation,
  DiagnosticSeverity,
  Location,
  Range,
  TextEdit,
  type Diagnostic as LspDiagnostic,
} from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { repositoryFileUrl } from "../cli/rule-catalog.js";
import type { Diagnostic, Severity } from "../diagnostics/diagnostic.js";
import { lookupCode } from "../lint/config.js";
import { printable } from "../util/printable.js";

/** The name every diagnostic of this server carries as its source. */
export const SOURCE = "hpom-lint";

/** What a published diagnostic carries in `data`: its fix, for the quick fix. */
export interface DiagnosticData {
  /** The rule's alias, e.g. `undefined-time-template`. */
  name: string;
  fix?: TextEdit;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** The earlier line a message points to ("first at line 12", "… at line 40"). */
const EARLIER_LINE = /\b(first )?at line (\d+)\b/;

/** The protocol's range of the offsets `start`–`end` of `doc`. */
export function rangeOf(doc: TextDocument, start: number, end: number): Range {
  return Range.create(doc.positionAt(start), doc.positionAt(end));
}

/** The documentation URL of a code, as `hpom-lint rules` and SARIF give it. */
export function docsUrl(code: string): string | undefined {
  const known = lookupCode(code);
  return known ? repositoryFileUrl(known.docs) : undefined;
}

/** One hpom-lint diagnostic of `doc` as the protocol's. */
export function toLspDiagnostic(d: Diagnostic, doc: TextDocument): LspDiagnostic {
  const range = rangeOf(doc, d.range.start.offset, d.range.end.offset);
  const data: DiagnosticData = { name: d.name };
  if (d.fix) data.fix = TextEdit.replace(rangeOf(doc, d.fix.range.start.offset, d.fix.range.end.offset), d.fix.text);
  const out: LspDiagnostic = {
    range,
    severity: SEVERITY[d.severity],
    code: d.code,
    source: SOURCE,
    message: printable(`${d.message} [${d.name}]`),
    data,
  };
  const href = docsUrl(d.code);
  if (href !== undefined) out.codeDescription = { href };
  const earlier = EARLIER_LINE.exec(d.message);
  const line = earlier ? Number(earlier[2]) - 1 : -1;
  if (line >= 0 && line < doc.lineCount && line !== range.start.line) {
    const start = { line, character: 0 };
    const text = doc.getText(Range.create(start, { line: line + 1, character: 0 }));
    const indent = /^\s*/.exec(text)![0].length;
    const where = Range.create({ line, character: indent }, { line, character: text.trimEnd().length });
    out.relatedInformation = [
      DiagnosticRelatedInformation.create(Location.create(doc.uri, where), earlier![1] ? "first defined here" : "the line it refers to"),
    ];
  }
  return out;
}

/** One error diagnostic at the start of `doc`, for what kept it from being checked as usual. */
export function documentProblem(message: string, code?: string): LspDiagnostic {
  const out: LspDiagnostic = {
    range: Range.create(0, 0, 0, 0),
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    message: printable(message),
  };
  if (code !== undefined) out.code = code;
  return out;
}
