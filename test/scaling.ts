/**
 * Linear-time checks that hold on a loaded machine: the best of several runs at
 * size n against the best at 4n, in CPU time of this process (a busy machine
 * stretches wall-clock time, not the work done). Linear work gives about 4;
 * quadratic work 16.
 */

import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

// A full collection before each timed run, so that no run pays for the garbage of the one before.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

/** The CPU time this process has used, in microseconds. */
function cpu(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

/** The best of `runs` timings of `work()`, in microseconds of CPU time. */
function best(work: () => unknown, runs: number): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const started = cpu();
    work();
    min = Math.min(min, cpu() - started);
  }
  return min;
}

/** How many times longer `work(make(4n))` takes than `work(make(n))`, each the best of `runs`. */
export function growth<T>(n: number, make: (size: number) => T, work: (input: T) => unknown, runs = 3): number {
  const small = make(n);
  const big = make(4 * n);
  // Warm-up: the first calls pay for compilation, which would count against the small size.
  for (let i = 0; i < 3; i++) work(small);
  work(big);
  return best(() => work(big), runs) / best(() => work(small), runs);
}

/** `growth` for work that awaits (a Prettier call, a CLI run): the best of `runs` at n against 4n. */
export async function growthAsync<T>(
  n: number,
  make: (size: number) => T,
  work: (input: T) => Promise<unknown>,
  runs = 3,
): Promise<number> {
  const small = make(n);
  const big = make(4 * n);
  for (let i = 0; i < 3; i++) await work(small);
  await work(big);
  const bestOf = async (input: T): Promise<number> => {
    let min = Infinity;
    for (let i = 0; i < runs; i++) {
      collectGarbage();
      const started = cpu();
      await work(input);
      min = Math.min(min, cpu() - started);
    }
    return min;
  };
  return (await bestOf(big)) / (await bestOf(small));
}

/** Below this growth at 4× the size, work is taken as linear (quadratic would be 16). */
export const LINEAR = 8;

/**
 * The growth of `work` from size n to 4n, measured up to three times until it is below
 * `LINEAR`: a machine busy with other work slows some runs, but not every attempt.
 */
export function linearGrowth<T>(n: number, make: (size: number) => T, work: (input: T) => unknown): number {
  let least = Infinity;
  for (let attempt = 0; attempt < 3 && least >= LINEAR; attempt++) least = Math.min(least, growth(n, make, work));
  return least;
}

/** `linearGrowth` for work that awaits. */
export async function linearGrowthAsync<T>(n: number, make: (size: number) => T, work: (input: T) => Promise<unknown>): Promise<number> {
  let least = Infinity;
  for (let attempt = 0; attempt < 3 && least >= LINEAR; attempt++) least = Math.min(least, await growthAsync(n, make, work));
  return least;
}
