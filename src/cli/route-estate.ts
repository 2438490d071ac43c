/**
 * What `hpom-lint route` does (registered in `commands/route.ts`): reads the
 * estate folder, loads it with the library's `loadEstate`, routes the message
 * and prints the route.
 */
import { join, resolve } from "node:path";
import { loadEstate, type EstateInput, type EstateNote } from "../estate/load.js";
import { isSeverity, type Message } from "../estate/message.js";
import { printable } from "../util/printable.js";
import { route, RouteInputError, type RouteResult } from "../estate/route.js";
import { formatRouteJson } from "../estate/format-json.js";
import { formatRouteMermaid } from "../estate/format-mermaid.js";
import { formatRouteText } from "../estate/format-text.js";
import { fileKindFromName } from "../files/file-kind.js";
import { VALUE_SETS } from "../lexer/keywords.js";
import { CliError, EXIT, type CliContext } from "./context.js";
import { displayPath, readInputText } from "./files.js";
import { readdir, stat } from "./fs-async.js";
import type { CliIo } from "./io.js";
import { PoolModels } from "./load-pool.js";

/** The options of `route`: the message's attributes as typed (a severity is checked later), and how to route it. */
export interface RouteCommandOptions extends Omit<Message, "severity"> {
  severity?: string;
  at: string;
  tz?: string;
  serverTz?: string;
  pool?: string;
  holder?: string;
  unmatched: "primary" | "none";
  forwarded: "again" | "once";
  format: "text" | "json" | "mermaid";
}

const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(["node_modules", ".git"]);

/** Every estate file below `root`, its path relative to `root` with `/`, read as every input is (bounded, UTF-8). */
export async function readEstateFolder(root: string, shown: string, io: CliIo): Promise<EstateInput[]> {
  const info = await stat(root).catch(() => undefined);
  if (!info) throw new CliError(`${shown}: no such folder`);
  if (!info.isDirectory()) throw new CliError(`${shown}: not a folder (route reads an estate folder with one folder per server)`);
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
      } else if (entry.isFile() && fileKindFromName(path)) {
        files.push({ path, text: await readInputText({ kind: "file", path: join(folder, entry.name), display: `${shown}/${path}` }, io) });
      }
    }
  };
  await walk(root, "");
  return files;
}

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

/** The message the options describe; a usage error for a severity HPOM does not know. */
function messageOf(options: RouteCommandOptions): Message {
  if (options.severity !== undefined && !isSeverity(options.severity)) {
    throw new CliError(`--severity "${printable(options.severity)}" is not a severity; use one of ${VALUE_SETS.severity.join(", ")}`);
  }
  const message: Message = { node: options.node };
  const fields = ["nodeIp", "severity", "application", "msggrp", "object", "msgtype", "text", "service"] as const;
  for (const field of fields) if (options[field] !== undefined) Object.assign(message, { [field]: options[field] });
  return message;
}

/** Paths in the route as the user can open them: below the estate folder as given. */
function withPrefix(result: RouteResult, prefix: string): RouteResult {
  return {
    ...result,
    hops: result.hops.map((h) => (h.file === null ? h : { ...h, file: prefix + h.file })),
    notes: result.notes.map((n) => (n.file === null ? n : { ...n, file: prefix + n.file })),
  };
}

/** Runs `route` and returns the exit code. */
export async function routeCommand(estateDir: string, options: RouteCommandOptions, ctx: CliContext): Promise<number> {
  const { io } = ctx;
  const root = resolve(io.cwd, estateDir);
  const shown = root === resolve(io.cwd) ? "." : displayPath(io.cwd, root);
  const message = messageOf(options);
  const model = options.pool === undefined ? undefined : await new PoolModels(io).get(resolve(io.cwd, options.pool));
  // Paths are taken relative to the estate folder, so a dotted folder above it is never read as a server.
  const estate = loadEstate(await readEstateFolder(root, shown, io), model ? { pool: model } : {});
  const prefix = shown === "." ? "" : `${shown}/`;
  const errors = estate.notes.filter((n) => n.type === "syntax-error");
  if (errors.length > 0) {
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
  // HP's samples are never part of a server's configuration: leaving them out needs no mention.
  for (const note of estate.notes) if (note.type !== "sample") io.stderr(`hpom-lint: note: ${noteLine(note, prefix)}\n`);
  let result: RouteResult;
  try {
    result = route(estate, message, options.at, {
      unmatched: options.unmatched,
      forwarded: options.forwarded,
      ...(options.tz === undefined ? {} : { tz: options.tz }),
      ...(options.serverTz === undefined ? {} : { serverTz: options.serverTz }),
      ...(options.holder === undefined ? {} : { holder: options.holder }),
    });
  } catch (error) {
    if (error instanceof RouteInputError) throw new CliError(error.message);
    throw error;
  }
  result = withPrefix(result, prefix);
  io.stdout({ json: formatRouteJson, mermaid: formatRouteMermaid, text: formatRouteText }[options.format](result));
  return result.receivers.length > 0 ? EXIT.ok : EXIT.problems;
}
