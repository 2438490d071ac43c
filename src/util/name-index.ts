/**
 * `closest` over a fixed list of names the file defines, for a rule that asks once per reference.
 * Comparing every reference with every name was quadratic (16,000 typos against as many templates
 * took a minute), and one pair of long names cost the product of their lengths. Here the names
 * share a trie, walked with one row of the edit-distance table per character, cut to the band of
 * cells within the allowed distance: a query visits only the prefixes that stay within it.
 * The answers are `closest`'s: the one name at the smallest distance within `max`, else none.
 */

interface TrieNode {
  children: Map<number, TrieNode>;
  /** The names spelt by the path to this node (compared case-insensitively, so several may). */
  names: string[];
}

/** Names indexed for `closest`-style suggestions. */
export class NameIndex {
  private readonly root: TrieNode = { children: new Map(), names: [] };

  constructor(names: Iterable<string>) {
    for (const name of names) {
      const key = name.toUpperCase();
      let node = this.root;
      for (let i = 0; i < key.length; i++) {
        const c = key.charCodeAt(i);
        let next = node.children.get(c);
        if (!next) node.children.set(c, (next = { children: new Map(), names: [] }));
        node = next;
      }
      if (!node.names.includes(name)) node.names.push(name);
    }
  }

  /** The name closest to `word` (case-insensitively) within `max` edits; undefined when none is, or two are equally close. */
  closest(word: string, max: number): string | undefined {
    const w = word.toUpperCase();
    // The smallest distance first: the first that finds a name has found all names at that distance.
    for (let limit = 0; limit <= max; limit++) {
      const found = new Set<string>();
      new BandSearch(w, limit, found).run(this.root);
      if (found.size > 0) return found.size === 1 ? [...found][0] : undefined;
    }
    return undefined;
  }
}

/**
 * One walk of the trie for the names within `limit` edits of `word` (optimal string alignment, as
 * `editDistance`). Row i holds the cells j = i - limit … i + limit only; the others exceed `limit`.
 */
class BandSearch {
  private readonly width: number;
  private readonly far: number;

  constructor(
    private readonly word: string,
    private readonly limit: number,
    private readonly found: Set<string>,
  ) {
    this.width = 2 * limit + 1;
    this.far = limit + 1;
  }

  run(root: TrieNode): void {
    const first = new Array<number>(this.width);
    // Row 0: cell j is j (delete j characters of the word); band index t is j + limit.
    for (let t = 0; t < this.width; t++) {
      const j = t - this.limit;
      first[t] = j < 0 || j > this.word.length ? this.far : j;
    }
    this.collect(root, 0, first);
    // An explicit stack: a name may be as long as a line, too deep for recursion.
    const stack: { node: TrieNode; depth: number; prev: number[]; prev2: number[] | null; prevChar: number }[] = [
      { node: root, depth: 0, prev: first, prev2: null, prevChar: -1 },
    ];
    while (stack.length > 0) {
      const { node, depth, prev, prev2, prevChar } = stack.pop()!;
      for (const [c, child] of node.children) {
        const row = this.row(depth + 1, c, prev, prev2, prevChar);
        if (row === null) continue;
        this.collect(child, depth + 1, row);
        if (child.children.size > 0) stack.push({ node: child, depth: depth + 1, prev: row, prev2: prev, prevChar: c });
      }
    }
  }

  /** Row `i` for name character `c`, or null when every cell exceeds the limit (no longer name can come back within it). */
  private row(i: number, c: number, prev: number[], prev2: number[] | null, prevChar: number): number[] | null {
    const { word, limit, width, far } = this;
    const cur = new Array<number>(width);
    let rowMin = far;
    for (let t = 0; t < width; t++) {
      const j = i + t - limit;
      let d = far;
      if (j === 0) d = i;
      else if (j > 0 && j <= word.length) {
        const cost = word.charCodeAt(j - 1) === c ? 0 : 1;
        // Neighbours in band indexes: (i-1, j) is t+1 of prev, (i, j-1) is t-1 of cur, (i-1, j-1) and (i-2, j-2) are t.
        d = prev[t]! + cost;
        if (t + 1 < width) d = Math.min(d, prev[t + 1]! + 1);
        if (t > 0) d = Math.min(d, cur[t - 1]! + 1);
        if (prev2 && j > 1 && c === word.charCodeAt(j - 2) && prevChar === word.charCodeAt(j - 1)) d = Math.min(d, prev2[t]! + 1);
      }
      cur[t] = Math.min(d, far);
      if (cur[t]! < rowMin) rowMin = cur[t]!;
    }
    return rowMin > limit ? null : cur;
  }

  /** Adds the names ending at `node` when the whole word is within the limit of them. */
  private collect(node: TrieNode, depth: number, row: number[]): void {
    if (node.names.length === 0) return;
    const t = this.word.length - depth + this.limit;
    if (t >= 0 && t < this.width && row[t]! <= this.limit) for (const name of node.names) this.found.add(name);
  }
}
