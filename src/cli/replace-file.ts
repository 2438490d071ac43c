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
  const mode = info.mode & 0o7777;
  const temporary = temporaryPath(target);
  let created = false;
  let renamed = false;
  try {
    // "wx": fail rather than reuse (and later remove) a file that happens to exist under the name.
    const handle = await open(temporary, "wx", mode);
    created = true;
    try {
      await handle.writeFile(text, "utf8");
      await handle.chmod(mode); // the mode given to open() is reduced by the umask
      const written = await handle.stat();
      if (written.uid !== info.uid || written.gid !== info.gid) {
        // Only possible as root (or to one's own groups); otherwise the file takes the writer's owner.
        await handle.chown(info.uid, info.gid).catch(() => undefined);
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
