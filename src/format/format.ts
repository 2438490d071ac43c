/**
 * `format(text)`: the canonical layout of a file. A file with syntax errors is
 * never reformatted — what could not be fully parsed could lose meaning.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { fileKindFromName } from "../files/file-kind.js";
import { parse, type ParseOptions } from "../parser/parse.js";
import { print } from "../printer/print.js";

/** Thrown by `format` for a file with syntax errors; `diagnostics` holds them. */
export class HpomSyntaxError extends Error {
  /** The syntax errors that stopped formatting. */
  readonly diagnostics: Diagnostic[];

  constructor(diagnostics: Diagnostic[], filename?: string) {
    const first = diagnostics[0];
    const where = first ? `${filename ?? "input"}:${first.range.start.line}:${first.range.start.column}: ` : "";
    const more = diagnostics.length > 1 ? ` (and ${diagnostics.length - 1} more)` : "";
    super(`${where}${first?.message ?? "syntax error"}${more}`);
    this.name = "HpomSyntaxError";
    this.diagnostics = diagnostics;
  }
}

/** Formats `text` in the canonical layout; throws `HpomSyntaxError` when it has syntax errors. */
export function format(text: string, options: ParseOptions = {}): string {
  // HP's installer owns the layout of bbc_inst_defaults, which is no flexible-management file: it is kept as written.
  if (options.filename !== undefined && fileKindFromName(options.filename) === "bbc_inst_defaults") return text;
  const { ast, diagnostics } = parse(text, options);
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new HpomSyntaxError(errors, options.filename);
  return print(ast);
}
