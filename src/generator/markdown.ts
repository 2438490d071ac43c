/**
 * A small Markdown writer for the runbook: blocks (headings, paragraphs,
 * lists, tables, code) separated by one blank line. The text between backticks
 * is only ever names and commands the model has already validated; free text of
 * the model (a load balancer's product name) goes through `oneLine`, and every
 * table cell through `tableCell`.
 */
export class Markdown {
  private readonly blocks: string[] = [];

  /** An HTML comment (invisible when rendered). */
  comment(lines: readonly string[]): this {
    return this.push(`<!--\n${lines.join("\n")}\n-->`);
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

  /** A fenced shell block. */
  code(lines: readonly string[]): this {
    return this.push(["```sh", ...lines, "```"].join("\n"));
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

/** `text` as inline code. */
export function code(text: string): string {
  return `\`${text}\``;
}

/** `text` on one line: a line break in free text would end a table row, or start a heading or a list in a paragraph. */
export function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n]/g, " ");
}

/**
 * `text` as a table cell: on one line, and every `|` escaped so it does not end
 * the cell. The table strips one backslash before a `|` and the inline text
 * then reads a backslash before punctuation as an escape, so a backslash
 * already there is doubled to stay a backslash.
 */
function tableCell(text: string): string {
  return oneLine(text).replace(/(\\*)\|/g, (_, backslashes: string) => `${backslashes}${backslashes}\\|`);
}
