/**
 * The worker thread that runs the checks, so that the main thread can end a
 * hung input by terminating the worker. It parses the pool models once, then
 * answers each `{ id, text, quarter, filename, pool: { index, server } }` with
 * `{ id, failures, times }`.
 */
import { parentPort, workerData } from "node:worker_threads";
import { parsePoolModel } from "../dist/index.js";
import { runChecks } from "./checks.mjs";

const models = workerData.pools.map((p) => parsePoolModel(p.text, p.path));

parentPort.on("message", ({ id, text, quarter, filename, pool }) => {
  const { failures, times } = runChecks(text, filename, pool ? { model: models[pool.index], server: pool.server } : undefined, quarter);
  parentPort.postMessage({ id, failures, times });
});
