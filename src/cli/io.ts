import { MAX_INPUT_BYTES } from "./read-file.js";

/**
 * What the command line needs from its surroundings. `run` takes it as an
 * argument so tests can drive the CLI in-process; `bin/` passes the real one.
 */
export interface CliIo {
  /** Writes to standard output (bytes for input passed through unchanged, which may not be UTF-8). */
  stdout: (text: string | Uint8Array) => void;
  /** Writes to standard error. */
  stderr: (text: string) => void;
  /**
   * Reads all of standard input, as bytes (each command decides how strictly to
   * decode them). It may stop past `MAX_INPUT_BYTES`: more is refused anyway.
   */
  readStdin: () => Promise<Uint8Array>;
  /** The working directory paths are resolved against. */
  cwd: string;
  /** Whether standard output is a terminal (colours are used only then). */
  isTTY: boolean;
  /** Whether standard error is a terminal (for reports written there, e.g. by `fmt`). */
  isStderrTTY: boolean;
  /** The width of the terminal standard output is, if it is one (help text is wrapped to it). */
  columns?: number;
  /** Environment variables (for NO_COLOR and FORCE_COLOR). */
  env: Record<string, string | undefined>;
}

let streamErrorsHandled = false;

/**
 * A reader that goes away early (`hpom-lint fmt big | head`) is not an error
 * of the run: output to it is dropped instead of ending in a stack trace.
 */
function handleStreamErrors(): void {
  if (streamErrorsHandled) return;
  streamErrorsHandled = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") return;
      if (stream !== process.stderr) process.stderr.write(`hpom-lint: cannot write output (${error.code ?? error.message})\n`);
      process.exitCode = 2;
    });
  }
}

/** The real process's standard streams, directory and environment. */
export function processIo(): CliIo {
  handleStreamErrors();
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      let total = 0;
      for await (const chunk of process.stdin) {
        chunks.push(chunk as Buffer);
        total += (chunk as Buffer).length;
        // Past the limit the input is refused: what follows (all of /dev/zero) need not be held.
        if (total > MAX_INPUT_BYTES) break;
      }
      return Buffer.concat(chunks);
    },
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    isStderrTTY: Boolean(process.stderr.isTTY),
    ...(process.stdout.isTTY ? { columns: process.stdout.columns } : {}),
    env: process.env,
  };
}
