/**
 * Turns the paths on the command line into the files to check: files as given,
 * folders searched for the names HPOM reads (node files included), `-` for
 * standard input.
 */
import { readdir, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { fileKindFromName } from "../files/file-kind.js";

/** One input of a run: a file on disk or standard input. */
export type Input = { kind: "file"; path: string; display: string } | { kind: "stdin"; display: string };

/** A path on the command line that names nothing readable. */
export class InputError extends Error {}

const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(["node_modules", ".git"]);

async function searchFolder(folder: string, found: string[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) await searchFolder(path, found);
    } else if (entry.isFile() && fileKindFromName(entry.name)) {
      found.push(path);
    }
  }
}

/** Display form of a path: relative to `cwd`, forward slashes. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path) || path;
  return rel.split("\\").join("/");
}

/** The inputs named by `paths`, in order, without duplicates. */
export async function collectInputs(paths: readonly string[], cwd: string, stdinName: string | undefined): Promise<Input[]> {
  const inputs: Input[] = [];
  const seen = new Set<string>();
  for (const p of paths) {
    if (p === "-") {
      inputs.push({ kind: "stdin", display: stdinName ?? "<stdin>" });
      continue;
    }
    const absolute = resolve(cwd, p);
    let info;
    try {
      info = await stat(absolute);
    } catch {
      throw new InputError(`${p}: no such file or folder`);
    }
    const files: string[] = [];
    if (info.isDirectory()) await searchFolder(absolute, files);
    else files.push(absolute);
    for (const f of files) {
      if (seen.has(f)) continue;
      seen.add(f);
      inputs.push({ kind: "file", path: f, display: displayPath(cwd, f) });
    }
  }
  return inputs;
}
