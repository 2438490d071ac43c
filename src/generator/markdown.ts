/**
 * A small Markdown writer for the runbook: blocks (headings, paragraphs,
 * lists, tables, code) separated by one blank line. The runbook is read on
 * GitHub, so what comes from outside — the model's file name, free text of the
 * model such as a load balancer's product — must stay text there, whatever it
 * holds: each context has its escape. Inline code goes through `code`, free
 * text through `inlineText`, every table cell through `tableCell`, comment
 * lines through `commentText`, and fenced blocks get a fence their lines
 * cannot close.
 */
import { printable } from "../util/printable.js";

/** A Markdown document, written block by block. */
export class Markdown {
  private readonly blocks: string[] = [];

  /** An HTML comment (invisible when rendered); each line goes through `commentText`. */
  comment(lines: readonly string[]): this {
    return this.push(`<!--\n${lines.map(commentText).join("\n")}\n-->`);
  }

  heading(level: 1 | 2 | 3, text: string): this {
    return this.push(`${"#".repeat(level)} ${text}`);
  }

  paragraph(text: string): this {
    return this.push(text);
  }

  /** A block quote, for warnings. */
  quote(text: string): this {
    return this.push(`> ${text}`);
  }

  list(items: readonly string[]): this {
    return items.length === 0 ? this : this.push(items.map((item) => `- ${item}`).join("\n"));
  }

  /** A table; each cell's text is made safe for a cell (`tableCell`). */
  table(header: readonly string[], rows: readonly (readonly string[])[]): this {
    const line = (cells: readonly string[]) => `| ${cells.map(tableCell).join(" | ")} |`;
    return this.push([line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n"));
  }

  /** A fenced shell block, its fence longer than any run of backticks in it. */
  code(lines: readonly string[]): this {
    const shown = lines.map((line) => printable(oneLine(line)));
    const fence = "`".repeat(Math.max(3, longestRun(shown.join("\n"), "`") + 1));
    return this.push([`${fence}sh`, ...shown, fence].join("\n"));
  }

  /** A fenced block of `info` (`mermaid`), its fence longer than any run of backticks in it. */
  fenced(info: string, text: string): this {
    const shown = text.replace(/\n$/, "").split("\n").map(printable).join("\n");
    const fence = "`".repeat(Math.max(3, longestRun(shown, "`") + 1));
    return this.push(`${fence}${info}\n${shown}\n${fence}`);
  }

  /** A paragraph naming where to run the commands, then the commands. */
  commands(where: string, lines: readonly string[]): this {
    return this.paragraph(where).code(lines);
  }

  private push(block: string): this {
    this.blocks.push(block);
    return this;
  }

  toString(): string {
    return `${this.blocks.join("\n\n")}\n`;
  }
}

/** The length of the longest run of `char` in `text`. */
function longestRun(text: string, char: string): number {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/**
 * `text` as inline code, shown exactly: delimited by more backticks than any
 * run inside it, with a space inside the delimiters when it starts or ends
 * with a backtick (CommonMark strips one such space on each side).
 */
export function code(text: string): string {
  const shown = printable(oneLine(text));
  const ticks = "`".repeat(longestRun(shown, "`") + 1);
  const pad = shown.startsWith("`") || shown.endsWith("`") ? " " : "";
  return `${ticks}${pad}${shown}${pad}${ticks}`;
}

/** `text` on one line: a line break in free text would end a table row, or start a heading or a list in a paragraph. */
export function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n]/g, " ");
}

/**
 * Free text (a product name from the model) as inline Markdown that shows it
 * as it is, inside a line: on one line, printable, and every character that
 * can start markup there backslash-escaped, so none opens HTML (`<script>`),
 * code, emphasis, a link (`http:`, `www.`, `a@b`) or an entity — but `|` as a character reference,
 * which no table reads as the end of a cell (parsers differ on `\\|`).
 */
export function inlineText(text: string): string {
  return printable(oneLine(text)).replace(/[\\`*_[\]<>&~!:@.|]/g, (c) => (c === "|" ? "&#124;" : `\\${c}`));
}

/**
 * A line of an HTML comment: printable, and `<` and `>` as character
 * references, so no `-->` (or `--!>`) inside it ends the comment early.
 */
export function commentText(text: string): string {
  return printable(oneLine(text)).replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * A cell's inline Markdown as a table cell: on one line, and every `|` preceded
 * by a backslash so it does not end the cell. The table removes exactly that
 * backslash before the inline text is read (GFM, "tables"), whatever precedes it.
 */
function tableCell(text: string): string {
  return oneLine(text).replace(/\|/g, "\\|");
}
