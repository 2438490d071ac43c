/** Reads an example estate from disk as `loadEstate` takes it, and runs the CLI in process from the repository root. */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { EstateInput } from "../../src/estate/load.js";
import type { Result } from "../cli/run-cli.js";
import { runInProcess } from "../cli/run-in-process.js";

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

/** Runs `hpom-lint` in process with `argv`, in `cwd` (the repository root when not given). */
export function cli(argv: string[], cwd = root): Promise<Result> {
  return runInProcess(argv, { cwd });
}
