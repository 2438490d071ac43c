/**
 * Linting many files on all cores. Below `PARALLEL_THRESHOLD` files, starting
 * workers (each loads the parser, ~100 ms) costs more than it saves, so small
 * runs stay in-process. Workers read the files themselves, so reading is
 * spread as well, and return the text only of files with findings (the
 * reporters need it for code frames).
 */
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { LintOptions } from "../lint/lint.js";

/** One file for a worker: where to read it and how to lint it. */
export interface LintTask {
  path: string;
  options: LintOptions;
}

/** What a worker made of one file: its findings (and text when there are any), or why it could not be read (`not a regular file`…). */
export type LintOutcome = { diagnostics: Diagnostic[]; text: string | undefined } | { readError: string };

/** The message a worker receives: a batch of tasks, each with its index in the run. */
export interface WorkerRequest {
  batch: { index: number; task: LintTask }[];
}

/** The message a worker answers with, one outcome per task of the batch. */
export interface WorkerResponse {
  results: { index: number; outcome: LintOutcome }[];
}

/** From this many files on, a run uses worker threads. */
export const PARALLEL_THRESHOLD = 200;
// Large enough that messaging costs little next to linting, small enough that the cores finish together.
const BATCH_SIZE = 64;

/** How many workers to use for `files` files: 0 means lint in-process. `requested` overrides (`--concurrency`). */
export function workerCount(files: number, requested?: number): number {
  if (requested !== undefined) return Math.min(requested, files);
  if (files < PARALLEL_THRESHOLD) return 0;
  const cores = availableParallelism();
  return cores < 2 ? 0 : Math.min(cores, Math.ceil(files / BATCH_SIZE));
}

/**
 * Lints `tasks` on `threads` workers (at least 1); outcomes come back in task
 * order. Batches are handed out as workers finish, so a slow batch does not
 * hold up the others. A worker that fails rejects the whole run.
 */
export async function lintInWorkers(tasks: readonly LintTask[], threads: number): Promise<LintOutcome[]> {
  // Loaded here, not with the module: a run of a few files asks this module only for `workerCount`.
  const { Worker } = await import("node:worker_threads");
  const outcomes: LintOutcome[] = new Array<LintOutcome>(tasks.length);
  let next = 0;
  let done = 0;
  const workers: Worker[] = [];
  return new Promise<LintOutcome[]>((resolve, reject) => {
    let failed = false;
    const finish = (error?: Error): void => {
      for (const w of workers) void w.terminate();
      if (error) {
        failed = true;
        reject(error);
      } else resolve(outcomes);
    };
    const feed = (worker: Worker): void => {
      if (next >= tasks.length) return;
      const batch = [];
      for (const end = Math.min(next + BATCH_SIZE, tasks.length); next < end; next++) batch.push({ index: next, task: tasks[next]! });
      worker.postMessage({ batch } satisfies WorkerRequest);
    };
    if (tasks.length === 0) return resolve(outcomes);
    for (let i = 0; i < Math.max(1, threads); i++) {
      const worker = new Worker(new URL("./lint-worker.cjs", import.meta.url));
      workers.push(worker);
      worker.on("message", (message: WorkerResponse) => {
        for (const { index, outcome } of message.results) outcomes[index] = outcome;
        done += message.results.length;
        if (done === tasks.length) finish();
        else feed(worker);
      });
      worker.on("error", (error) => {
        if (!failed) finish(error);
      });
      worker.on("exit", (code) => {
        if (code !== 0 && !failed && done < tasks.length) finish(new Error(`a lint worker stopped with exit code ${code}`));
      });
      feed(worker);
    }
  });
}
