/**
 * The scanner's tokens in compact form: three parallel typed arrays instead of
 * one object per token. A 10 MB file has half a million tokens; as objects they
 * all live until the parse ends, so the garbage collector copies every one of
 * them (twice) while the parser runs — a quarter of the parse time went there.
 * Typed arrays live outside the collected heap. The parser asks for a token
 * object only when it looks at a token ({@link TokenStream.at}), and that
 * object dies young, which costs the collector nothing.
 */
import type { IToken, TokenType } from "chevrotain";

/** What a token is: its type, and its text when every token of this kind is spelt the same. */
export interface TokenKind {
  type: TokenType;
  /** `type.tokenTypeIdx`, read once: token types are slow objects to read from. */
  idx: number;
  /** The token's text when fixed (an exact keyword or value); null when it must be read from the source. */
  image: string | null;
}

const kinds: TokenKind[] = [];
const kindIdsByType = new Map<TokenType, number>();

/** The id of a kind of token, registered on first use: `image` null means "the source text". */
export function tokenKind(type: TokenType, image: string | null = null): number {
  if (image === null) {
    const known = kindIdsByType.get(type);
    if (known !== undefined) return known;
    kindIdsByType.set(type, kinds.length);
  }
  kinds.push({ type, idx: type.tokenTypeIdx!, image });
  return kinds.length - 1;
}

/** The kind registered under `id`. */
export function kindOf(id: number): TokenKind {
  return kinds[id]!;
}

const INITIAL_CAPACITY = 256;

/** The tokens of one text, in source order. */
export class TokenStream {
  /**
   * A stream of no tokens that lives as long as the class. Besides serving as
   * the parser's idle input, it keeps the streams' hidden class alive: optimised
   * code that reads a stream depends on that class, and V8 drops both (the
   * scanner ran 3–5 times slower until re-optimised) when a full collection
   * finds no stream alive, as between two scans.
   */
  static readonly EMPTY: TokenStream = new TokenStream("");

  /** Number of tokens. */
  length = 0;
  private starts = new Int32Array(INITIAL_CAPACITY);
  private ends = new Int32Array(INITIAL_CAPACITY);
  private kindIds = new Uint16Array(INITIAL_CAPACITY);

  constructor(readonly text: string) {}

  /** Appends a token of kind `kind` (from {@link tokenKind}) covering `start`–`end`. */
  push(start: number, end: number, kind: number): void {
    const i = this.length;
    if (i === this.starts.length) this.grow();
    this.starts[i] = start;
    this.ends[i] = end;
    this.kindIds[i] = kind;
    this.length = i + 1;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const kindIds = new Uint16Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    kindIds.set(this.kindIds);
    this.starts = starts;
    this.ends = ends;
    this.kindIds = kindIds;
  }

  /** Offset of token `i`'s first character. */
  startOf(i: number): number {
    return this.starts[i]!;
  }

  /** Offset just after token `i`. */
  endOf(i: number): number {
    return this.ends[i]!;
  }

  /** Token type index (Chevrotain's `tokenTypeIdx`) of token `i`. */
  typeIdxOf(i: number): number {
    return kinds[this.kindIds[i]!]!.idx;
  }

  /** Token `i` as the object Chevrotain's parser reads: a new one at each call. */
  at(i: number): IToken {
    const kind = kinds[this.kindIds[i]!]!;
    const start = this.starts[i]!;
    // Chevrotain's parser reads only these fields; `image` is always the exact source text (`tokenEnd`).
    return { image: kind.image ?? this.text.slice(start, this.ends[i]), startOffset: start, tokenTypeIdx: kind.idx, tokenType: kind.type };
  }

  /** Index of the first token starting at or after `offset` (`length` when none does). */
  indexAt(offset: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Every token as an object: for tools and tests, not for the parser's hot path. */
  toArray(): IToken[] {
    const out = new Array<IToken>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.at(i);
    return out;
  }
}
