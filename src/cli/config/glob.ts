/**
 * Matching a path against the globs of a configuration file (`ignore`,
 * `overrides[].files`) with picomatch, plus the one rule of our own: a glob
 * that names a folder covers every file under it. Paths are matched as they
 * are, without touching the disk, so the same answer holds for a file that
 * does not exist yet (`--stdin-filename`, `--print-config`).
 */
import type { PicomatchOptions } from "picomatch";

/** Whether a path relative to the configuration's folder (`/`-separated) is covered. */
export type PathTest = (path: string) => boolean;

/** picomatch's defaults otherwise: among them, a name starting with a dot is matched only where the glob spells the dot. */
const OPTIONS: PicomatchOptions = {
  // `/` separates and `\` escapes on every OS, so a committed configuration means the same on Windows.
  windows: false,
  // `[!abc]` negates a class as in the shell (and as tinyglobby matches command-line globs).
  posix: true,
};

/**
 * The longest glob accepted: far more than any path needs, and short enough
 * that its regular expression compiles (V8 refuses one of some 100,000
 * characters, and only when it is first used).
 */
export const MAX_GLOB_LENGTH = 4096;

/** `glob` without the slashes that end it, unless it is nothing but slashes (`/` stays `/`). */
function withoutTrailingSlashes(glob: string): string {
  let end = glob.length;
  while (end > 1 && glob[end - 1] === "/") end--;
  return glob.slice(0, end);
}

/** Compiles globs into one test; the matcher is loaded only for a configuration that has globs, so other runs do not pay for it at start-up. */
export async function compileGlobs(globs: readonly string[]): Promise<PathTest> {
  if (globs.length === 0) return () => false;
  const long = globs.find((glob) => glob.length > MAX_GLOB_LENGTH);
  if (long !== undefined) throw new Error(`a glob of ${long.length} characters; at most ${MAX_GLOB_LENGTH} are allowed`);
  const { default: picomatch } = await import("picomatch");
  // picomatch matches `archive/` only against the path `archive/`; here it names the folder, as `archive` does.
  const test = picomatch(globs.map(withoutTrailingSlashes), OPTIONS);
  return (path) => {
    // Outside the configuration's folder nothing is covered, not even by `../**`.
    if (path === ".." || path.startsWith("../")) return false;
    if (test(path)) return true;
    // Then each folder the path is in, so a glob naming a folder covers its files.
    for (let slash = path.indexOf("/"); slash > 0; slash = path.indexOf("/", slash + 1)) {
      if (test(path.slice(0, slash))) return true;
    }
    return false;
  };
}
