/**
 * Reading ahead of the consumer: a run of a few hundred files read one at a
 * time leaves the thread idle while each read is in the file system. Keeping
 * a few reads in flight overlaps that wait with linting, while the results
 * still come in input order and at most `limit` texts wait in memory.
 */

/** How many reads a run keeps in flight ahead of the file being linted. */
export const READ_AHEAD = 16;

/**
 * Yields `read(item)` for each of `items` in order, with up to `limit` reads
 * started ahead. A failed read is thrown when its turn comes, as reading one
 * at a time would; reads started after it are left to settle unobserved.
 */
export async function* readAhead<T, R>(
  items: readonly T[],
  read: (item: T) => Promise<R>,
  limit: number = READ_AHEAD,
): AsyncGenerator<R, void, undefined> {
  const pending: Promise<R>[] = [];
  let next = 0;
  const start = (): void => {
    const promise = read(items[next++]!);
    // Handled when its turn comes; this keeps a rejection that never gets its turn from being "unhandled".
    promise.catch(() => undefined);
    pending.push(promise);
  };
  while (next < items.length && pending.length < Math.max(1, limit)) start();
  while (pending.length > 0) {
    const result = await pending.shift()!;
    if (next < items.length) start();
    yield result;
  }
}
