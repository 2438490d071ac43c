/**
 * Writing a file's content atomically: the new text goes to a temporary file
 * in the same folder, which is then renamed over the original (or to the new
 * name). Readers see the old file or the new one, never a half-written one; on
 * any error the original is untouched and the temporary file is removed.
 * `stageFile` splits the two steps, for changes to several files at once.
 * What a killed run left beside the file is removed first (`stale-temporaries.ts`).
 */
import { basename, dirname, join, resolve } from "node:path";
import { removeStaleTemporaries, temporaryName } from "./stale-temporaries.js";

/** The temporary name beside `target`: hidden, unique to this process and call. */
async function temporaryPath(target: string): Promise<string> {
  // Loaded here: node:crypto costs milliseconds of start-up that runs writing nothing need not pay.
  const { randomBytes } = await import("node:crypto");
  return join(dirname(target), temporaryName(basename(target), randomBytes(6).toString("hex")));
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

/** Writes `text` to a new temporary file beside `target` and returns its path; on any error it is removed again. */
async function writeTemporary(target: string, text: string, kept: Kept | undefined): Promise<string> {
  const { open, rm } = await fsp();
  const temporary = await temporaryPath(target);
  let created = false;
  let written = false;
  try {
    // "wx": fail rather than reuse (and later remove) a file that happens to exist under the name.
    // A new file gets 0o666 less the umask, as any file a program creates.
    const handle = await open(temporary, "wx", kept?.mode ?? 0o666);
    created = true;
    try {
      await handle.writeFile(text, "utf8");
      if (kept) {
        await handle.chmod(kept.mode); // the mode given to open() is reduced by the umask
        const info = await handle.stat();
        if (info.uid !== kept.uid || info.gid !== kept.gid) {
          // Only possible as root (or to one's own groups); otherwise the file takes the writer's owner.
          await handle.chown(kept.uid, kept.gid).catch(() => undefined);
        }
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    written = true;
    return temporary;
  } finally {
    if (created && !written) await rm(temporary, { force: true }).catch(() => undefined);
  }
}

/** Puts `staged` in place; should the rename fail, its temporary file is removed. */
async function commitOrDiscard(staged: StagedFile): Promise<void> {
  try {
    await staged.commit();
  } catch (error) {
    await staged.discard();
    throw error;
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
  await commitOrDiscard(await stage(target, text, await keptOf(target)));
}

/** Writes `text` to `path` atomically: a new file is created, an existing one replaced as by `replaceFile`. */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  await commitOrDiscard(await stageFile(path, text));
}

/**
 * New content written beside its file but not yet in place, so that several
 * files can be changed together: write them all, then `commit` each (a
 * rename), or `discard` them all when one could not be written.
 */
export interface StagedFile {
  /** Renames the new content over the file (or to its name). */
  commit(): Promise<void>;
  /** Removes the new content; the file stays as it was. Never fails. */
  discard(): Promise<void>;
}

async function stage(target: string, text: string, kept: Kept | undefined): Promise<StagedFile> {
  await removeStaleTemporaries(dirname(target), basename(target));
  const temporary = await writeTemporary(target, text, kept);
  const { rename, rm } = await fsp();
  return {
    commit: () => rename(temporary, target),
    discard: () => rm(temporary, { force: true }).catch(() => undefined),
  };
}

/** Writes `text` beside `path` for a later `commit`: what `writeFileAtomically` does, in two steps. */
export async function stageFile(path: string, text: string): Promise<StagedFile> {
  let target: string;
  try {
    target = await (await fsp()).realpath(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    return stage(resolve(path), text, undefined);
  }
  return stage(target, text, await keptOf(target));
}
