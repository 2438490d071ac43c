import type { Diagnostic } from "../src/index.js";

/** A deep copy of `value` without source positions, for comparing trees of different layouts. */
export function withoutRanges(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutRanges);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === "range") continue;
      out[k] = withoutRanges(v);
    }
    return out;
  }
  return value;
}

/** A deep copy of a tree without positions and without comments or blank-line marks. */
export function bareTree(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(bareTree);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === "range" || k === "leadingComments" || k === "trailingComments" || k === "danglingComments" || k === "blankLineBefore") continue;
      out[k] = bareTree(v);
    }
    return out;
  }
  return value;
}

/** `line:column code/name` of each diagnostic, the compact form tests compare. */
export function where(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.code}/${d.name}`);
}
