/** Reads an example estate from disk as `loadEstate` takes it, and runs the CLI in process. */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { run } from "../../src/cli/index.js";
import type { CliIo } from "../../src/cli/io.js";
import type { EstateInput } from "../../src/estate/load.js";

export const root = resolve(__dirname, "../..");
export const estates = join(root, "examples/estates");

/** Every file below `folder`, paths relative to it with `/`. */
export function readEstate(folder: string): EstateInput[] {
  const out: EstateInput[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else out.push({ path: relative(folder, path).split("\\").join("/"), text: readFileSync(path, "utf8") });
    }
  };
  walk(folder);
  return out;
}

/** What an in-process run printed and returned. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `hpom-lint` in process with `argv`, in `cwd` (the repository root when not given). */
export async function cli(argv: string[], cwd = root): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (t) => (stdout += typeof t === "string" ? t : Buffer.from(t).toString("utf8")),
    stderr: (t) => (stderr += t),
    readStdin: async () => new Uint8Array(),
    cwd,
    isTTY: false,
    isStderrTTY: false,
    env: { NO_COLOR: "1" },
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
