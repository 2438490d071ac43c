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

/** An error with a file-system code, as Node's own. */
function fsError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

/**
 * Creates `folder` and the folders above it that are missing; returns the
 * outermost folder it created (undefined when `folder` existed). Rejects with
 * the file system's error, or ENOTDIR when a file stands in the way.
 */
export async function makeFolders(folder: string): Promise<string | undefined> {
  const { mkdir, stat } = await import("node:fs/promises");
  const missing: string[] = [];
  for (let f = resolve(folder); ; f = dirname(f)) {
    const info = await stat(f).catch((error: unknown) => {
      if (codeOf(error) === "ENOENT") return undefined;
      throw error;
    });
    if (info !== undefined) {
      if (!info.isDirectory()) throw fsError("ENOTDIR", `${f} is a file, not a folder`);
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
