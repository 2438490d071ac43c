/**
 * Turns the paths on the command line into the files to read: files as given,
 * folders searched for the names HPOM reads (node files included), globs
 * expanded to the files with those names, `-` for standard input.
 */
import { dirname, join, relative, resolve } from "node:path";
import { FILE_NAMES, fileKindFromName, SAMPLE_FOLDER_NAMES } from "../files/file-kind.js";
import { CliError } from "./context.js";
import { readdir, stat } from "./fs-async.js";
import type { CliIo } from "./io.js";
import { decodeUtf8, MAX_INPUT_BYTES, readRegularFile, TOO_LARGE, UnreadableFile } from "./read-file.js";

/** One input of a run: a file on disk or standard input. */
export type Input = { kind: "file"; path: string; display: string } | { kind: "stdin"; display: string };

/** A path on the command line that names nothing readable. */
export class InputError extends CliError {}

const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(["node_modules", ".git"]);

/** Characters that make an argument that names no file a glob (`*`, `?`, `[ab]`, `{a,b}`, `@(a|b)`). */
const GLOB_CHARS = /[*?[\]{}()]/;

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

/**
 * How to lint a file the folder search passed over: name it, and the kind comes from its content,
 * or pipe it in under the name of its kind.
 */
function howToName(arg: string, folder: string, example: string | undefined): string {
  if (example === undefined) return "";
  const path = `${arg.replace(/[\\/]+$/, "")}/${relative(folder, example).split("\\").join("/")}`;
  return (
    ` (HPOM reads ${FILE_NAMES.join(", ")} and node files named by hex address; HP's samples under ${SAMPLE_FOLDER_NAMES.join(" or ")}); ` +
    `to lint a file under another name, name it: hpom-lint ${path} (its kind then comes from its content), or give its kind: hpom-lint - --stdin-filename allnodes < ${path}`
  );
}

async function searchFolder(folder: string, found: string[], skipped: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    throw new InputError(`${folder}: cannot read folder (${errorCode(error)})`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) await searchFolder(path, found, skipped);
    } else if (entry.isFile() && fileKindFromName(path)) {
      found.push(path);
    } else if (entry.isSymbolicLink() && fileKindFromName(path)) {
      // A link to a file is that file, as on the command line or in a glob; a dangling one is kept so
      // that reading it fails loudly. Links to folders are not followed, so a loop cannot arise.
      const target = await stat(path).catch(() => undefined);
      if (target === undefined || target.isFile()) found.push(path);
    } else if (entry.isFile()) {
      skipped.push(path);
    }
  }
}

/**
 * The files a glob matches, absolute and sorted, keeping only HPOM file names
 * (as a folder search does) and skipping node_modules and .git. The glob
 * library is loaded only when an argument is a glob, so plain runs start fast.
 */
async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const { glob } = await import("tinyglobby");
  const matches = await glob(pattern, {
    cwd,
    absolute: true,
    onlyFiles: true,
    expandDirectories: false,
    ignore: ["**/node_modules/**", "**/.git/**"],
  });
  return matches
    .map((m) => resolve(m))
    .filter((m) => fileKindFromName(m) !== undefined)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The root of the repository `cwd` is in: the nearest folder, `cwd` or above,
 * holding `.git` (a folder, or a file in a worktree or submodule); `cwd` itself
 * when there is none.
 */
export async function repositoryRoot(cwd: string): Promise<string> {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (
      await stat(join(dir, ".git")).then(
        () => true,
        () => false,
      )
    )
      return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}

/** Display form of a path: relative to `cwd`, forward slashes. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path) || path;
  return rel.split("\\").join("/");
}

/** The files one argument names: the file itself, a folder's HPOM files, or a glob's matches. */
async function filesOf(arg: string, cwd: string): Promise<string[]> {
  const absolute = resolve(cwd, arg);
  let info;
  try {
    info = await stat(absolute);
  } catch (error) {
    const code = errorCode(error);
    if (code !== "ENOENT" && code !== "ENOTDIR") throw new InputError(`${arg}: cannot read (${code})`);
    // A path that exists is always taken as it is, even with glob characters in its name.
    if (!GLOB_CHARS.test(arg)) throw new InputError(`${arg}: no such file or folder`);
    const matches = await expandGlob(arg, cwd);
    if (matches.length === 0) throw new InputError(`${arg}: no file with an HPOM file name matches`);
    return matches;
  }
  if (info.isFile()) return [absolute];
  // A FIFO, a device or a socket would block the run or never end: named on the command line, it is refused.
  if (!info.isDirectory()) throw new InputError(`${arg}: not a regular file`);
  const found: string[] = [];
  const skipped: string[] = [];
  await searchFolder(absolute, found, skipped);
  // As for a glob: a pipeline pointed at the wrong folder must fail, not pass having checked nothing.
  if (found.length === 0)
    throw new InputError(`${arg}: no file with an HPOM file name in this folder${howToName(arg, absolute, skipped[0])}`);
  return found;
}

/** The inputs named by `paths`, in order, without duplicates. */
export async function collectInputs(paths: readonly string[], cwd: string, stdinName: string | undefined): Promise<Input[]> {
  const inputs: Input[] = [];
  const seen = new Set<string>();
  for (const p of paths) {
    if (p === "-") {
      // Standard input can be read only once: a second `-` would be linted as an empty file.
      if (!seen.has("-")) inputs.push({ kind: "stdin", display: stdinName ?? "<stdin>" });
      seen.add("-");
      continue;
    }
    for (const f of await filesOf(p, cwd)) {
      if (seen.has(f)) continue;
      seen.add(f);
      inputs.push({ kind: "file", path: f, display: displayPath(cwd, f) });
    }
  }
  return inputs;
}

/**
 * The bytes of an input; an `InputError` with a one-line reason when it cannot
 * be read, is not a regular file or is larger than `MAX_INPUT_BYTES`.
 */
export async function readInputBytes(input: Input, io: CliIo): Promise<Uint8Array> {
  if (input.kind === "stdin") {
    const bytes = await io.readStdin();
    if (bytes.byteLength > MAX_INPUT_BYTES) throw new InputError(`${input.display}: ${TOO_LARGE}`);
    return bytes;
  }
  try {
    return await readRegularFile(input.path);
  } catch (error) {
    if (error instanceof UnreadableFile) throw new InputError(`${input.display}: ${error.message}`);
    throw error;
  }
}

/** The text of an input; an `InputError` as for `readInputBytes`, or when it is not UTF-8 (as `fmt` says). */
export async function readInputText(input: Input, io: CliIo): Promise<string> {
  const bytes = await readInputBytes(input, io);
  try {
    return decodeUtf8(bytes);
  } catch (error) {
    if (error instanceof UnreadableFile) throw new InputError(`${input.display}: ${error.message}`);
    throw error;
  }
}
