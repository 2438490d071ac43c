/**
 * The estate folder as the commands that read one (`route`, `coverage`,
 * `import`, `graph`, `lint --estate`) see it: every server's files read as any
 * input is, loaded with the library's `loadEstate`, and refused with every
 * syntax error, or when no folder names a server. Notes about files left out
 * go to stderr.
 */
import { join, resolve } from "node:path";
import { loadEstate, type Estate, type EstateInput, type EstateNote } from "../estate/load.js";
import { fileKindFromName } from "../files/file-kind.js";
import { printable } from "../util/printable.js";
import { CliError } from "./context.js";
import { displayPath, readInputText } from "./files.js";
import { readdir, stat } from "./fs-async.js";
import type { CliIo } from "./io.js";
import { PoolModels } from "./load-pool.js";

const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(["node_modules", ".git"]);

/** How to read an estate folder. */
export interface ReadEstateOptions {
  /** The pool model's path as typed (relative to the working folder). */
  pool?: string | undefined;
  /** Whether a file can matter to the command; the others are not read (route needs only its node's own node file). */
  needed?: (path: string) => boolean;
  /** Whether files with syntax errors are loaded without them instead of stopping the command (`lint --estate` reports them itself). */
  allowSyntaxErrors?: boolean;
}

/** A loaded estate, and how its paths are shown to the user. */
export interface EstateFolder {
  estate: Estate;
  /** The files as read, before loading. */
  inputs: EstateInput[];
  /** The folder's absolute path. */
  root: string;
  /** The folder as the user named it, for messages ("." for the working folder). */
  shown: string;
  /** What turns an estate path into one the user can open: the folder as given, with a slash, or nothing. */
  prefix: string;
}

/** Every estate file below `root` that `needed` accepts, its path relative to `root` with `/`, read as every input is (bounded, UTF-8). */
async function readFiles(root: string, shown: string, io: CliIo, needed: (path: string) => boolean): Promise<EstateInput[]> {
  const info = await stat(root).catch(() => undefined);
  if (!info) throw new CliError(`${shown}: no such folder`);
  if (!info.isDirectory()) throw new CliError(`${shown}: not a folder (an estate is a folder with one folder per server)`);
  const files: EstateInput[] = [];
  const walk = async (folder: string, relative: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      throw new CliError(`${shown}/${relative}: cannot read folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    for (const entry of entries) {
      const path = relative === "" ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) await walk(join(folder, entry.name), path);
      } else if (entry.isFile() && fileKindFromName(path) && needed(path)) {
        files.push({ path, text: await readInputText({ kind: "file", path: join(folder, entry.name), display: `${shown}/${path}` }, io) });
      }
    }
  };
  await walk(root, "");
  return files;
}

/** One line about a file of the estate, for stderr or an error's list. */
export function noteLine(note: EstateNote, prefix: string): string {
  const path = printable(prefix + note.path);
  switch (note.type) {
    case "draft":
      return `${path}: a draft (work_respmgrs), not part of the estate`;
    case "sample":
      return `${path}: one of HP's samples (tmpl_respmgrs), not part of the estate`;
    case "no-server":
      return `${path}: no folder of its path names a server (an FQDN) or a pool of the model; left out`;
    case "duplicate":
      return `${path}: ${printable(note.server)} has this file already (${printable(prefix + note.kept)}); left out`;
    case "syntax-error":
      return `${path}:${note.line}:${note.column}: ${printable(note.message)}`;
  }
}

/** Reads and loads the estate in `estateDir`; a `CliError` when it cannot be read, has syntax errors or names no server. */
export async function readEstate(estateDir: string, io: CliIo, options: ReadEstateOptions = {}): Promise<EstateFolder> {
  const root = resolve(io.cwd, estateDir);
  const shown = root === resolve(io.cwd) ? "." : displayPath(io.cwd, root);
  const model = options.pool === undefined ? undefined : await new PoolModels(io).get(resolve(io.cwd, options.pool));
  // Paths are taken relative to the estate folder, so a dotted folder above it is never read as a server.
  const inputs = await readFiles(root, shown, io, options.needed ?? (() => true));
  const estate = loadEstate(inputs, model ? { pool: model } : {});
  const prefix = shown === "." ? "" : `${shown}/`;
  const errors = estate.notes.filter((n) => n.type === "syntax-error");
  if (errors.length > 0 && options.allowSyntaxErrors !== true) {
    throw new CliError(
      "the estate has files with syntax errors; fix them first (hpom-lint lint shows every problem):",
      errors.map((n) => noteLine(n, prefix)),
    );
  }
  if (estate.servers.size === 0) {
    throw new CliError(
      `${shown}: no server in this folder: put each server's files in a folder named by its FQDN (om1.example.com/allnodes)`,
    );
  }
  // HP's samples are never part of a server's configuration: leaving them out needs no mention; a
  // syntax error that did not stop the command is reported by it.
  for (const note of estate.notes) {
    if (note.type !== "sample" && note.type !== "syntax-error") io.stderr(`hpom-lint: note: ${noteLine(note, prefix)}\n`);
  }
  return { estate, inputs, root, shown, prefix };
}
