/**
 * `--fix` and `--fix-dry-run`: each file gets the safe fixes its diagnostics
 * carry and then the canonical format, in its own line-ending style. `--fix`
 * writes the files that change (atomically) and prints standard input's result
 * on stdout; `--fix-dry-run` writes nothing and prints a unified diff instead.
 * Either way what is left is reported as by a plain run.
 *
 * A file is rewritten only when the fixed text parses without a syntax error:
 * what could not be parsed completely is never printed back, so a file with
 * syntax errors that the fixes do not all resolve stays exactly as it was.
 */
import { isUtf8 } from "node:buffer";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { format, HpomSyntaxError } from "../format/format.js";
import { fixText } from "../lint/fix.js";
import { lint, type LintOptions } from "../lint/lint.js";
import { printable } from "../util/printable.js";
import { failureText, type CliContext } from "./context.js";
import { unifiedDiff } from "../util/unified-diff.js";
import { readInputBytes, type Input } from "./files.js";
import { inStyleOf } from "./keep-style.js";
import { replaceFile } from "./replace-file.js";
import { StaleTemporaries } from "./stale-temporaries.js";
import type { FileReport } from "./report/index.js";

/** The text `--fix` makes of a file, and the diagnostics of that text. */
export interface FixedText {
  output: string;
  diagnostics: Diagnostic[];
}

/** The fixed and formatted text, or the text itself when fixing it would leave syntax errors. */
export function fixAndFormat(text: string, options: LintOptions): FixedText {
  const fixed = fixText(text, options);
  let output: string;
  try {
    output = inStyleOf(format(fixed.output, options.filename === undefined ? {} : { filename: options.filename }), text);
  } catch (error) {
    if (!(error instanceof HpomSyntaxError)) throw error;
    return { output: text, diagnostics: fixed.passes === 0 ? fixed.remaining : lint(text, options) };
  }
  return { output, diagnostics: output === fixed.output ? fixed.remaining : lint(output, options) };
}

/** What fixing the inputs gave: the reports of what is left, and whether anything failed. */
export interface FixRun {
  reports: FileReport[];
  /** A file could not be fixed (not UTF-8) or written. */
  failed: boolean;
}

function reasonOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
}

/**
 * Fixes every input (`write`: files in place, stdin to stdout; `dry-run`: a diff
 * on stdout), with the lint options `optionsOf` gives for it.
 */
export async function fixInputs(
  inputs: readonly Input[],
  mode: "write" | "dry-run",
  optionsOf: (input: Input) => LintOptions,
  ctx: CliContext,
): Promise<FixRun> {
  const { io } = ctx;
  const reports: FileReport[] = [];
  let failed = false;
  const stale = new StaleTemporaries();
  for (const input of inputs) {
    const options = optionsOf(input);
    const bytes = await readInputBytes(input, io);
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
    if (!isUtf8(bytes)) {
      // Written back, its bytes that are not UTF-8 would become U+FFFD: report, change nothing.
      io.stderr(failureText(`${input.display}: not UTF-8 text; not fixed (convert it first, e.g. with iconv)`));
      failed = true;
      // The bytes, not `text`: decoding put U+FFFD in place of what is not UTF-8.
      if (input.kind === "stdin" && mode === "write") io.stdout(bytes);
      reports.push({ filename: input.display, text, diagnostics: lint(text, options) });
      continue;
    }
    const result = fixAndFormat(text, options);
    let reported: FileReport = { filename: input.display, text: result.output, diagnostics: result.diagnostics };
    if (mode === "dry-run") {
      io.stdout(unifiedDiff(text, result.output, printable(input.display)));
    } else if (input.kind === "stdin") {
      io.stdout(result.output);
    } else {
      await stale.besideFile(input.path);
      if (result.output !== text) {
        try {
          await replaceFile(input.path, result.output);
        } catch (error) {
          io.stderr(failureText(`${input.display}: cannot write (${reasonOf(error)})`));
          failed = true;
          reported = { filename: input.display, text, diagnostics: lint(text, options) };
        }
      }
    }
    reports.push(reported);
  }
  return { reports, failed };
}
