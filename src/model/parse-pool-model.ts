/**
 * `parsePoolModel(source, filename)`: a pool model from YAML or JSON text (JSON
 * is read as the YAML it also is). Every problem — a syntax error, a wrong shape,
 * a failed cross-field check — names its path in the model and its line and
 * column in the text, found by walking the YAML tree along the path. A file
 * named `*.json` must be JSON: its syntax errors are told in JSON's terms, since
 * YAML's (flow collections, indentation) would only puzzle its author.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import { jsonSyntaxProblem } from "../util/json-syntax.js";
import { pathText } from "./checks.js";
import { poolModelHints } from "./hints.js";
import { PoolModelError, type PoolModelIssue } from "./pool-model-error.js";
import type { PoolModel } from "./schema.js";
import { validatePoolModel, type ModelProblem } from "./validate.js";

/** Reads and validates a pool model; throws `PoolModelError` with positioned issues. */
export function parsePoolModel(source: string, filename?: string): PoolModel {
  if (filename !== undefined && /\.json$/i.test(filename)) checkJsonSyntax(source, filename);
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: true });
  const position = (offset: number): { line: number; column: number } => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  if (doc.errors.length > 0) {
    const issues = doc.errors.map((e): PoolModelIssue => ({ path: "", message: syntaxMessage(e.message), ...position(e.pos[0]) }));
    throw new PoolModelError(issues, filename);
  }

  let value: unknown;
  try {
    value = doc.toJS();
  } catch (error) {
    // An alias bomb or an unresolvable alias: report it at the start, the text has no better place.
    throw new PoolModelError([{ path: "", message: error instanceof Error ? error.message : String(error), ...position(0) }], filename);
  }

  const result = validatePoolModel(value);
  if (result.ok) return result.model;
  const located = result.problems.map((problem) => ({ problem, offset: offsetOf(doc, problem) }));
  located.sort((a, b) => a.offset - b.offset);
  throw new PoolModelError(
    located.map(({ problem, offset }) => ({ path: pathText(problem.path), message: problem.message, ...position(offset) })),
    filename,
  );
}

/** The hints about the valid model read from `source` (see `poolModelHints`), at their lines and columns. */
export function poolModelHintsIn(source: string, model: PoolModel): PoolModelIssue[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  return poolModelHints(model).map((hint) => {
    const { line, col } = lineCounter.linePos(offsetOf(doc, { path: hint.path, message: hint.message }));
    return { path: pathText(hint.path), message: hint.message, line, column: col };
  });
}

/** Throws a `PoolModelError` at the first JSON syntax error of `source`, if it has one. */
function checkJsonSyntax(source: string, filename: string): void {
  // Skipped by JSON readers and not counted in columns.
  const body = source.startsWith("\uFEFF") ? source.slice(1) : source;
  try {
    JSON.parse(body);
  } catch (error) {
    const { reason, line, column } = jsonSyntaxProblem(body, error);
    throw new PoolModelError([{ path: "", message: `invalid JSON: ${reason}`, line, column }], filename);
  }
}

/** yaml's message without its trailing "at line L, column C:" and code frame (the issue has its own position). */
function syntaxMessage(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}

/**
 * Where a problem is in the text: the value at its path; the key instead when
 * the key is what is wrong or the value is a block of its own; the nearest
 * enclosing node when the path leaves the text (a missing field).
 */
function offsetOf(doc: Document, problem: ModelProblem): number {
  let node: unknown = doc.contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  for (const [i, key] of problem.path.entries()) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair || !isScalar(pair.key)) return offset;
      const keyOffset = pair.key.range?.[0] ?? offset;
      const last = i === problem.path.length - 1;
      if (last && (problem.atKey === true || !isScalar(pair.value))) return keyOffset;
      node = pair.value;
      offset = (node as Node | null)?.range?.[0] ?? keyOffset;
    } else if (isSeq(node) && typeof key === "number") {
      const item = node.items[key];
      if (item === undefined) return offset;
      node = item;
      offset = (item as Node | null)?.range?.[0] ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}
