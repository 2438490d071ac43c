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
    for (const c of scan(text.slice(start, end)).comments) out.push({ text: c.text, range: { start: start + c.start, end: start + c.end } });
  }
  return out;
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
  private readonly blocks: BlockEntry[] = [];
  private readonly lineEntries: LineEntry[] = [];
  private readonly problems: DirectiveProblem[] = [];
  private readonly directives: Directive[] = [];

  constructor(private readonly text: string, private readonly lines: LineMap) {
    const open: BlockEntry[] = [];
    for (const comment of directiveComments(text, lines)) {
      const d = parseDirective(comment);
      if (!d) continue;
      this.directives.push(d);
      for (const name of d.unknown) {
        this.problems.push({ code: "HP4002", range: comment.range, message: `hpom-lint-${d.kind} names ${JSON.stringify(name)}, which is no rule code or alias; see docs/rules/README.md` });
      }
      if (d.unknown.length > 0 && d.codes.length === 0) continue;
      const codes = d.codes.length === 0 ? ["*"] : d.codes;
      if (d.kind === "disable-next-line") {
        const line = this.nextCodeLine(this.lines.position(comment.range.start).line);
        for (const code of codes) this.lineEntries.push({ directive: d, code, used: false, line });
      } else if (d.kind === "disable") {
        for (const code of codes) {
          const entry: BlockEntry = { directive: d, code, used: false, start: comment.range.end, end: Infinity };
          this.blocks.push(entry);
          open.push(entry);
        }
      } else {
        const closes = open.filter((e) => d.codes.length === 0 || d.codes.includes(e.code));
        for (const e of closes) {
          e.end = comment.range.start;
          open.splice(open.indexOf(e), 1);
        }
        if (closes.length === 0) {
          this.problems.push({ code: "HP4001", range: comment.range, message: `hpom-lint-enable for ${label(d.codes)} has no matching hpom-lint-disable before it; remove it`, fix: this.removal(comment) });
        }
      }
    }
  }

  /** The first line after `line` that holds something other than blanks and a comment (0 if none). */
  private nextCodeLine(line: number): number {
    const starts = this.lines.lineStarts;
    for (let l = line + 1; l <= starts.length; l++) {
      const end = l < starts.length ? starts[l]! : this.text.length;
      const content = this.text.slice(starts[l - 1]!, end).trim();
      if (content !== "" && !content.startsWith("#")) return l;
    }
    return 0;
  }

  /** Whether a diagnostic of `code` starting at `offset` is suppressed; marks the directive used. */
  suppresses(code: string, offset: number): boolean {
    const line = this.lines.position(offset).line;
    let hit = false;
    for (const e of this.lineEntries) {
      if (e.line === line && (e.code === "*" || e.code === code)) hit = e.used = true;
    }
    for (const e of this.blocks) {
      if (offset >= e.start && offset < e.end && (e.code === "*" || e.code === code)) hit = e.used = true;
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
    const out = [...this.problems];
    const entries: Entry[] = [...this.lineEntries, ...this.blocks];
    for (const d of this.directives) {
      const own = entries.filter((e) => e.directive === d);
      const unused = own.filter((e) => !e.used && !unjudged.has(e.code));
      if (unused.length === 0) continue;
      const what = `hpom-lint-${d.kind}`;
      if (unused.length === own.length) {
        out.push({ code: "HP4001", range: d.comment.range, message: `${what} for ${label(d.codes)} suppresses nothing; remove it`, fix: this.removal(d.comment) });
      } else {
        for (const e of unused) out.push({ code: "HP4001", range: d.comment.range, message: `${what}: ${label([e.code])} suppresses nothing here; remove it from the list` });
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
