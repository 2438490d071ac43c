/**
 * What the command line needs from its surroundings. `run` takes it as an
 * argument so tests can drive the CLI in-process; `bin/` passes the real one.
 */
export interface CliIo {
  /** Writes to standard output. */
  stdout(text: string): void;
  /** Writes to standard error. */
  stderr(text: string): void;
  /** Reads all of standard input. */
  readStdin(): Promise<string>;
  /** The working directory paths are resolved against. */
  cwd: string;
  /** Whether standard output is a terminal (colours are used only then). */
  isTTY: boolean;
  /** Environment variables (for NO_COLOR and FORCE_COLOR). */
  env: Record<string, string | undefined>;
}

/** The real process's standard streams, directory and environment. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
  };
}
