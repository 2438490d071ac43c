/**
 * `lint(text, options)`: parse, read the inline directives, walk the tree once
 * calling every enabled rule's handlers, then merge syntax and rule diagnostics,
 * apply the configured levels and the directives, sort and de-duplicate.
 *
 * Never throws on any text: a rule that throws becomes one HP1000
 * internal-error diagnostic naming the rule, and the other rules still run.
 * An invalid `rules` option throws `LintConfigError` before anything is read.
 */
import type { AstNode } from "../ast/nodes.js";
import { forEachChild } from "../ast/walk.js";
import type { Diagnostic, Severity } from "../diagnostics/diagnostic.js";
import { LineMap } from "../diagnostics/line-map.js";
import { SYNTAX } from "../diagnostics/syntax-codes.js";
import { DEFAULT_DIALECT, type Dialect } from "../files/dialect.js";
import { fileKindFromName, type FileKind } from "../files/file-kind.js";
import { inferFileKind } from "../files/infer-kind.js";
import type { PoolModel } from "../model/schema.js";
import { resolveTopology } from "../model/topology.js";
import { parse } from "../parser/parse.js";
import { ALL_RULES, BBC_INST_DEFAULTS_RULES, DIRECTIVE_RULES } from "../rules/index.js";
import { isMandatory, lookupCode, resolveRuleLevels, type RuleLevel } from "./config.js";
import { Directives } from "./directives.js";
import type { OffsetFix, Rule, RuleContext, RuleSettings } from "./rule.js";

/** Options of `lint`. */
export interface LintOptions {
  /** Set on every diagnostic; also gives the file kind when `kind` is not set. */
  filename?: string;
  /** The file kind; taken from `filename` when not given, else from the content (`inferFileKind`). */
  kind?: FileKind;
  /** The HPOM product the file is for; `omw` makes a `msgforw` an HPOM for Windows server-based policy. Default `omu`. */
  dialect?: Dialect;
  /** The pool model, for the pooling rules (HP3xxx); a shape they cannot read turns them off. */
  pool?: PoolModel;
  /** FQDN of the management server whose file this is. */
  server?: string;
  /** Levels by rule code or alias; unknown names throw `LintConfigError`. */
  rules?: Record<string, RuleLevel>;
}

/** A finding in offsets, before positions and levels are applied. */
interface RawFinding {
  code: string;
  name: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  fix?: OffsetFix;
}

type Handler = (node: AstNode) => void;

interface Bound {
  rule: Rule;
  fn: Handler;
}

/** Lints one flexible-management file. */
export function lint(text: string, options: LintOptions = {}): Diagnostic[] {
  return lintWithRules(text, options, ALL_RULES);
}

/** `lint` with a given rule set (for tests and embedders with rules of their own). */
export function lintWithRules(text: string, options: LintOptions, ruleSet: readonly Rule[]): Diagnostic[] {
  const levels = resolveRuleLevels(options.rules);
  if (typeof text !== "string") text = String(text);
  try {
    return lintChecked(text, options, levels, ruleSet);
  } catch (error) {
    const d: Diagnostic = {
      code: SYNTAX["internal-error"].code,
      name: SYNTAX["internal-error"].name,
      severity: "error",
      message: `hpom-lint failed while linting this file (${describe(error)}); please report this`,
      range: LineMap.of("").range(0, 0),
    };
    if (options.filename !== undefined) d.filename = options.filename;
    return [d];
  }
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]!.slice(0, 200);
}

function lintChecked(text: string, options: LintOptions, levels: Map<string, RuleLevel>, ruleSet: readonly Rule[]): Diagnostic[] {
  const named = options.kind ?? (options.filename === undefined ? undefined : fileKindFromName(options.filename));
  const installDefaults = named === "bbc_inst_defaults";
  // A bbc_inst_defaults file is not flexible-management syntax: its rules read the text, and the tree they see is empty.
  const { ast, diagnostics: syntax } = installDefaults
    ? parse("")
    : parse(text, options.filename === undefined ? {} : { filename: options.filename });
  const lines = LineMap.of(text);
  const kind = installDefaults ? undefined : (named ?? inferFileKind(ast));
  const directives = new Directives(text, lines);
  const settings: RuleSettings = {
    topology: options.pool === undefined ? undefined : resolveTopology(options.pool),
    server: options.server,
    dialect: options.dialect ?? DEFAULT_DIALECT,
    declaredKind: options.kind,
  };
  const computed = new Map<(context: RuleContext) => unknown, unknown>();

  const findings: RawFinding[] = [];
  const forThisFile = (r: Rule) =>
    installDefaults ? BBC_INST_DEFAULTS_RULES.has(r) || DIRECTIVE_RULES.has(r) : !BBC_INST_DEFAULTS_RULES.has(r);
  const enabled = ruleSet.filter((r) => forThisFile(r) && (levels.get(r.code) ?? r.severity) !== "off");
  // Handlers by node type, `"<type>:exit"` ones apart: the walk then builds no key string per node.
  const enter = new Map<string, Bound[]>();
  const exit = new Map<string, Bound[]>();
  const failed = new Set<Rule>();
  // Rules whose visitor is empty: they found nothing to check in this file (see `Directives.report`).
  const idle = new Set<string>();

  const fail = (rule: Rule, error: unknown, offset: number): void => {
    if (failed.has(rule)) return;
    failed.add(rule);
    findings.push({
      code: SYNTAX["internal-error"].code,
      name: SYNTAX["internal-error"].name,
      severity: "error",
      message: `rule ${rule.code} (${rule.name}) failed on this file (${describe(error)}); its findings are incomplete, please report this`,
      start: offset,
      end: offset,
    });
  };

  for (const rule of enabled) {
    const context: RuleContext = {
      ast,
      text,
      filename: options.filename,
      kind,
      lines,
      settings,
      shared<T>(compute: (context: RuleContext) => T): T {
        if (!computed.has(compute)) computed.set(compute, compute(context));
        return computed.get(compute) as T;
      },
      report(descriptor) {
        const range = descriptor.node ? descriptor.node.range : descriptor.range;
        const finding: RawFinding = {
          code: rule.code,
          name: rule.name,
          severity: rule.severity,
          message: descriptor.message,
          start: range.start,
          end: range.end,
        };
        if (descriptor.fix) finding.fix = descriptor.fix;
        findings.push(finding);
      },
    };
    try {
      const visitor = rule.create(context) as Record<string, Handler | undefined>;
      const handlers = Object.entries(visitor);
      if (handlers.length === 0) idle.add(rule.code);
      for (const [key, fn] of handlers) {
        if (typeof fn !== "function") continue;
        const [map, type] = key.endsWith(":exit") ? [exit, key.slice(0, -":exit".length)] : [enter, key];
        const list = map.get(type);
        if (list) list.push({ rule, fn });
        else map.set(type, [{ rule, fn }]);
      }
    } catch (error) {
      fail(rule, error, 0);
    }
  }

  const call = (list: Bound[] | undefined, node: AstNode): void => {
    if (!list) return;
    for (const { rule, fn } of list) {
      if (failed.has(rule)) continue;
      try {
        fn(node);
      } catch (error) {
        fail(rule, error, "range" in node ? node.range.start : 0);
      }
    }
  };
  const visit = (node: AstNode): void => {
    call(enter.get(node.type), node);
    forEachChild(node, visit);
    call(exit.get(node.type), node);
  };
  if (enter.size > 0 || exit.size > 0) visit(ast);

  // Syntax diagnostics first, then rule findings, each re-levelled and filtered by directives.
  const out: Diagnostic[] = [];
  const emit = (d: Diagnostic): void => {
    if (options.filename !== undefined) d.filename = options.filename;
    out.push(d);
  };
  for (const d of syntax) {
    const known = lookupCode(d.code);
    const level = levels.get(d.code);
    if (level === "off") continue;
    if (level !== undefined) d.severity = level;
    if (known && !isMandatory(known) && directives.suppresses(d.code, d.range.start.offset)) continue;
    emit(d);
  }
  for (const f of findings) {
    const level = f.code === SYNTAX["internal-error"].code ? "error" : (levels.get(f.code) ?? f.severity);
    if (level === "off") continue;
    if (f.code !== SYNTAX["internal-error"].code && directives.suppresses(f.code, f.start)) continue;
    emit(toDiagnostic(f, level, lines));
  }
  for (const p of directives.report(idle)) {
    const rule = ALL_RULES.find((r) => r.code === p.code)!;
    const level = levels.get(rule.code) ?? rule.severity;
    if (level === "off") continue;
    const f: RawFinding = { code: rule.code, name: rule.name, severity: level, message: p.message, start: p.range.start, end: p.range.end };
    if (p.fix) f.fix = p.fix;
    emit(toDiagnostic(f, level, lines));
  }
  return sortAndDedupe(out);
}

function toDiagnostic(f: RawFinding, severity: Severity, lines: LineMap): Diagnostic {
  const d: Diagnostic = { code: f.code, name: f.name, severity, message: f.message, range: lines.range(f.start, f.end) };
  if (f.fix) d.fix = { range: lines.range(f.fix.range.start, f.fix.range.end), text: f.fix.text };
  return d;
}

/** Sorts by position, then code; drops exact repeats (same code, range and message). */
export function sortAndDedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const sorted = diagnostics
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        a.d.range.start.offset - b.d.range.start.offset ||
        (a.d.code < b.d.code ? -1 : a.d.code > b.d.code ? 1 : 0) ||
        a.d.range.end.offset - b.d.range.end.offset ||
        a.i - b.i,
    );
  // Repeats sort next to each other, among the findings of the same code and range: compare
  // messages within that group rather than building a key of every message (big files have tens
  // of thousands), through a set once the group has more than one, in case it has many.
  const out: Diagnostic[] = [];
  let group = 0;
  let messages: Set<string> | undefined;
  for (const { d } of sorted) {
    const first = out[group];
    if (first?.code !== d.code || first.range.start.offset !== d.range.start.offset || first.range.end.offset !== d.range.end.offset) {
      group = out.length;
      messages = undefined;
    } else {
      messages ??= new Set([first.message]);
      if (messages.has(d.message)) continue;
      messages.add(d.message);
    }
    out.push(d);
  }
  return out;
}
