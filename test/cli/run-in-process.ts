/**
 * Runs the CLI inside the test's own process through `run(argv, io)`, with the
 * same signature and result as the spawning `run` of `run-cli.ts`: what a
 * command prints and returns is tested here at a fraction of a process start.
 * What needs a real process (another user id, the bin's exit and flushing,
 * worker threads, the compile cache) keeps spawning the built binary.
 */
import { run } from "../../src/cli/index.js";
import type { CliIo } from "../../src/cli/io.js";
import { fixtures, type Result, type RunOptions } from "./run-cli.js";

/** The options of a run in process: those of a spawned run but the user id, which only a process can change. */
export type InProcessOptions = Omit<RunOptions, "uid">;

/** Collects what the CLI writes to one stream as the bytes a process would write. */
function sink(): { write: (text: string | Uint8Array) => void; text: () => string } {
  const chunks: Buffer[] = [];
  return {
    // A string reaches a stream UTF-8 encoded, lone surrogates included (as U+FFFD).
    write: (text) => void chunks.push(typeof text === "string" ? Buffer.from(text, "utf8") : Buffer.from(text)),
    // Decoded as `execFile` decodes a child's output.
    text: () => Buffer.concat(chunks).toString("utf8"),
  };
}

/**
 * Runs the CLI with `args` in process, in `cwd` (the fixtures folder when not
 * given), with the test process's environment plus NO_COLOR=1 and `env`, and
 * `input` as standard input: the surroundings `run-cli.ts` gives a child.
 */
export async function runInProcess(args: string[], options: InProcessOptions = {}): Promise<Result> {
  const stdout = sink();
  const stderr = sink();
  const input = options.input ?? "";
  const io: CliIo = {
    stdout: stdout.write,
    stderr: stderr.write,
    readStdin: async () => (typeof input === "string" ? Buffer.from(input, "utf8") : input),
    cwd: options.cwd ?? fixtures,
    // A child's streams are pipes.
    isTTY: false,
    isStderrTTY: false,
    env: { ...process.env, NO_COLOR: "1", ...options.env },
  };
  const code = await run(args, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
