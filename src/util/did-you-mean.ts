/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and
 * swaps of two neighbouring characters each cost 1. Stops early once the
 * distance is known to exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The candidate closest to `word` (case-insensitively) within `max` edits, or
 * undefined when none is close enough or two are equally close.
 */
export function closest(word: string, candidates: Iterable<string>, max: number): string | undefined {
  const w = word.toUpperCase();
  let best: string | undefined;
  let bestDistance = max + 1;
  let tie = false;
  for (const c of candidates) {
    const d = editDistance(w, c.toUpperCase(), bestDistance);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance && c !== best) {
      tie = true;
    }
  }
  return tie ? undefined : best;
}

/** How many edits a word of this length may be from what was meant and still count as a typo. */
export function typoBudget(length: number): number {
  return length < 4 ? 0 : length < 10 ? 1 : 2;
}

/**
 * The one candidate that `word` abbreviates (`Mon` → `Monday`), compared
 * case-insensitively; undefined when none or several start with it.
 */
export function expandAbbreviation(word: string, candidates: readonly string[]): string | undefined {
  if (word.length < 2) return undefined;
  const w = word.toUpperCase();
  const matches = candidates.filter((c) => c.toUpperCase().startsWith(w) && c.length > word.length);
  return matches.length === 1 ? matches[0] : undefined;
}
