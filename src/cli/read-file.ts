/**
 * Reading an input file, bounded: only a regular file is read (a FIFO,
 * `/dev/zero` or a socket would block or never end), and none larger than
 * `MAX_INPUT_BYTES`. Every file the CLI reads goes through here: the files to
 * lint or format, the pool model, the configuration, generated files.
 */
import { constants } from "node:fs";
import { close, fstat, open, read, stat } from "./fs-async.js";

/** The largest file read, in bytes (256 MiB; README, "Limits"). */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** Why a file was not read, in words for after its name (`not a regular file`, `cannot read (EACCES)`). */
export class UnreadableFile extends Error {
  /** The error code of the file system, when it gave one (`ENOENT`…). */
  readonly code: string | undefined;

  constructor(reason: string, code?: string) {
    super(reason);
    this.name = "UnreadableFile";
    this.code = code;
  }
}

/** The reason an input over the limit is refused. */
export const TOO_LARGE = `larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB, the limit for an input`;

function unreadable(error: unknown): UnreadableFile {
  if (error instanceof UnreadableFile) return error;
  const code = (error as NodeJS.ErrnoException).code;
  return new UnreadableFile(`cannot read (${code ?? String(error)})`, code);
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** `bytes` as UTF-8 text (a byte-order mark kept); an `UnreadableFile` when they are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new UnreadableFile("not UTF-8 text; convert it first (e.g. with iconv)");
  }
}

/** Reads from `fd` to its end, refusing more than `MAX_INPUT_BYTES`. */
async function readToEnd(fd: number, size: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  // A file can grow while it is read (or report size 0, as /proc does): the limit holds for what is read.
  for (;;) {
    const buffer = Buffer.allocUnsafe(Math.min(Math.max(size - total, 64 * 1024), MAX_INPUT_BYTES + 1 - total));
    const { bytesRead } = await read(fd, buffer, 0, buffer.length, null);
    if (bytesRead === 0) return Buffer.concat(chunks, total);
    chunks.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
    if (total > MAX_INPUT_BYTES) throw new UnreadableFile(TOO_LARGE);
  }
}

/** The bytes of the regular file at `path`; an `UnreadableFile` saying why not. */
export async function readRegularFile(path: string): Promise<Buffer> {
  try {
    // Checked before opening: opening a FIFO waits for a writer, a socket cannot be opened.
    if (!(await stat(path)).isFile()) throw new UnreadableFile("not a regular file");
    // Non-blocking, should a FIFO take the file's place in between; fstat then refuses it.
    const fd = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const info = await fstat(fd);
      if (!info.isFile()) throw new UnreadableFile("not a regular file");
      if (info.size > MAX_INPUT_BYTES) throw new UnreadableFile(TOO_LARGE);
      return await readToEnd(fd, info.size);
    } finally {
      await close(fd).catch(() => undefined);
    }
  } catch (error) {
    throw unreadable(error);
  }
}

/** The UTF-8 text of the regular file at `path`; an `UnreadableFile` saying why not. */
export async function readTextFile(path: string): Promise<string> {
  return decodeUtf8(await readRegularFile(path));
}
