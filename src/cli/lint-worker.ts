/**
 * A worker thread of `parallel-lint.ts`: reads and lints the files of each
 * batch it is sent and answers with their outcomes. Built as its own entry
 * (`dist/lint-worker.cjs`) beside the CLI.
 */
import { parentPort } from "node:worker_threads";
import { lint } from "../lint/lint.js";
import type { LintOutcome, WorkerRequest, WorkerResponse } from "./parallel-lint.js";
import { readTextFile, UnreadableFile } from "./read-file.js";

async function outcomeOf(path: string, options: WorkerRequest["batch"][number]["task"]["options"]): Promise<LintOutcome> {
  let text: string;
  try {
    text = await readTextFile(path);
  } catch (error) {
    if (error instanceof UnreadableFile) return { readError: error.message };
    throw error;
  }
  const diagnostics = lint(text, options);
  return { diagnostics, text: diagnostics.length > 0 ? text : undefined };
}

async function answer({ batch }: WorkerRequest): Promise<void> {
  const results: WorkerResponse["results"] = [];
  // One file after another: the batch is the unit of parallelism.
  for (const { index, task } of batch) results.push({ index, outcome: await outcomeOf(task.path, task.options) });
  parentPort!.postMessage({ results } satisfies WorkerResponse);
}

parentPort?.on("message", (request: WorkerRequest) => void answer(request));
