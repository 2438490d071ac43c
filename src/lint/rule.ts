/**
 * What a rule is: its metadata (code, alias, default severity, docs) and a
 * `create(context)` that returns a visitor. The engine walks the tree once per
 * `lint` and calls, for every node, the handler of each enabled rule named after
 * the node's `type`; `"<type>:exit"` handlers run after the node's children.
 */
import type { AstNode, ConfigFile, OffsetRange } from "../ast/nodes.js";
import type { Severity } from "../diagnostics/diagnostic.js";
import type { LineMap } from "../diagnostics/line-map.js";
import type { Dialect } from "../files/dialect.js";
import type { FileKind, FlexibleKind } from "../files/file-kind.js";
import type { Topology } from "../model/topology.js";

/** Metadata of a rule, as exported in `rules` and listed by `hpom-lint rules`. */
export interface RuleMeta {
  /** Stable code such as `HP2001`; never reused. */
  code: string;
  /** Readable alias such as `undefined-time-template`. */
  name: string;
  /** Default severity. */
  severity: Severity;
  /** One sentence: what the rule finds. */
  description: string;
  /** Path of the rule's doc page, relative to the repository root. */
  docs: string;
  /** Whether (some of) its diagnostics carry a mechanical fix. */
  fixable: boolean;
}

/** An edit in offsets: replace `range` of the source with `text`. */
export interface OffsetFix {
  range: OffsetRange;
  text: string;
}

/** What a rule reports: a node or an offset range, a message and an optional fix. */
export type ReportDescriptor = ({ node: { range: OffsetRange }; range?: undefined } | { range: OffsetRange; node?: undefined }) & {
  message: string;
  fix?: OffsetFix;
};

/** The settings of one `lint`, resolved once and shared by every rule. */
export interface RuleSettings {
  /** The pool model resolved; undefined without a model, or with one whose shape cannot be read. */
  readonly topology: Topology | undefined;
  /** The `server` option: the pool, member, virtual interface or sender whose file this is. */
  readonly server: string | undefined;
  /** The HPOM product the file is for. */
  readonly dialect: Dialect;
  /** The kind the `kind` option gives, never one taken from the name or the content. */
  readonly declaredKind: FileKind | undefined;
}

/** What a rule sees of the file being linted. */
export interface RuleContext {
  /** The tree of the whole file. */
  readonly ast: ConfigFile;
  /** The source text. */
  readonly text: string;
  readonly filename: string | undefined;
  /**
   * The file kind, from the options, the file name or the content; undefined when none of them
   * tells, and for a `bbc_inst_defaults` file (only the rules of `BBC_INST_DEFAULTS_RULES` see one).
   */
  readonly kind: FlexibleKind | undefined;
  /** Offsets to 1-based lines and columns (e.g. for "first at line N"). */
  readonly lines: LineMap;
  /** The options of `lint` as rules read them, built once per `lint`. */
  readonly settings: RuleSettings;
  /**
   * `compute(context)`, called once per `lint` whichever rule asks first: for what several rules
   * derive from the same tree (the forwarding rules of a large msgforw).
   */
  shared<T>(compute: (context: RuleContext) => T): T;
  /** Reports a finding at a node or an offset range. */
  report(descriptor: ReportDescriptor): void;
}

type NodeOfType<T extends string> = Extract<AstNode, { type: T }>;

/** Handlers by node type; `"<type>:exit"` runs after the node's children. */
export type Visitor = {
  [T in AstNode["type"]]?: (node: NodeOfType<T>) => void;
} & {
  [T in AstNode["type"] as `${T}:exit`]?: (node: NodeOfType<T>) => void;
};

/** A rule: metadata plus the factory of its visitor (called once per `lint`). */
export interface Rule extends RuleMeta {
  /**
   * The visitor for one file; an empty one when the rule does not apply to the file (another file
   * kind, no pool model, no `server`…), which also keeps HP4001 from calling directives for it unused.
   */
  create(context: RuleContext): Visitor;
}

/** Declares a rule; checks the shape of its code and alias. */
export function defineRule(rule: Rule): Rule {
  if (!/^HP[2-9]\d{3}$/.test(rule.code)) throw new Error(`rule code ${rule.code} must be HP2000-HP9999 (HP1xxx are syntax codes)`);
  if (!/^[a-z][a-z0-9-]*$/.test(rule.name)) throw new Error(`rule alias ${rule.name} must be kebab-case`);
  return Object.freeze(rule);
}

/** The metadata of a rule without its implementation. */
export function metaOf(rule: RuleMeta): RuleMeta {
  const { code, name, severity, description, docs, fixable } = rule;
  return { code, name, severity, description, docs, fixable };
}
