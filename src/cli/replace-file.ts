/**
 * Replacing a file's content atomically: the new text goes to a temporary file
 * in the same folder, which is then renamed over the original. Readers see the
 * old file or the new one, never a half-written one; on any error the original
 * is untouched and the temporary file is removed.
 */
import { randomBytes } from "node:crypto";
import { open, realpath, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** The temporary name beside `target`: hidden, unique to this process and call. */
function temporaryPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
}

/**
 * Replaces the content of the file at `path` with `text` (UTF-8), keeping its
 * permission bits and, where allowed, its owner. A symbolic link is followed:
 * its target is replaced and the link stays.
 */
export async function replaceFile(path: string, text: string): Promise<void> {
  const target = await realpath(path);
  const info = await stat(target);
  await writeThenRename(target, text, info.mode & 0o7777, info);
}

/**
 * Writes `text` (UTF-8) to `path` the same atomic way, creating the file (mode
 * 0666 less the umask) or replacing it as it is: whatever is at `path`, a
 * symbolic link included, is replaced, never written through.
 */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  await writeThenRename(path, text, undefined, undefined);
}

/** Writes a temporary file beside `target` with `mode` and `owner` (where given), then renames it over `target`. */
async function writeThenRename(target: string, text: string, mode: number | undefined, owner: { uid: number; gid: number } | undefined): Promise<void> {
  const temporary = temporaryPath(target);
  let created = false;
  let renamed = false;
  try {
    // "wx": fail rather than reuse (and later remove) a file that happens to exist under the name.
    const handle = await open(temporary, "wx", mode ?? 0o666);
    created = true;
    try {
      await handle.writeFile(text, "utf8");
      if (mode !== undefined) await handle.chmod(mode); // the mode given to open() is reduced by the umask
      if (owner) {
        const written = await handle.stat();
        if (written.uid !== owner.uid || written.gid !== owner.gid) {
          // Only possible as root (or to one's own groups); otherwise the file takes the writer's owner.
          await handle.chown(owner.uid, owner.gid).catch(() => undefined);
        }
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
    renamed = true;
  } finally {
    if (created && !renamed) await rm(temporary, { force: true }).catch(() => undefined);
  }
}
