/** Fixes that delete a clause without touching anything the user wrote around it. */
import type { OffsetRange } from "../ast/nodes.js";
import type { OffsetFix } from "../lint/rule.js";

function isBlank(c: string | undefined): boolean {
  return c === " " || c === "\t";
}

/**
 * A fix that deletes the clause at `range`: with its whole line when nothing
 * else stands on it, else with the blanks that separate it from its neighbour.
 * Undefined when a comment lies inside the clause, since deleting it would lose
 * the comment.
 */
export function removalFix(text: string, range: OffsetRange): OffsetFix | undefined {
  if (containsComment(text, range)) return undefined;
  let before = range.start;
  while (isBlank(text[before - 1])) before--;
  let after = range.end;
  while (isBlank(text[after])) after++;
  const startsLine = before === 0 || text[before - 1] === "\n";
  const endsLine = after === text.length || text[after] === "\n" || text[after] === "\r";
  if (startsLine && endsLine) {
    if (text[after] === "\r") after++;
    if (text[after] === "\n") after++;
    return { range: { start: before, end: after }, text: "" };
  }
  // Something else shares the line: keep the indentation when the clause opens it.
  return startsLine ? { range: { start: range.start, end: after }, text: "" } : { range: { start: before, end: range.end }, text: "" };
}

/** Whether a `#` comment starts inside `range` (which starts outside a string). */
function containsComment(text: string, range: OffsetRange): boolean {
  let inString = false;
  for (let i = range.start; i < range.end; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"' || c === "\n") inString = false;
    } else if (c === '"') {
      inString = true;
    } else if (c === "#") {
      return true;
    }
  }
  return false;
}
