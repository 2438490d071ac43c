/**
 * The promise-returning file functions the CLI reads with, made from node:fs's
 * callback API, which Node has loaded already: node:fs/promises would load some
 * twenty more of Node's modules (readline, watchers…) at every start, a few
 * milliseconds of a one-file run (issue #6). Writes load node:fs/promises when
 * they happen (`replace-file.ts`).
 */
import {
  close as closeCallback,
  fstat as fstatCallback,
  open as openCallback,
  read as readCallback,
  readdir as readdirCallback,
  readFile as readFileCallback,
  stat as statCallback,
} from "node:fs";
import { promisify } from "node:util";

/** `fs.promises.readFile`. */
export const readFile = promisify(readFileCallback);
/** `fs.promises.readdir`. */
export const readdir = promisify(readdirCallback);
/** `fs.promises.stat`. */
export const stat = promisify(statCallback);
/** `fs.open`, as a promise of the descriptor. */
export const open = promisify(openCallback);
/** `fs.fstat`, as a promise. */
export const fstat = promisify(fstatCallback);
/** `fs.read`, as a promise of `{ bytesRead, buffer }`. */
export const read = promisify(readCallback);
/** `fs.close`, as a promise. */
export const close = promisify(closeCallback);
