/**
 * Writing a file's content atomically: the new text goes to a temporary file
 * in the same folder, which is then renamed over the original (or to the new
 * name). Readers see the old file or the new one, never a half-written one; on
 * any error the original is untouched and the temporary file is removed.
 */
import { basename, dirname, join, resolve } from "node:path";

/** The temporary name beside `target`: hidden, unique to this process and call. */
async function temporaryPath(target: string): Promise<string> {
  // Loaded here: node:crypto costs milliseconds of start-up that runs writing nothing need not pay.
  const { randomBytes } = await import("node:crypto");
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
}

/** The permission bits and owner a replaced file keeps. */
interface Kept {
  mode: number;
  uid: number;
  gid: number;
}

/**
 * node:fs/promises, loaded by the runs that write: with it come some twenty more of
 * Node's modules, milliseconds that the runs which only read need not pay.
 */
const fsp = () => import("node:fs/promises");

/** Writes `text` to a temporary file beside `target`, then renames it over `target`. */
async function writeThroughTemporary(target: string, text: string, kept: Kept | undefined): Promise<void> {
  const { open, rename, rm } = await fsp();
  const temporary = await temporaryPath(target);
  let created = false;
  let renamed = false;
  try {
    // "wx": fail rather than reuse (and later remove) a file that happens to exist under the name.
    // A new file gets 0o666 less the umask, as any file a program creates.
    const handle = await open(temporary, "wx", kept?.mode ?? 0o666);
    created = true;
    try {
      await handle.writeFile(text, "utf8");
      if (kept) {
        await handle.chmod(kept.mode); // the mode given to open() is reduced by the umask
        const written = await handle.stat();
        if (written.uid !== kept.uid || written.gid !== kept.gid) {
          // Only possible as root (or to one's own groups); otherwise the file takes the writer's owner.
          await handle.chown(kept.uid, kept.gid).catch(() => undefined);
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

async function keptOf(target: string): Promise<Kept> {
  const info = await (await fsp()).stat(target);
  return { mode: info.mode & 0o7777, uid: info.uid, gid: info.gid };
}

/**
 * Replaces the content of the file at `path` with `text` (UTF-8), keeping its
 * permission bits and, where allowed, its owner. A symbolic link is followed:
 * its target is replaced and the link stays.
 */
export async function replaceFile(path: string, text: string): Promise<void> {
  const target = await (await fsp()).realpath(path);
  await writeThroughTemporary(target, text, await keptOf(target));
}

/** Writes `text` to `path` atomically: a new file is created, an existing one replaced as by `replaceFile`. */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  let target: string;
  try {
    target = await (await fsp()).realpath(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    await writeThroughTemporary(resolve(path), text, undefined);
    return;
  }
  await writeThroughTemporary(target, text, await keptOf(target));
}
