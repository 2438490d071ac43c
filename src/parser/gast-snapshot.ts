/**
 * A snapshot of the grammar as Chevrotain records it, so that a built parser can
 * restore it instead of recording it again at every start-up (recording runs every
 * rule once and was the largest part of start-up). The build takes the snapshot
 * from the parser it has just built and embeds it in a second build
 * (`scripts/build.mjs`); a test checks that the embedded snapshot equals a fresh
 * recording. Without a snapshot (tests running the sources) the grammar is
 * recorded as usual, and a rule missing from the snapshot is recorded too.
 */
import {
  Alternation,
  Alternative,
  NonTerminal,
  Option,
  Repetition,
  RepetitionMandatory,
  Rule,
  Terminal,
  type IProduction,
  type TokenType,
} from "chevrotain";

/** One production: its kind, its own settings, and (for containers) its children. */
export type SnapshotProduction =
  | { kind: "Terminal"; token: string; idx: number; label?: string }
  | { kind: "NonTerminal"; rule: string; idx: number; label?: string }
  | { kind: "Alternation"; idx: number; ignoreAmbiguities: boolean; hasPredicates: boolean; maxLookahead?: number; alternatives: SnapshotProduction[][] }
  | { kind: "Option" | "Repetition" | "RepetitionMandatory"; idx: number; maxLookahead?: number; definition: SnapshotProduction[] };

/** The whole grammar: each rule's definition, by rule name. */
export type GrammarSnapshot = Record<string, SnapshotProduction[]>;

/** The fields Chevrotain's productions carry at run time (its published types show fewer). */
interface Recorded {
  idx: number;
  label?: string;
  ignoreAmbiguities: boolean;
  hasPredicates: boolean;
  maxLookahead?: number;
  definition: IProduction[];
}

function snapshotOf(prod: IProduction): SnapshotProduction {
  const p = prod as unknown as Recorded;
  const label = p.label === undefined ? {} : { label: p.label };
  const maxLookahead = p.maxLookahead === undefined ? {} : { maxLookahead: p.maxLookahead };
  if (prod instanceof Terminal) return { kind: "Terminal", token: prod.terminalType.name, idx: p.idx, ...label };
  if (prod instanceof NonTerminal) return { kind: "NonTerminal", rule: prod.nonTerminalName, idx: p.idx, ...label };
  if (prod instanceof Alternation) {
    return {
      kind: "Alternation",
      idx: p.idx,
      ignoreAmbiguities: p.ignoreAmbiguities,
      hasPredicates: p.hasPredicates,
      ...maxLookahead,
      alternatives: p.definition.map((alt) => (alt as unknown as Recorded).definition.map(snapshotOf)),
    };
  }
  const kind = prod instanceof Option ? "Option" : prod instanceof Repetition ? "Repetition" : prod instanceof RepetitionMandatory ? "RepetitionMandatory" : undefined;
  if (!kind) throw new Error(`grammar snapshot: unsupported production ${prod.constructor.name}`);
  return { kind, idx: p.idx, ...maxLookahead, definition: p.definition.map(snapshotOf) };
}

/** Takes a snapshot of recorded rules. */
export function snapshotGrammar(rules: Record<string, Rule>): GrammarSnapshot {
  const out: GrammarSnapshot = {};
  for (const name of Object.keys(rules).sort()) out[name] = rules[name]!.definition.map(snapshotOf);
  return out;
}

function withSettings<P extends IProduction>(prod: P, settings: Partial<Recorded>): P {
  const target = prod as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(settings)) if (value !== undefined) target[key] = value;
  return prod;
}

function restoreProduction(s: SnapshotProduction, tokens: ReadonlyMap<string, TokenType>): IProduction {
  switch (s.kind) {
    case "Terminal": {
      const terminalType = tokens.get(s.token);
      if (!terminalType) throw new Error(`grammar snapshot: unknown token ${s.token}`);
      return new Terminal({ terminalType, idx: s.idx, ...(s.label === undefined ? {} : { label: s.label }) });
    }
    case "NonTerminal":
      return new NonTerminal({ nonTerminalName: s.rule, idx: s.idx, ...(s.label === undefined ? {} : { label: s.label }) });
    case "Alternation": {
      const alternation = new Alternation({
        idx: s.idx,
        definition: s.alternatives.map((alt) => new Alternative({ definition: alt.map((p) => restoreProduction(p, tokens)) })),
      });
      return withSettings(alternation, { ignoreAmbiguities: s.ignoreAmbiguities, hasPredicates: s.hasPredicates, maxLookahead: s.maxLookahead });
    }
    default: {
      const Kind = s.kind === "Option" ? Option : s.kind === "Repetition" ? Repetition : RepetitionMandatory;
      return withSettings(new Kind({ idx: s.idx, definition: s.definition.map((p) => restoreProduction(p, tokens)) }), { maxLookahead: s.maxLookahead });
    }
  }
}

/** Rebuilds one rule from a snapshot; `tokens` maps token names to token types. */
export function restoreRule(name: string, definition: readonly SnapshotProduction[], tokens: ReadonlyMap<string, TokenType>): Rule {
  return new Rule({ name, definition: definition.map((p) => restoreProduction(p, tokens)) });
}
