/**
 * What every command module gets: the surroundings of the run and the place to
 * leave its exit code (commander's actions cannot return one).
 */
import type { CliIo } from "./io.js";

/** Exit codes of the contract. */
export const EXIT = {
  /** Nothing above the limits. */
  ok: 0,
  /** Problems found: lint errors, or `fmt --check` found a difference. */
  problems: 1,
  /** The run itself failed: usage error, unreadable file, internal failure. */
  failure: 2,
} as const;

/** A failure of the run itself (exit 2), with a one-line reason for the user. */
export class CliError extends Error {}

/** The run a command takes part in. */
export interface CliContext {
  io: CliIo;
  /** The code `run` returns; a command's action sets it. */
  exitCode: number;
}

/** Whether to colour output written to a stream that is (or is not) a terminal. */
export function useColor(io: CliIo, option: boolean | undefined, isTTY: boolean = io.isTTY): boolean {
  if (option !== undefined) return option;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== "0") return true;
  return isTTY;
}
