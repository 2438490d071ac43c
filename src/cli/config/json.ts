/**
 * JSON parsing that says where a syntax error is. `JSON.parse` does the work;
 * only when it fails is the text scanned again, because V8's messages give a
 * position for some errors and none for others (`Unexpected token 'x', "…"`),
 * and a user fixing a config file needs the line and column every time.
 */

/** A JSON syntax error: a short reason and its 1-based line and column. */
export class JsonSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  constructor(reason: string, line: number, column: number) {
    super(reason);
    this.name = "JsonSyntaxError";
    this.line = line;
    this.column = column;
  }
}

/** Thrown by the scan at the first error, with its offset. */
class Failure {
  constructor(
    readonly reason: string,
    readonly offset: number,
  ) {}
}

/** Deep enough for any real configuration; deeper invalid text is reported rather than overflowing the stack. */
const MAX_DEPTH = 500;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$][\w$]*/y;

function describeAt(text: string, at: number): string {
  if (at >= text.length) return "end of file";
  WORD.lastIndex = at;
  const word = WORD.exec(text);
  if (word) return `"${word[0]}"`;
  const c = text[at]!;
  return c === "\n" || c === "\r" ? "end of line" : JSON.stringify(c);
}

/** A strict JSON scanner that finds the first syntax error (it builds no value). */
class Scanner {
  private at = 0;
  constructor(private readonly text: string) {}

  run(): void {
    this.value(0);
    this.blanks();
    if (this.at < this.text.length) this.fail(`unexpected ${describeAt(this.text, this.at)} after the end of the JSON value`);
  }

  private fail(reason: string, at = this.at): never {
    throw new Failure(reason, at);
  }

  private blanks(): void {
    const t = this.text;
    while (this.at < t.length) {
      const c = t[this.at];
      if (c === " " || c === "\t" || c === "\n" || c === "\r") this.at++;
      else if (c === "/" && (t[this.at + 1] === "/" || t[this.at + 1] === "*")) this.fail("comments are not allowed in JSON");
      else return;
    }
  }

  private value(depth: number): void {
    if (depth > MAX_DEPTH) this.fail("nested too deeply");
    this.blanks();
    const c = this.text[this.at];
    if (c === "{") return this.object(depth);
    if (c === "[") return this.array(depth);
    if (c === '"') return this.string();
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return this.number();
    for (const literal of ["true", "false", "null"]) {
      if (this.text.startsWith(literal, this.at)) {
        this.at += literal.length;
        return;
      }
    }
    this.fail(`expected a value, found ${describeAt(this.text, this.at)}`);
  }

  private object(depth: number): void {
    this.at++;
    this.blanks();
    if (this.text[this.at] === "}") {
      this.at++;
      return;
    }
    for (;;) {
      this.blanks();
      if (this.text[this.at] !== '"') this.fail(`expected a property name in double quotes, found ${describeAt(this.text, this.at)}`);
      this.string();
      this.blanks();
      if (this.text[this.at] !== ":") this.fail(`expected ":" after the property name, found ${describeAt(this.text, this.at)}`);
      this.at++;
      this.value(depth + 1);
      if (this.after("}")) return;
    }
  }

  private array(depth: number): void {
    this.at++;
    this.blanks();
    if (this.text[this.at] === "]") {
      this.at++;
      return;
    }
    for (;;) {
      this.value(depth + 1);
      if (this.after("]")) return;
    }
  }

  /** After a member: `,` (and no trailing comma) continues, `close` ends. */
  private after(close: "}" | "]"): boolean {
    this.blanks();
    const c = this.text[this.at];
    if (c === close) {
      this.at++;
      return true;
    }
    if (c !== ",") this.fail(`expected "," or "${close}", found ${describeAt(this.text, this.at)}`);
    const comma = this.at++;
    this.blanks();
    if (this.text[this.at] === close) this.fail(`trailing comma before "${close}" (JSON allows none)`, comma);
    return false;
  }

  private string(): void {
    const t = this.text;
    const start = this.at++;
    for (;;) {
      const c = t[this.at];
      if (c === undefined || c === "\n" || c === "\r") this.fail("unterminated string", start);
      if (c === '"') {
        this.at++;
        return;
      }
      if (c === "\\") {
        const next = t[this.at + 1];
        if (next !== undefined && '"\\/bfnrt'.includes(next)) this.at += 2;
        else if (next === "u" && /^[0-9a-fA-F]{4}$/.test(t.slice(this.at + 2, this.at + 6))) this.at += 6;
        else this.fail("invalid escape in string");
      } else if (c < " ") {
        this.fail("control character in string (write it as an escape)");
      } else {
        this.at++;
      }
    }
  }

  private number(): void {
    NUMBER.lastIndex = this.at;
    const m = NUMBER.exec(this.text);
    if (!m) this.fail(`invalid number ${describeAt(this.text, this.at)}`);
    this.at += m[0].length;
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Parses JSON text (a leading byte-order mark is skipped and not counted in
 * columns); throws `JsonSyntaxError` with the line and column of the first error.
 */
export function parseJson(text: string): unknown {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (error) {
    let failure: Failure | undefined;
    try {
      new Scanner(body).run();
    } catch (found) {
      if (!(found instanceof Failure)) throw found;
      failure = found;
    }
    // Both parsers implement RFC 8259; should they ever disagree, V8's own message still names the problem.
    const { reason, offset } = failure ?? { reason: (error as Error).message, offset: 0 };
    const { line, column } = lineAndColumn(body, offset);
    throw new JsonSyntaxError(reason, line, column);
  }
}
