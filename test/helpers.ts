import { expect } from "vitest";
import type { Comment, ConfigFile, Diagnostic } from "../src/index.js";
import { canonicalPartOrder } from "../src/printer/print.js";

/** `text` with the one fix `d` offers applied (the test fails when it offers none). */
export function applyFix(text: string, d: Diagnostic): string {
  expect(d.fix, `${d.code} offers no fix`).toBeDefined();
  return text.slice(0, d.fix!.range.start.offset) + d.fix!.text + text.slice(d.fix!.range.end.offset);
}

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
      if (k === "range" || k === "leadingComments" || k === "trailingComments" || k === "danglingComments" || k === "blankLineBefore")
        continue;
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

/** Every comment in the tree, wherever it is attached, in source order (a generic walk of the object). */
export function allComments(tree: unknown): Comment[] {
  const out: Comment[] = [];
  const seen = new Set<object>();
  const walk = (value: unknown): void => {
    if (!value || typeof value !== "object" || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const v of value) walk(v);
      return;
    }
    const node = value as Record<string, unknown>;
    if (node.type === "Comment" && typeof node.text === "string") {
      out.push(node as unknown as Comment);
      return;
    }
    for (const v of Object.values(node)) walk(v);
  };
  walk(tree);
  return out.sort((a, b) => a.range.start - b.range.start);
}

/** The texts of every comment in a tree, sorted: the multiset formatting must keep. */
export function commentTexts(tree: unknown): string[] {
  return allComments(tree)
    .map((c) => c.text)
    .sort();
}

/**
 * A copy of the tree with every TIMETMPLCOND's parts in the order `print` writes
 * them: the one meaning-free change of structure `format` makes.
 */
export function withCanonicalPartOrder(ast: ConfigFile): ConfigFile {
  const copy = structuredClone(ast);
  for (const template of copy.timeTemplates?.templates ?? []) {
    for (const condition of template.conditions?.conditions ?? []) condition.parts = canonicalPartOrder(condition.parts);
  }
  return copy;
}

/**
 * A sender's msgforw (server s1.example.com) forwarding to a pool member, under a directive for
 * two rules that run only with a pool model (HP3003) or a server (HP2037).
 */
export const FORWARDING_WITH_POOL_DIRECTIVE = [
  "TIMETEMPLATES",
  "RESPMGRCONFIGS",
  "  RESPMGRCONFIG",
  '    DESCRIPTION "forwarding"',
  "    MSGTARGETRULES",
  "      MSGTARGETRULE",
  '        DESCRIPTION "all to the pool"',
  "        MSGTARGETRULECONDS",
  "        MSGTARGETMANAGERS",
  "          MSGTARGETMANAGER",
  '            TIMETEMPLATE "$OPC_ALWAYS"',
  "            # hpom-lint-disable-next-line forward-to-physical, self-forward -- the V is not routed yet",
  '            OPCMGR IP 0.0.0.0 "m1.example.com"',
  "",
].join("\n");
