/**
 * Inline directives in `#` comments, read once before the rules run:
 *   # hpom-lint-disable-next-line <code|alias>[, …] [-- reason]   the next line holding code
 *   # hpom-lint-disable [<codes>] [-- reason] … # hpom-lint-enable [<codes>]   a range (no codes: all rules)
 * Each code of a directive that suppresses nothing is reported (HP4001), and an
 * unknown code or alias too (HP4002). Syntax errors cannot be suppressed (see config.ts).
 */
import type { Comment, OffsetRange } from "../ast/nodes.js";
import type { LineMap } from "../diagnostics/line-map.js";
import { scan } from "../lexer/scanner.js";
import { lookupCode } from "./config.js";

const MARKER = "hpom-lint-";
/** What the scanner skips between tokens on a line (docs/language.md#whitespace-and-layout). */
const BLANKS = " \t\r\f\v";
const DIRECTIVE = /^#\s*hpom-lint-(disable-next-line|disable|enable)(?=\s|$)(.*)$/;

/** What a directive needs of its comment. */
export type DirectiveComment = Pick<Comment, "text" | "range">;

/** One parsed directive comment. */
export interface Directive {
  kind: "disable-next-line" | "disable" | "enable";
  comment: DirectiveComment;
  /** Codes it names (resolved from aliases); empty means all rules. */
  codes: string[];
  /** Names that are no rule. */
  unknown: string[];
  reason: string | undefined;
}

/** One suppression: a code (or `*`) over an offset range or a line, and whether it was used. */
interface Entry {
  directive: Directive;
  code: string;
  used: boolean;
}

interface BlockEntry extends Entry {
  start: number;
  end: number;
}

interface LineEntry extends Entry {
  line: number;
}

/**
 * The blocks of one code, in source order, and the runs of them that suppressed a diagnostic.
 * All blocks of a code open at one time are closed by the same enable, so their ends never
 * decrease in source order: the blocks holding an offset are one run, found by two binary
 * searches, and the runs are marked used once, in `settle`, not block by block per diagnostic.
 */
class CodeBlocks {
  readonly entries: BlockEntry[] = [];
  /** Per entry index, +1 where a used run starts and -1 after it ends. */
  private marks: number[] = [];

  /** Whether a block holds `offset`; remembers the run of those that do. */
  hit(offset: number): boolean {
    const e = this.entries;
    // First block ending after offset; last block starting at or before it.
    const from = firstIndex(e.length, (i) => e[i]!.end > offset);
    const to = firstIndex(e.length, (i) => e[i]!.start > offset) - 1;
    if (from > to) return false;
    if (this.marks.length === 0) this.marks = new Array<number>(e.length + 1).fill(0);
    this.marks[from]!++;
    this.marks[to + 1]!--;
    return true;
  }

  /** Sets `used` on every block in a run that suppressed something. */
  settle(): void {
    let depth = 0;
    for (let i = 0; i < this.entries.length; i++) {
      depth += this.marks[i] ?? 0;
      this.entries[i]!.used = depth > 0;
    }
  }
}

/** The first index in `[0, length)` for which `test` holds, given that it holds from some index on; `length` if none. */
function firstIndex(length: number, test: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A problem with a directive, to be turned into HP4001/HP4002 diagnostics. */
export interface DirectiveProblem {
  code: "HP4001" | "HP4002";
  range: OffsetRange;
  message: string;
  fix?: { range: OffsetRange; text: string };
}

/**
 * The comments that may hold a directive, in source order: those on a line that
 * mentions "hpom-lint-". Found in the text, not the tree: collecting every
 * comment of every clause cost a tenth of `lint` on a large file, and a file has
 * few directives. A comment runs to the end of its line and a string never spans
 * lines, so lexing such a line on its own finds its comments exactly.
 */
function directiveComments(text: string, lines: LineMap): DirectiveComment[] {
  const out: DirectiveComment[] = [];
  let lastLine = 0;
  for (let at = text.indexOf(MARKER); at !== -1; at = text.indexOf(MARKER, at + MARKER.length)) {
    const { line } = lines.position(at);
    if (line === lastLine) continue;
    lastLine = line;
    const start = lines.lineStarts[line - 1]!;
    const end = lines.lineStarts[line] ?? text.length;
    const own = ownLineComment(text, start, end);
    if (own) out.push(own);
    else
      for (const c of scan(text.slice(start, end)).comments)
        out.push({ text: c.text, range: { start: start + c.start, end: start + c.end } });
  }
  return out;
}

/**
 * The comment of a line that holds only blanks before its `#`, as the scanner reads it (without
 * the CRs that end it); undefined for other lines. Most directives stand alone on their line,
 * and scanning each on its own cost more than the rest of reading them.
 */
function ownLineComment(text: string, start: number, end: number): DirectiveComment | undefined {
  let from = start;
  while (from < end && BLANKS.includes(text[from]!)) from++;
  if (text[from] !== "#") return undefined;
  let to = end;
  if (text[to - 1] === "\n") to--;
  while (to > from && text[to - 1] === "\r") to--;
  return { text: text.slice(from, to), range: { start: from, end: to } };
}

/** The directive a comment holds, if any. */
export function parseDirective(comment: DirectiveComment): Directive | undefined {
  const m = DIRECTIVE.exec(comment.text);
  if (!m) return undefined;
  const rest = m[2]!;
  const dash = rest.indexOf("--");
  const list = dash < 0 ? rest : rest.slice(0, dash);
  const reason = dash < 0 ? undefined : rest.slice(dash + 2).trim() || undefined;
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const name of list.split(/[\s,]+/)) {
    if (name === "") continue;
    const known = lookupCode(name);
    if (known) {
      if (!codes.includes(known.code)) codes.push(known.code);
    } else unknown.push(name);
  }
  return { kind: m[1] as Directive["kind"], comment, codes, unknown, reason };
}

function label(codes: string[]): string {
  return codes.length === 0 ? "all rules" : codes.map((c) => `${c} (${lookupCode(c)!.name})`).join(", ");
}

/** The directives of one file and what they suppress. */
export class Directives {
  /** Block suppressions by code (`*` for all rules). */
  private readonly blocks = new Map<string, CodeBlocks>();
  /** Next-line suppressions by line, then code; the keys of those used are in `usedLines`. */
  private readonly lineEntries = new Map<number, Map<string, LineEntry[]>>();
  private readonly usedLines = new Set<LineEntry[]>();
  private readonly problems: DirectiveProblem[] = [];
  private readonly directives: { directive: Directive; entries: Entry[] }[] = [];
  /** `nextCodeLine`'s last search: lines from `from` up to `found` (to the end when 0) hold no code. */
  private lastSearch = { from: Infinity, found: 0 };

  constructor(
    private readonly text: string,
    private readonly lines: LineMap,
  ) {
    // The blocks not closed yet, by code: an enable closes those of its codes (all for none).
    const open = new Map<string, BlockEntry[]>();
    for (const comment of directiveComments(text, lines)) {
      const d = parseDirective(comment);
      if (!d) continue;
      const entries: Entry[] = [];
      this.directives.push({ directive: d, entries });
      for (const name of d.unknown) {
        this.problems.push({
          code: "HP4002",
          range: comment.range,
          message: `hpom-lint-${d.kind} names ${JSON.stringify(name)}, which is no rule code or alias; see docs/rules/README.md`,
        });
      }
      if (d.unknown.length > 0 && d.codes.length === 0) continue;
      const codes = d.codes.length === 0 ? ["*"] : d.codes;
      if (d.kind === "disable-next-line") {
        const line = this.nextCodeLine(this.lines.position(comment.range.start).line);
        for (const code of codes) {
          const entry: LineEntry = { directive: d, code, used: false, line };
          entries.push(entry);
          this.lineEntriesOf(line, code).push(entry);
        }
      } else if (d.kind === "disable") {
        for (const code of codes) {
          const entry: BlockEntry = { directive: d, code, used: false, start: comment.range.end, end: Infinity };
          entries.push(entry);
          let own = this.blocks.get(code);
          if (!own) this.blocks.set(code, (own = new CodeBlocks()));
          own.entries.push(entry);
          const list = open.get(code);
          if (list) list.push(entry);
          else open.set(code, [entry]);
        }
      } else {
        let closed = 0;
        for (const code of d.codes.length === 0 ? [...open.keys()] : d.codes) {
          for (const e of open.get(code) ?? []) e.end = comment.range.start;
          closed += open.get(code)?.length ?? 0;
          open.delete(code);
        }
        if (closed === 0) {
          this.problems.push({
            code: "HP4001",
            range: comment.range,
            message: `hpom-lint-enable for ${label(d.codes)} has no matching hpom-lint-disable before it; remove it`,
            fix: this.removal(comment),
          });
        }
      }
    }
  }

  private lineEntriesOf(line: number, code: string): LineEntry[] {
    let byCode = this.lineEntries.get(line);
    if (!byCode) this.lineEntries.set(line, (byCode = new Map<string, LineEntry[]>()));
    let list = byCode.get(code);
    if (!list) byCode.set(code, (list = []));
    return list;
  }

  /**
   * The first line after `line` that holds something other than blanks and a comment (0 if none).
   * Directives come in source order: when the last search crossed the lines after `line`, its
   * answer holds, so a file of directives is read once, not once per directive.
   */
  private nextCodeLine(line: number): number {
    const last = this.lastSearch;
    if (last.from <= line + 1 && (last.found === 0 || line < last.found)) return last.found;
    const starts = this.lines.lineStarts;
    let found = 0;
    for (let l = line + 1; l <= starts.length; l++) {
      const end = l < starts.length ? starts[l]! : this.text.length;
      const content = this.text.slice(starts[l - 1], end).trim();
      if (content !== "" && !content.startsWith("#")) {
        found = l;
        break;
      }
    }
    this.lastSearch = { from: line + 1, found };
    return found;
  }

  /** Whether a diagnostic of `code` starting at `offset` is suppressed; marks the directive used. */
  suppresses(code: string, offset: number): boolean {
    let hit = false;
    const byCode = this.lineEntries.size > 0 ? this.lineEntries.get(this.lines.position(offset).line) : undefined;
    for (const key of ["*", code]) {
      const own = byCode?.get(key);
      if (own) {
        this.usedLines.add(own);
        hit = true;
      }
      if (this.blocks.get(key)?.hit(offset)) hit = true;
    }
    return hit;
  }

  /**
   * Problems with the directives, including unused ones; call after every `suppresses`.
   * `unjudged` holds the codes of rules that did not look at this file in this run (a pooling
   * rule without a pool model, `self-forward` without `server`…): whether a directive for them
   * suppresses something cannot be told here, and calling it unused would let `--fix` delete a
   * directive that another run needs.
   */
  report(unjudged: ReadonlySet<string> = new Set()): DirectiveProblem[] {
    for (const list of this.usedLines) for (const e of list) e.used = true;
    for (const own of this.blocks.values()) own.settle();
    const out = [...this.problems];
    for (const { directive: d, entries: own } of this.directives) {
      const unused = own.filter((e) => !e.used && !unjudged.has(e.code));
      if (unused.length === 0) continue;
      const what = `hpom-lint-${d.kind}`;
      if (unused.length === own.length) {
        out.push({
          code: "HP4001",
          range: d.comment.range,
          message: `${what} for ${label(d.codes)} suppresses nothing; remove it`,
          fix: this.removal(d.comment),
        });
      } else {
        for (const e of unused)
          out.push({
            code: "HP4001",
            range: d.comment.range,
            message: `${what}: ${label([e.code])} suppresses nothing here; remove it from the list`,
          });
      }
    }
    return out;
  }

  /** An edit deleting a comment: its whole line when it stands alone, else the comment and the blanks before it. */
  private removal(comment: DirectiveComment): { range: OffsetRange; text: string } {
    const { line } = this.lines.position(comment.range.start);
    const lineStart = this.lines.lineStarts[line - 1]!;
    const before = this.text.slice(lineStart, comment.range.start);
    if (before.trim() === "") {
      const next = this.lines.lineStarts[line] ?? comment.range.end;
      return { range: { start: lineStart, end: Math.max(next, comment.range.end) }, text: "" };
    }
    let start = comment.range.start;
    while (start > lineStart && (this.text[start - 1] === " " || this.text[start - 1] === "\t")) start--;
    return { range: { start, end: comment.range.end }, text: "" };
  }
}
