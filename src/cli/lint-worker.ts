/**
 * A worker thread of `parallel-lint.ts`: reads and lints the files of each
 * batch it is sent and answers with their outcomes. Built as its own entry
 * (`dist/lint-worker.cjs`) beside the CLI.
 */
import { readFileSync } from "node:fs";
import { parentPort } from "node:worker_threads";
import { lint } from "../lint/lint.js";
import type { LintOutcome, WorkerRequest, WorkerResponse } from "./parallel-lint.js";

function outcomeOf(path: string, options: WorkerRequest["batch"][number]["task"]["options"]): LintOutcome {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    return { readError: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  const diagnostics = lint(text, options);
  return { diagnostics, text: diagnostics.length > 0 ? text : undefined };
}

parentPort?.on("message", ({ batch }: WorkerRequest) => {
  const response: WorkerResponse = { results: batch.map(({ index, task }) => ({ index, outcome: outcomeOf(task.path, task.options) })) };
  parentPort!.postMessage(response);
});
