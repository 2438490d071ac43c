/**
 * Reads and lints the inputs of a run: in this thread for a few files, on
 * worker threads for many (see `parallel-lint.ts`). Either way the reports come
 * back in input order and an unreadable file ends the run with exit code 2.
 * In this thread the next files are read while one is linted (`read-ahead.ts`).
 */
import type { LintOptions } from "../lint/lint.js";
import type { CliIo } from "./io.js";
import { InputError, readInputText, type Input } from "./files.js";
import { readAhead } from "./read-ahead.js";
import type { FileReport } from "./report/index.js";

/** Lints `inputs` with the options `optionsOf` gives each; `concurrency` overrides the choice of worker count. */
export async function lintInputs(
  inputs: readonly Input[],
  optionsOf: (input: Input) => LintOptions,
  io: CliIo,
  concurrency?: number,
): Promise<FileReport[]> {
  const files = inputs.filter((i) => i.kind === "file");
  const { workerCount, lintInWorkers } = await import("./parallel-lint.js");
  const threads = files.length === inputs.length ? workerCount(files.length, concurrency) : 0;
  if (threads === 0) {
    const { lint } = await import("../lint/lint.js");
    const reports: FileReport[] = [];
    let i = 0;
    for await (const text of readAhead(inputs, (input) => readInputText(input, io))) {
      const input = inputs[i++]!;
      reports.push({ filename: input.display, text, diagnostics: lint(text, optionsOf(input)) });
    }
    return reports;
  }
  const outcomes = await lintInWorkers(
    files.map((input) => ({ path: input.kind === "file" ? input.path : "", options: optionsOf(input) })),
    threads,
  );
  return outcomes.map((outcome, i) => {
    const input = files[i]!;
    if ("readError" in outcome) throw new InputError(`${input.display}: ${outcome.readError}`);
    return { filename: input.display, text: outcome.text ?? "", diagnostics: outcome.diagnostics };
  });
}
