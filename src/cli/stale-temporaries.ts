/**
 * The temporary files of atomic writes (`replace-file.ts`): their names, and
 * removing those a run left behind. A run killed between writing a temporary
 * file and renaming it (`kill -9`, a power cut) leaves it in the folder of its
 * target; the next run that writes there removes it, empty or not — but not
 * one of a run still going on, which is told by the process id in the name.
 */
import { dirname, join } from "node:path";

/** `.<name>.<pid>.<12 hex digits>.tmp`: hidden, and naming the process that wrote it. */
const TEMPORARY = /^\.(.+)\.(\d+)\.[0-9a-f]{12}\.tmp$/;

/** The name of a temporary file for `base`, written by this process, `random` being 12 hex digits. */
export function temporaryName(base: string, random: string): string {
  return `.${base}.${process.pid}.${random}.tmp`;
}

/** Whether the process `pid` is running (one of another user's counts, too). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the temporary files in `folder` that runs no longer running left
 * behind: for the file named `base`, or for every file when it is not given.
 * Never fails: a file that cannot be removed is left for a later run.
 */
export async function removeStaleTemporaries(folder: string, base?: string): Promise<void> {
  const { lstat, readdir, rm } = await import("node:fs/promises");
  const names = await readdir(folder).catch((): string[] => []);
  for (const name of names) {
    const match = TEMPORARY.exec(name);
    if (!match || (base !== undefined && match[1] !== base) || isRunning(Number(match[2]))) continue;
    const path = join(folder, name);
    // Only files: a folder or a link of that name is not ours.
    const info = await lstat(path).catch(() => undefined);
    if (info?.isFile()) await rm(path, { force: true }).catch(() => undefined);
  }
}

/**
 * For a run that rewrites files in place (`fmt --write`, `--fix`): removes the
 * stale temporary files beside each of its files — also beside one that this
 * run leaves alone, as the killed run may have replaced it already — looking
 * into each folder once.
 */
export class StaleTemporaries {
  private readonly done = new Set<string>();

  /** Removes the stale temporary files in the folder of `path` (links resolved), unless done already. */
  async besideFile(path: string): Promise<void> {
    const { realpath } = await import("node:fs/promises");
    const folder = dirname(await realpath(path).catch(() => path));
    if (this.done.has(folder)) return;
    this.done.add(folder);
    await removeStaleTemporaries(folder);
  }
}
