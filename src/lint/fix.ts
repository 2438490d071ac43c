/**
 * Applying the safe, mechanical fixes diagnostics carry. Fixes of one pass never
 * overlap (an overlapping one waits for the next pass, after re-linting), and
 * passes repeat until nothing is left to fix or the pass limit is reached, so
 * fixes that enable other fixes converge and a pair that undoes each other
 * cannot loop forever. Only text a diagnostic points at is touched.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { lint, type LintOptions } from "./lint.js";

/** Passes `fixText` makes at most. */
export const MAX_FIX_PASSES = 10;

/** What `fixText` did. */
export interface FixResult {
  /** The text with every fix applied. */
  output: string;
  /** How many fixes were applied, over all passes. */
  applied: number;
  /** How many lint-and-fix passes ran. */
  passes: number;
  /** The diagnostics of the fixed text: what is left to do by hand. */
  remaining: Diagnostic[];
}

/** Applies the non-overlapping fixes of `diagnostics` to `text`; returns the text and how many were applied. */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): { output: string; applied: number } {
  const fixes = diagnostics
    .flatMap((d) => (d.fix ? [{ start: d.fix.range.start.offset, end: d.fix.range.end.offset, text: d.fix.text }] : []))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const chosen: typeof fixes = [];
  let reached = -1;
  let lastStart = -1;
  for (const f of fixes) {
    // Overlapping ranges, or two edits starting at one place, would edit each other's text.
    if (f.start < reached || f.start === lastStart) continue;
    chosen.push(f);
    reached = f.end;
    lastStart = f.start;
  }
  // The pieces joined once: splicing each fix into the whole text copied it once per fix.
  const pieces: string[] = [];
  let at = 0;
  for (const f of chosen) {
    pieces.push(text.slice(at, f.start), f.text);
    at = f.end;
  }
  pieces.push(text.slice(at));
  return { output: pieces.join(""), applied: chosen.length };
}

/** Lints `text` and applies every safe fix, re-linting between passes, until nothing changes. */
export function fixText(text: string, options: LintOptions = {}): FixResult {
  let output = text;
  let applied = 0;
  let passes = 0;
  let diagnostics = lint(output, options);
  while (passes < MAX_FIX_PASSES) {
    const pass = applyFixes(output, diagnostics);
    if (pass.applied === 0 || pass.output === output) break;
    passes++;
    applied += pass.applied;
    output = pass.output;
    diagnostics = lint(output, options);
  }
  return { output, applied, passes, remaining: diagnostics };
}
