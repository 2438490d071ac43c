/** An in-process `CliIo` that keeps what the CLI writes, for `run(argv, io)` tests. */
import { run, type CliIo } from "../../src/cli/index.js";

/** What one in-process run gave. */
export interface MemoryResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process in `cwd`, with `stdin` as standard input. */
export async function runIn(cwd: string, argv: readonly string[], stdin: string | Uint8Array = ""): Promise<MemoryResult> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (text) => {
      stdout += typeof text === "string" ? text : Buffer.from(text).toString("utf8");
    },
    stderr: (text) => {
      stderr += text;
    },
    readStdin: async () => (typeof stdin === "string" ? new TextEncoder().encode(stdin) : stdin),
    cwd,
    isTTY: false,
    isStderrTTY: false,
    env: { NO_COLOR: "1" },
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
