/**
 * JSON parsing that says where a syntax error is. `JSON.parse` reads the value
 * (so a `__proto__` key stays an ordinary key, as the schema expects); only
 * when it fails is the error located and put in plain words
 * (`../../util/json-syntax.ts`).
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

/**
 * Parses JSON text (a leading byte-order mark is skipped and not counted in
 * columns); rejects with `JsonSyntaxError` at the line and column of the first error.
 */
export async function parseJson(text: string): Promise<unknown> {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (error) {
    // Loaded only for invalid JSON, so valid configurations do not pay for jsonc-parser at start-up.
    const { jsonSyntaxProblem } = await import("../../util/json-syntax.js");
    const { reason, line, column } = jsonSyntaxProblem(body, error);
    throw new JsonSyntaxError(reason, line, column);
  }
}
