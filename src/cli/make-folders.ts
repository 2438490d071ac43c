/**
 * Creating a folder and its missing parents, one `mkdir` at a time. Node's
 * `mkdir(…, { recursive: true })` never returns below a folder where creating
 * fails with ENOENT, such as `/proc` (`--output-file /proc/x/r.json` took
 * 100 % CPU forever); here each failure ends the call with its code.
 */
import { dirname, resolve } from "node:path";

function codeOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

/** An error with a file-system code and the path it is about, as Node's own. */
function fsError(code: string, path: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}`), { code, path });
}

/**
 * Creates `folder` and the folders above it that are missing; returns the
 * outermost folder it created (undefined when `folder` existed). Rejects with
 * the file system's error, or ENOTDIR (its `path` the file) when a file stands in the way.
 */
export async function makeFolders(folder: string): Promise<string | undefined> {
  const { mkdir, stat } = await import("node:fs/promises");
  const missing: string[] = [];
  for (let f = resolve(folder); ; f = dirname(f)) {
    const info = await stat(f).catch((error: unknown) => {
      // ENOTDIR: a file further up, which the walk upward finds.
      if (codeOf(error) === "ENOENT" || codeOf(error) === "ENOTDIR") return undefined;
      throw error;
    });
    if (info !== undefined) {
      if (!info.isDirectory()) throw fsError("ENOTDIR", f, `${f} is a file, not a folder`);
      break;
    }
    missing.push(f);
    if (dirname(f) === f) break;
  }
  for (const f of missing.reverse()) {
    await mkdir(f).catch((error: unknown) => {
      // Made meanwhile by another run: what matters is that it is there.
      if (codeOf(error) !== "EEXIST") throw error;
    });
  }
  return missing[0];
}
