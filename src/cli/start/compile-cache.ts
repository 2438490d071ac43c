/**
 * How `bin/hpom-lint.js` starts the command line: it loads the bundled CLI
 * (`dist/cli.cjs`) through a V8 code cache, so a run deserializes the functions
 * an earlier run of its kind compiled instead of parsing and compiling them
 * again — much of what separates a one-file run from a bare `node` (issue #6).
 *
 * Node 22.1+ has this built in (`module.enableCompileCache`), and it is used
 * there. Node 20 has not, and v8-compile-cache, the library that did it before,
 * hooks every `require` of the process, fails on our CLI ("A dynamic import
 * callback was not specified") and cannot verify its data (see
 * `verifyChecksums`): hence this small loader.
 *
 * The cache is an optimisation only. Whatever goes wrong with it — no writable
 * directory, a read-only file system, data V8 rejects — the CLI is compiled as
 * usual and nothing is printed. `HPOM_LINT_NO_COMPILE_CACHE=1` turns it off.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { Script } from "node:vm";

type Cli = typeof import("../index.js");

/** A loaded CLI module, and how to keep what its run compiled. */
interface Loaded {
  cli: Cli;
  /** Writes the cache for the next run of this kind, unless this run used one. */
  save: () => void;
}

/** The commands: each compiles its own share of the CLI. */
const COMMANDS = new Set(["lint", "fmt", "generate", "rules", "route", "coverage", "graph", "import", "lsp"]);

/**
 * Which share of the CLI a run uses, so that it gets a cache of its own: data
 * made by `--version` lacks the parser and the rules a lint run needs, and data
 * made by a lint run would make `--version` deserialize all of them. A guess
 * from the arguments is enough: a wrong one only makes the cache less useful.
 */
export function runKind(argv: readonly string[]): string {
  if (argv.some((a) => a === "-v" || a === "--version" || a === "-h" || a === "--help")) return "info";
  return argv.find((a) => COMMANDS.has(a)) ?? "lint";
}

/** The folder of this user's cache files, or undefined when the cache is turned off. */
export function cacheDirectory(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const off = env.HPOM_LINT_NO_COMPILE_CACHE;
  if (off !== undefined && off !== "" && off !== "0") return undefined;
  // One folder per user, right in the temporary folder (whose sticky bit keeps others from
  // replacing it); on Windows that folder is the user's own.
  return join(tmpdir(), `hpom-lint-compile-cache-${process.getuid?.() ?? "user"}`);
}

/** FNV-1a, to turn a path or a key into a short file name (the key itself is checked on reading). */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}

/**
 * Whether `dir` is a real folder (not a link) that only this user can write: V8
 * runs the bytecode it is handed, so data someone else could have written is never read.
 */
function isPrivate(dir: string): boolean {
  const s = lstatSync(dir);
  const uid = process.getuid?.();
  return s.isDirectory() && (uid === undefined || (s.uid === uid && (s.mode & 0o022) === 0));
}

/**
 * V8 (Node 20) trusts the code cache data it is handed: a corrupt file whose
 * length happens to fit crashes the process. With checksums on, V8 writes one
 * into the data it makes and rejects data whose checksum does not match. The
 * flag is read only when code cache data is made or used, so setting it while
 * running changes nothing else.
 */
function verifyChecksums(): void {
  setFlagsFromString("--verify-snapshot-checksum");
}

/** Removes `path` if it exists and can be removed. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Its folder is gone or cannot be read: then nothing was left in it either.
  }
}

/** Loads `file` (a CommonJS module) compiled with the cached data of an earlier run of this kind, if any. */
function loadThroughCache(file: string, dir: string, kind: string): Loaded {
  const source = readFileSync(file, "utf8");
  const { size, mtimeMs } = statSync(file);
  // Data for another build of the file, another Node, V8 or architecture is never used.
  const key = `${process.version} ${process.versions.v8} ${process.arch} ${file} ${size} ${mtimeMs}`;
  const build = `cli-${shortHash(file)}-${shortHash(key)}-`;
  const path = join(dir, `${build}${kind}.bin`);

  verifyChecksums();
  let cachedData: Buffer | undefined;
  try {
    if (isPrivate(dir)) {
      // The file: the key, a newline, then V8's data.
      const data = readFileSync(path);
      const keyEnd = data.indexOf(10);
      if (keyEnd > 0 && data.toString("utf8", 0, keyEnd) === key) cachedData = data.subarray(keyEnd + 1);
    }
  } catch {
    // No cache yet, or none to be had: compile as usual.
  }

  // Node's own wrapper for a CommonJS module, so the code runs exactly as `require` would run it.
  // No dynamic-import callback: the build turns every `import()` of the CLI into `require` (tsup.config.ts).
  const wrapper = `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
  const script = new Script(wrapper, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as Cli };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));

  return {
    cli: module.exports,
    save() {
      if (cachedData !== undefined && !script.cachedDataRejected) return;
      const temporary = `${path}.${process.pid}.tmp`;
      try {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        if (!isPrivate(dir)) return;
        // Made after the run, the data holds every function the run compiled, not only the top level.
        writeFileSync(temporary, Buffer.concat([Buffer.from(`${key}\n`), script.createCachedData()]), { mode: 0o600 });
        renameSync(temporary, path);
        // The data of this file's earlier builds is of no more use.
        const install = `cli-${shortHash(file)}-`;
        for (const name of readdirSync(dir)) {
          if (name.startsWith(install) && !name.startsWith(build) && name.endsWith(".bin")) removeQuietly(join(dir, name));
        }
      } catch {
        removeQuietly(temporary);
      }
    },
  };
}

/** Loads `file` with Node 22's compile cache in `dir`, or through our own cache, or (with `dir` undefined) plainly. */
function loadCli(file: string, dir: string | undefined, kind: string): Loaded {
  const plain = (): Loaded => ({ cli: createRequire(file)(file) as Cli, save: () => undefined });
  if (dir === undefined) return plain();
  const { enableCompileCache } = Module as { enableCompileCache?: (dir: string) => unknown };
  if (enableCompileCache === undefined) return loadThroughCache(file, dir, kind);
  try {
    enableCompileCache(dir);
  } catch {
    // Node reports its own failures in the value it returns; this is for the unexpected.
  }
  return plain();
}

/** Runs the command line with `argv` and returns the exit code. */
export async function start(argv: readonly string[]): Promise<number> {
  const file = fileURLToPath(new URL("./cli.cjs", import.meta.url));
  const kind = runKind(argv);
  const { cli, save } = loadCli(file, cacheDirectory(), kind);
  const code = await cli.run(argv);
  save();
  return code;
}
