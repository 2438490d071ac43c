/**
 * Runs inputs through the checks in a worker thread with a time limit: an input
 * that does not finish in time is a hang, the worker is terminated and a fresh
 * one takes over. One worker: the checks of one input already keep a core busy.
 */
import { Worker } from "node:worker_threads";

const WORKER = new URL("./worker.mjs", import.meta.url);

/** A worker that checks one input at a time, restarted after a hang. */
export class Runner {
  constructor(pools) {
    this.pools = pools;
    this.nextId = 0;
    this.worker = undefined;
  }

  start() {
    this.worker = new Worker(WORKER, { workerData: { pools: this.pools } });
  }

  /**
   * Checks one input; resolves to `{ failures, times }`, or to `{ hung: true }`
   * when it takes longer than `limitMs` (or `{ crashed }` when the worker dies).
   */
  check(input, limitMs) {
    if (!this.worker) this.start();
    const worker = this.worker;
    const id = this.nextId++;
    return new Promise((resolve) => {
      const done = (result) => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
        resolve(result);
      };
      const restart = () => {
        this.worker = undefined;
        void worker.terminate();
      };
      const onMessage = (message) => {
        if (message.id === id) done({ failures: message.failures, times: message.times });
      };
      const onError = (error) => {
        restart();
        done({ crashed: String(error?.message ?? error).split("\n")[0] });
      };
      const onExit = (code) => {
        this.worker = undefined;
        done({ crashed: `worker exited with code ${code}` });
      };
      const timer = setTimeout(() => {
        restart();
        done({ hung: true });
      }, limitMs);
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      worker.postMessage({ id, text: input.text, quarter: input.quarter, filename: input.filename, pool: input.pool });
    });
  }

  /** Ends the worker. */
  async stop() {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}
