/**
 * Which hpom-lint runs the language server, and the command line that starts it. Free of the
 * `vscode` module, so that the root test suite runs it on real folders.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";

/** Where the hpom-lint that serves the editor was found. */
export type ServerSource = "setting" | "workspace" | "bundled";

/** A command line that starts `hpom-lint lsp --stdio`. */
export interface ServerCommand {
  /** Where this hpom-lint comes from, for the output channel. */
  readonly source: ServerSource;
  /** The program to run: a Node.js executable running hpom-lint's bin script, or hpom-lint itself. */
  readonly command: string;
  /** The arguments, ending in `lsp --stdio`. */
  readonly args: readonly string[];
  /** Whether `command` is the editor's own executable, which runs as Node.js only with ELECTRON_RUN_AS_NODE set. */
  readonly editorAsNode: boolean;
  /** Whether `command` needs a shell to start: Node.js runs a Windows `.cmd` or `.bat` only through one. */
  readonly shell: boolean;
}

/** What the search for the server looks at. */
export interface ServerSearch {
  /** The `hpomLint.server.path` setting, if set. */
  readonly serverPath?: string | undefined;
  /** The `hpomLint.server.runtime` setting, if set. */
  readonly runtime?: string | undefined;
  /** The workspace folders' paths, first one first. */
  readonly workspaceFolders: readonly string[];
  /** Whether the workspace is trusted to run its own code (its node_modules). */
  readonly trusted: boolean;
  /** The folder of the hpom-lint package shipped inside the extension. */
  readonly bundledPackage: string;
  /** The running editor's executable (`process.execPath` in the extension host). */
  readonly editorExecutable: string;
}

/** A setting that names no usable hpom-lint, with the message to show. */
export class ServerNotFoundError extends Error {
  override name = "ServerNotFoundError";
}

const SERVER_ARGS = ["lsp", "--stdio"] as const;
const SCRIPT = /\.[cm]?js$/i;

/** The bin script of the hpom-lint package in `folder`, or undefined if it is none. */
function binScript(folder: string): string | undefined {
  const manifest = join(folder, "package.json");
  if (!existsSync(manifest)) return undefined;
  let parsed: { name?: string; bin?: string | Record<string, string> };
  try {
    parsed = JSON.parse(readFileSync(manifest, "utf8")) as typeof parsed;
  } catch (error) {
    throw new ServerNotFoundError(`${manifest}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { name, bin } = parsed;
  if (name !== "hpom-lint") return undefined;
  const relative = typeof bin === "string" ? bin : bin?.["hpom-lint"];
  if (relative === undefined) return undefined;
  const script = join(folder, relative);
  return existsSync(script) ? script : undefined;
}

/**
 * The bin script of the hpom-lint in the node_modules of `folder` or of the nearest folder above it
 * that has one, as Node.js would find it; Node's global folders (NODE_PATH, ~/.node_modules) are not
 * the workspace's and are passed over.
 */
function workspaceScript(folder: string): string | undefined {
  for (let dir = resolve(folder); ; dir = dirname(dir)) {
    const script = binScript(join(dir, "node_modules", "hpom-lint"));
    if (script !== undefined) return script;
    if (dirname(dir) === dir) return undefined;
  }
}

/** `path` made absolute against the first workspace folder (a relative setting means the workspace's). */
function absolute(path: string, search: ServerSearch): string {
  return isAbsolute(path) ? path : resolve(search.workspaceFolders[0] ?? ".", path);
}

/** The command that runs a bin script with the configured Node.js, or the editor's own. */
function nodeCommand(source: ServerSource, script: string, search: ServerSearch): ServerCommand {
  const runtime = search.runtime;
  const args = [script, ...SERVER_ARGS];
  if (runtime === undefined || runtime === "") return { source, command: search.editorExecutable, args, editorAsNode: true, shell: false };
  // A bare name ("node") is looked up on the PATH; anything with a separator is a path.
  const command = /[\\/]/.test(runtime) ? absolute(runtime, search) : runtime;
  return { source, command, args, editorAsNode: false, shell: false };
}

/** What the `hpomLint.server.path` setting names: a package folder, a bin script or an executable. */
function fromSetting(setting: string, search: ServerSearch): ServerCommand {
  const path = absolute(setting, search);
  if (!existsSync(path)) throw new ServerNotFoundError(`hpomLint.server.path: ${path} does not exist`);
  if (statSync(path).isDirectory()) {
    const script = binScript(path);
    if (script === undefined)
      throw new ServerNotFoundError(
        `hpomLint.server.path: ${path} is not a hpom-lint package folder (no package.json named hpom-lint with its bin)`,
      );
    return nodeCommand("setting", script, search);
  }
  if (SCRIPT.test(path)) return nodeCommand("setting", path, search);
  return { source: "setting", command: path, args: [...SERVER_ARGS], editorAsNode: false, shell: /\.(cmd|bat)$/i.test(path) };
}

/**
 * The hpom-lint to serve the editor, in the order the ESLint extension uses: the
 * `hpomLint.server.path` setting, else the workspace's own `node_modules/hpom-lint` (the
 * version the project pins), else the copy shipped inside the extension. An untrusted
 * workspace's node_modules is passed over, as it could run any code; VS Code itself ignores an
 * untrusted workspace's value of the settings (package.json, `restrictedConfigurations`).
 */
export function findServer(search: ServerSearch): ServerCommand {
  if (search.serverPath !== undefined && search.serverPath !== "") return fromSetting(search.serverPath, search);
  if (search.trusted) {
    for (const folder of search.workspaceFolders) {
      const script = workspaceScript(folder);
      if (script !== undefined) return nodeCommand("workspace", script, search);
    }
  }
  const bundled = binScript(search.bundledPackage);
  if (bundled === undefined)
    throw new ServerNotFoundError(
      `the hpom-lint shipped with the extension is missing from ${search.bundledPackage}; reinstall the extension`,
    );
  return nodeCommand("bundled", bundled, search);
}
