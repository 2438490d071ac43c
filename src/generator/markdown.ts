/**
 * A small Markdown writer for the runbook: blocks (headings, paragraphs,
 * lists, tables, code) separated by one blank line. The text between backticks
 * is only ever names and commands the model has already validated.
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

  table(header: readonly string[], rows: readonly (readonly string[])[]): this {
    const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
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
