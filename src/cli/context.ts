/**
 * What every command module gets: the surroundings of the run and the place to
 * leave its exit code (commander's actions cannot return one).
 */
import { printable, printableName } from "../util/printable.js";
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
export class CliError extends Error {
  /** Lines printed after the reason, one per problem (of a pool model, say). */
  readonly details: readonly string[];

  constructor(message: string, details: readonly string[] = []) {
    super(message);
    this.details = details;
  }
}

/**
 * A failure as printed on stderr: `hpom-lint: <reason>`, then each detail on a
 * line of its own. Reasons and details quote file names and values from
 * outside, so every line is made printable (`printable`, `printableName`).
 */
export function failureText(reason: string, details: readonly string[] = []): string {
  return [`hpom-lint: ${printable(reason)}`, ...details.map(printableName)].map((line) => `${line}\n`).join("");
}

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
