/**
 * A snapshot of the grammar as Chevrotain records it, so that a built parser can
 * restore it instead of recording it again at every start-up (recording runs every
 * rule once and was the largest part of start-up). The build takes the snapshot
 * from the parser it has just built and embeds it in a second build
 * (`scripts/build.mjs`); a test checks that the embedded snapshot equals a fresh
 * recording. Without a snapshot (tests running the sources) the grammar is
 * recorded as usual, and a rule missing from the snapshot is recorded too.
 *
 * The snapshot also holds each decision's lookahead — the tokens that choose each
 * alternative of an OR, or enter an OPTION or repetition — which Chevrotain
 * would otherwise compute from the grammar on the decision's first use: at
 * start-up, before anything is compiled, that cost as much as the rest of the
 * first parse. A decision that needs more than one token of lookahead is left to
 * Chevrotain.
 */
import {
  Alternation,
  Alternative,
  getLookaheadPaths,
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
  | {
      kind: "Alternation";
      idx: number;
      ignoreAmbiguities: boolean;
      hasPredicates: boolean;
      maxLookahead?: number;
      alternatives: SnapshotProduction[][];
    }
  | { kind: "Option" | "Repetition" | "RepetitionMandatory"; idx: number; maxLookahead?: number; definition: SnapshotProduction[] };

/** The whole grammar: each rule's definition, by rule name. */
export type GrammarSnapshot = Record<string, SnapshotProduction[]>;

/**
 * The one-token lookahead of each decision, by `rule:Kind:occurrence`: the
 * token names that choose each alternative (an OR), or a single list of the
 * token names that enter the production (an OPTION or repetition).
 */
export type LookaheadSnapshot = Record<string, string[][]>;

/** Everything a built parser restores instead of computing. */
export interface ParserSnapshot {
  rules: GrammarSnapshot;
  lookahead: LookaheadSnapshot;
}

/** How far the parser looks ahead: every decision of the grammar is made on one token. */
export const MAX_LOOKAHEAD = 1;

/** The production kinds that make a decision, as Chevrotain names them (the grammar has no separated repetitions). */
export type DecisionKind = "Alternation" | "Option" | "Repetition" | "RepetitionMandatory";

const DECISION_KINDS: ReadonlySet<string> = new Set<DecisionKind>(["Alternation", "Option", "Repetition", "RepetitionMandatory"]);

/** Whether a production kind is one the snapshot holds lookahead for. */
export function isDecisionKind(kind: string): kind is DecisionKind {
  return DECISION_KINDS.has(kind);
}

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
  const kind =
    prod instanceof Option
      ? "Option"
      : prod instanceof Repetition
        ? "Repetition"
        : prod instanceof RepetitionMandatory
          ? "RepetitionMandatory"
          : undefined;
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
      return withSettings(alternation, {
        ignoreAmbiguities: s.ignoreAmbiguities,
        hasPredicates: s.hasPredicates,
        maxLookahead: s.maxLookahead,
      });
    }
    default: {
      const Kind = s.kind === "Option" ? Option : s.kind === "Repetition" ? Repetition : RepetitionMandatory;
      return withSettings(new Kind({ idx: s.idx, definition: s.definition.map((p) => restoreProduction(p, tokens)) }), {
        maxLookahead: s.maxLookahead,
      });
    }
  }
}

/** The key of a decision in a {@link LookaheadSnapshot}. */
export function lookaheadKey(rule: string, kind: DecisionKind, occurrence: number): string {
  return `${rule}:${kind}:${occurrence}`;
}

/** Every decision of `rule`, with its kind and occurrence. */
function decisionsOf(
  definition: readonly IProduction[],
  out: { kind: DecisionKind; idx: number }[] = [],
): { kind: DecisionKind; idx: number }[] {
  for (const prod of definition) {
    const p = prod as unknown as Recorded;
    if (prod instanceof Alternation) out.push({ kind: "Alternation", idx: p.idx });
    else if (prod instanceof Option) out.push({ kind: "Option", idx: p.idx });
    else if (prod instanceof Repetition) out.push({ kind: "Repetition", idx: p.idx });
    else if (prod instanceof RepetitionMandatory) out.push({ kind: "RepetitionMandatory", idx: p.idx });
    if (p.definition && !(prod instanceof NonTerminal)) decisionsOf(p.definition, out);
  }
  return out;
}

/** Takes the lookahead of every one-token decision of recorded, resolved rules. */
export function snapshotLookahead(rules: Record<string, Rule>): LookaheadSnapshot {
  const out: LookaheadSnapshot = {};
  for (const name of Object.keys(rules).sort()) {
    const rule = rules[name]!;
    for (const { kind, idx } of decisionsOf(rule.definition)) {
      const paths = getLookaheadPaths({ occurrence: idx, rule, prodType: kind, maxLookahead: MAX_LOOKAHEAD });
      // An optional production's paths are [inside, after]; only the inside decides.
      const alternatives = kind === "Alternation" ? paths : paths.slice(0, 1);
      if (!alternatives.every((alt) => alt.every((path) => path.length === 1))) continue;
      out[lookaheadKey(name, kind, idx)] = alternatives.map((alt) => alt.map((path) => path[0]!.name));
    }
  }
  return out;
}

/** Takes the whole snapshot of a recorded parser's rules. */
export function snapshotParser(rules: Record<string, Rule>): ParserSnapshot {
  return { rules: snapshotGrammar(rules), lookahead: snapshotLookahead(rules) };
}

/** The parser as a lookahead function sees it. */
interface LookingAhead {
  LA_FAST(howMuch: number): { tokenTypeIdx?: number };
}

/** A decision's lookahead function, of the kind Chevrotain builds for one-token decisions (`buildAlternativesLookAheadFunc`, `buildSingleAlternativeLookaheadFunction`). */
export type LookaheadFunction = (this: LookingAhead) => number | boolean | undefined;

function typesOf(names: readonly string[], tokens: ReadonlyMap<string, TokenType>): TokenType[] {
  return names.map((name) => {
    const type = tokens.get(name);
    if (!type) throw new Error(`grammar snapshot: unknown token ${name}`);
    return type;
  });
}

/**
 * The lookahead function of a snapshot decision: for an OR the index of the
 * alternative the next token chooses (undefined: none), for the others whether
 * the next token enters the production. A token category chooses every token
 * type of the category, and the first alternative that names a token wins.
 */
export function lookaheadFunction(
  kind: DecisionKind,
  entry: readonly string[][],
  tokens: ReadonlyMap<string, TokenType>,
): LookaheadFunction {
  if (kind === "Alternation") {
    const choiceToAlt: Record<number, number> = {};
    entry.forEach((names, alt) => {
      for (const type of typesOf(names, tokens)) {
        for (const idx of [type.tokenTypeIdx!, ...(type.categoryMatches ?? [])]) if (!(idx in choiceToAlt)) choiceToAlt[idx] = alt;
      }
    });
    return function (this: LookingAhead) {
      return choiceToAlt[this.LA_FAST(1).tokenTypeIdx!];
    };
  }
  const entering: boolean[] = [];
  for (const type of typesOf(entry[0] ?? [], tokens))
    for (const idx of [type.tokenTypeIdx!, ...(type.categoryMatches ?? [])]) entering[idx] = true;
  return function (this: LookingAhead) {
    return entering[this.LA_FAST(1).tokenTypeIdx!] === true;
  };
}

/** Rebuilds one rule from a snapshot; `tokens` maps token names to token types. */
export function restoreRule(name: string, definition: readonly SnapshotProduction[], tokens: ReadonlyMap<string, TokenType>): Rule {
  return new Rule({ name, definition: definition.map((p) => restoreProduction(p, tokens)) });
}
