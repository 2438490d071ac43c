/**
 * Where the node Prettier keeps a cursor in (`formatWithCursor`, `--cursor-offset`)
 * stands in the printed text. Prettier marks a node's printed text only when the
 * printer prints that node through Prettier's `print` callback; ours prints the
 * whole file at once, so without help Prettier diffs the whole input against the
 * whole output, character by character, to move the cursor: seconds for a file
 * of a few tens of kilobytes. Knowing the node's place in the output, the plugin
 * marks it itself and Prettier diffs only that node's text.
 *
 * The output is parsed again and the node found in its tree by the same path of
 * keys: `format` keeps the tree (docs/language.md#canonical-layout), except that a TIMETMPLCOND's parts
 * come in canonical order, and that a comment may move between its clause's
 * leading and trailing comments (it is then found by its text).
 */
import type { Comment, ConfigFile, OffsetRange, TimeConditionPart } from "../ast/nodes.js";
import { parse } from "../parser/index.js";
import { canonicalPartOrder } from "../printer/print.js";

type Key = string | number;

const COMMENT_KEYS: ReadonlySet<Key> = new Set(["leadingComments", "trailingComments"]);

/** The keys from `from` down to `target` (the object-valued properties but `range`, as Prettier's visitor keys), or undefined. */
function keysTo(from: unknown, target: object): Key[] | undefined {
  if (from === target) return [];
  if (!from || typeof from !== "object") return undefined;
  for (const [key, value] of Object.entries(from)) {
    if (key === "range" || !value || typeof value !== "object") continue;
    const rest = keysTo(value, target);
    if (rest) return [Array.isArray(from) ? Number(key) : key, ...rest];
  }
  return undefined;
}

/** The comments of a clause in the output that may stand for `comment` of the input clause: those with its text. */
function sameTextIndex(clause: Record<string, unknown>, comment: Comment): number {
  const all = [...((clause.leadingComments as Comment[] | undefined) ?? []), ...((clause.trailingComments as Comment[] | undefined) ?? [])];
  return all.filter((c) => c.text === comment.text).indexOf(comment);
}

/** The node of `output` at the place of `target` in `input`, or undefined. */
function counterpart(input: ConfigFile, output: ConfigFile, target: object): { range: OffsetRange } | undefined {
  const keys = keysTo(input, target);
  if (!keys) return undefined;
  let before: unknown = input;
  let after: unknown = output;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const a = before as Record<Key, unknown>;
    const b = after as Record<Key, unknown> | undefined;
    if (!b) return undefined;
    if (COMMENT_KEYS.has(key)) {
      // A comment is a leaf: the path ends at it, one key further.
      const comment = (a[key] as Comment[])[keys[i + 1] as number]!;
      const n = sameTextIndex(a, comment);
      const candidates = [
        ...((b.leadingComments as Comment[] | undefined) ?? []),
        ...((b.trailingComments as Comment[] | undefined) ?? []),
      ].filter((c) => c.text === comment.text);
      return candidates[n];
    }
    if (key === "parts" && a.type === "TimeCondition") {
      const parts = a.parts as TimeConditionPart[];
      const index = keys[i + 1] as number;
      before = parts[index];
      after = (b.parts as TimeConditionPart[] | undefined)?.[canonicalPartOrder(parts).indexOf(parts[index]!)];
      i++;
      continue;
    }
    before = a[key];
    after = b[key];
  }
  return after && typeof after === "object" && "range" in after ? (after as { range: OffsetRange }) : undefined;
}

/** Where Prettier's cursor marks go in `printed` (the text of `input`): one or two offsets, or none. */
export function cursorMarks(
  input: ConfigFile,
  printed: string,
  place: { cursorNode?: object; nodeBeforeCursor?: object; nodeAfterCursor?: object },
): number[] {
  // Prettier marks the root itself, and a lone node before or after the cursor
  // at the start or end of the file; two marks are all a doc may hold.
  if (place.cursorNode === input || (place.cursorNode === undefined && (!place.nodeBeforeCursor || !place.nodeAfterCursor))) return [];
  const output = parse(printed).ast;
  if (place.cursorNode) {
    const node = counterpart(input, output, place.cursorNode);
    return node ? [node.range.start, node.range.end] : [];
  }
  const before = counterpart(input, output, place.nodeBeforeCursor!);
  const after = counterpart(input, output, place.nodeAfterCursor!);
  if (!before || !after || before.range.end > after.range.start) return [];
  return [before.range.end, after.range.start];
}
