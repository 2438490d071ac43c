/**
 * A small seeded PRNG (mulberry32) and the draws the strategies need. Every input
 * gets a generator of its own, seeded from the run's seed and the input's number,
 * so `--seed` replays the same inputs whatever the budget or the timing.
 */

/** A generator of 32-bit draws from `seed`. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** Mixes the run's seed and an input's number into one seed (so input n+1 is not input n shifted). */
export function inputSeed(runSeed, index) {
  let h = (runSeed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** Seeded draws: integers, picks, weighted picks, log-uniform sizes. */
export class Random {
  constructor(seed) {
    this.next32 = mulberry32(seed);
  }

  /** A float in [0, 1). */
  float() {
    return this.next32() / 2 ** 32;
  }

  /** An integer in [lo, hi]. */
  int(lo, hi) {
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }

  /** True with probability `p`. */
  chance(p) {
    return this.float() < p;
  }

  /** One element of a non-empty array. */
  pick(items) {
    return items[this.int(0, items.length - 1)];
  }

  /** One key of `{ key: weight }`, chosen in proportion to its weight. */
  weighted(weights) {
    const entries = Object.entries(weights);
    let r = this.float() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [key, w] of entries) {
      r -= w;
      if (r < 0) return key;
    }
    return entries[entries.length - 1][0];
  }

  /** An integer in [lo, hi], uniform in its logarithm: small sizes as often as huge ones. */
  logInt(lo, hi) {
    return Math.min(hi, Math.floor(Math.exp(Math.log(lo) + this.float() * (Math.log(hi + 1) - Math.log(lo)))));
  }
}
