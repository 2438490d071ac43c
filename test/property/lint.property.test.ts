/**
 * Properties of `lint` and the fixes (fast-check; a failure prints its seed, its
 * counterexample and the text involved), on random valid trees (`arbitraries.ts`)
 * printed with `print`, with values perturbed so that the rules have something to
 * find — invalid times, dates and addresses, undefined and misspelt template and
 * variable names, duplicate managers, manager names of a pool model, keywords and
 * values in the wrong case, inline directives — and random lint options: file
 * kind, pool model and server, so that the pooling rules run too.
 * (a) `lint` never throws and never reports HP1000 internal-error;
 * (b) every diagnostic's range and fix range lie inside the text, start before
 *     end, with line and column matching the offset;
 * (c) applying the fixes and re-linting reaches a fixed point within 3 passes,
 *     and `fixText` gets there the same way;
 * (d) a pass of fixes changes nothing outside the fix ranges, and each fix stays
 *     within the lines of the clause its diagnostic is about;
 * (e) no offered fix, applied on its own to a file without syntax errors, adds one (HP1xxx).
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { applyFixes, fixText, forEachChild, KEYWORDS, lint, parse, print, VALUE_SETS } from "../../src/index.js";
import type { AstNode, Diagnostic, FileKind, LintOptions, PoolModel, Position } from "../../src/index.js";
import { scan } from "../../src/lexer/scanner.js";
import { CANONICAL, LOOSE } from "./arbitraries.js";

const RUNS = { numRuns: 150 };
const MAX_PASSES = 3;

// ---- perturbing the tree ----

const TEMPLATES = ["night", "business-hours", "weekend"];
const TEMPLATE_TYPOS = ["nigth", "busines-hours", "weekends"];
const VARIABLES = ["backup-running", "maintenance"];
const VARIABLE_TYPOS = ["backup-runing", "maintenence"];
/** The pools and senders of the models below: physical members, virtual interfaces (V) and senders' FQDNs. */
const LAYOUT = {
  core: { members: ["m1.example.com", "m2.example.com", "m3.example.com"], virtual: ["v1.example.com", "v2.example.com"] },
  top: { members: ["up1.example.com", "up2.example.com"], virtual: ["upv.example.com"] },
};
const SENDERS = ["s1.example.com", "s2.example.com"];
/** Every server of the models, as manager names in the tree. */
const HOSTS = [...Object.values(LAYOUT).flatMap((p) => [...p.members, ...p.virtual]), ...SENDERS];

const quoted = (value: string): string => `"${value}"`;
/** A manager name as people write it: DNS names are case-insensitive and may end in a dot. */
const hostSpelling = (host: string, c: number): string => (c % 5 === 0 ? host.toUpperCase() : c % 7 === 0 ? `${host}.` : host);

/**
 * Rewrites literals of a tree (a copy) so that rules fire: `choices` is read in
 * turn, one per node, and decides what happens to it. Only `raw` is changed:
 * `print` writes literals as written, and the text is parsed again.
 */
function perturbed<T extends AstNode>(tree: T, choices: readonly number[]): T {
  const copy = structuredClone(tree);
  let i = 0;
  const next = (): number => choices[i++ % choices.length]!;
  const visit = (node: AstNode): void => {
    const c = next();
    switch (node.type) {
      case "TimeTemplate":
        if (c % 4 !== 3) node.name.raw = quoted(c % 9 === 0 ? "$RESERVED" : TEMPLATES[c % TEMPLATES.length]!);
        break;
      case "TimeTemplateRef":
        if (c % 4 === 0) node.name.raw = quoted(TEMPLATES[c % TEMPLATES.length]!);
        else if (c % 4 === 1) node.name.raw = quoted(TEMPLATE_TYPOS[c % TEMPLATE_TYPOS.length]!);
        else if (c % 4 === 2) node.name.raw = quoted("$OPC_ALWAYS");
        break;
      case "CondStatusVarDecl":
        node.name.raw = quoted(VARIABLES[c % VARIABLES.length]!);
        break;
      case "CondStatusVarAttribute":
        if (c % 3 !== 2) node.name.raw = quoted((c % 3 === 0 ? VARIABLES : VARIABLE_TYPOS)[c % VARIABLES.length]!);
        break;
      case "IpNode":
        if (c % 3 !== 2)
          node.name = {
            type: "String",
            raw: quoted(hostSpelling(HOSTS[c % HOSTS.length]!, c)),
            value: "",
            terminated: true,
            range: node.range,
          };
        if (c % 11 === 0) node.address.raw = "10.0.0.300";
        else if (c % 13 === 0) node.address.raw = "010.001.0.1";
        break;
      case "TimeRange":
        if (c % 6 === 0) node.from.raw = "25:00";
        else if (c % 6 === 1) node.to.raw = "7:60";
        else if (c % 6 === 2) node.from.raw = "24:00";
        else if (c % 6 === 3) [node.from.raw, node.to.raw] = ["22:00", "6:00"];
        break;
      case "DateOn":
        if (c % 5 === 0) node.date.raw = "02/30/2023";
        else if (c % 5 === 1) node.date.raw = "13/01/2025";
        else if (c % 5 === 2) node.date.raw = "*/*/*";
        // A Monday: a WEEKDAY part naming another day conflicts with it.
        else if (c % 5 === 3) node.date.raw = "01/05/2026";
        break;
      case "DateRange":
        if (c % 3 === 0) [node.from.raw, node.to.raw] = ["12/31/2026", "01/01/2026"];
        break;
      // Most targets name a server of the models, whatever node the tree had.
      case "OpcMgr":
        if (c % 4 !== 3 && node.node.type !== "IpNode") {
          node.node = {
            type: "IpNode",
            address: { type: "IPv4", raw: "0.0.0.0", octets: [0, 0, 0, 0], range: node.range },
            name: null,
            id: null,
            range: node.range,
          };
        }
        break;
      case "TargetManager":
        if (c % 3 === 0) node.attribute = null;
        break;
      // More targets and rules than the trees have on their own, for the pooling rules; each copy is perturbed on its own.
      case "TargetManagers":
        for (const m of node.managers.slice(0, c % 4)) node.managers.push(structuredClone(m));
        break;
      case "TargetRules":
        for (const r of node.rules.slice(0, c % 3)) node.rules.push(structuredClone(r));
        break;
      // The same manager listed twice.
      case "SecondaryManagers":
        if (c % 3 === 0 && node.managers.length > 0) node.managers.push(structuredClone(node.managers[0]!));
        break;
      case "ActionAllowManagers":
        if (c % 3 === 0 && node.managers.length > 0) node.managers.push(structuredClone(node.managers[0]!));
        break;
    }
    forEachChild(node, visit);
  };
  visit(copy);
  return copy;
}

// ---- perturbing the text ----

const KEYWORD_SET: ReadonlySet<string> = new Set(KEYWORDS);
const VALUE_WORDS: ReadonlySet<string> = new Set(Object.values(VALUE_SETS).flat());

const DIRECTIVES = [
  "# hpom-lint-disable-next-line HP2023",
  "# hpom-lint-disable-next-line missing-description, HP2007 -- generated",
  "# hpom-lint-disable",
  "# hpom-lint-enable",
  "# hpom-lint-disable HP2001 undefined-time-template",
  "# hpom-lint-enable HP2001",
  "# hpom-lint-disable-next-line no-such-rule",
  "# hpom-lint-disable-next-line HP1001 -- a syntax error cannot be suppressed",
];

/** One edit of the printed text: a keyword or value in another case, or a directive comment on a line of its own. */
type TextEdit = { kind: "case"; at: number; style: number } | { kind: "directive"; at: number; which: number };

const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.record({ kind: fc.constant("case" as const), at: fc.nat(), style: fc.nat({ max: 2 }) }),
  fc.record({ kind: fc.constant("directive" as const), at: fc.nat(), which: fc.nat({ max: DIRECTIVES.length - 1 }) }),
);

function recased(word: string, style: number): string {
  if (style === 0) return word.toLowerCase();
  if (style === 1) return word[0]!.toUpperCase() + word.slice(1).toLowerCase();
  return word.toUpperCase() === word ? word.toLowerCase() : word.toUpperCase();
}

/** `text` with the edits applied, then a byte-order mark and CRLF line ends if asked for. */
function edited(text: string, edits: readonly TextEdit[], bom: boolean, crlf: boolean): string {
  const words = scan(text).tokens.filter((t) => KEYWORD_SET.has(t.image) || VALUE_WORDS.has(t.image));
  const replacements = new Map<number, { end: number; text: string }>();
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)].filter((s) => s < text.length);
  for (const e of edits) {
    if (e.kind === "case" && words.length > 0) {
      const t = words[e.at % words.length]!;
      replacements.set(t.startOffset, { end: t.startOffset + t.image.length, text: recased(t.image, e.style) });
    } else if (e.kind === "directive" && lineStarts.length > 0) {
      const at = lineStarts[e.at % lineStarts.length]!;
      if (!replacements.has(at)) replacements.set(at, { end: at, text: `${DIRECTIVES[e.which]}\n` });
    }
  }
  let out = text;
  for (const [start, r] of [...replacements].sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + r.text + out.slice(r.end);
  if (crlf) out = out.replace(/\n/g, "\r\n");
  return bom ? `\uFEFF${out}` : out;
}

// ---- lint options ----

const POOLS = Object.keys(LAYOUT) as (keyof typeof LAYOUT)[];

const forwardTo = fc.uniqueArray(fc.constantFrom(...POOLS, ...HOSTS, "elsewhere.example.com"), { maxLength: 3 });
const someOf = (names: readonly string[]): fc.Arbitrary<string[]> => fc.shuffledSubarray([...names], { minLength: 1 });

/** One pool of `LAYOUT`: some of its members and Vs, perhaps a primary V and where it escalates to. */
const layoutPool = fc.constantFrom(...POOLS).chain((name) =>
  fc.record(
    {
      name: fc.constant(name),
      members: someOf(LAYOUT[name].members),
      virtual: someOf(LAYOUT[name].virtual),
      primary: fc.constantFrom(...LAYOUT[name].virtual),
      forwardTo,
    },
    { requiredKeys: ["name", "members", "virtual"] },
  ),
);

/** Any pool: servers in several roles at once, as a user's mistake would have it. */
const tangledPool = fc.record(
  {
    name: fc.constantFrom(...POOLS),
    members: fc.uniqueArray(fc.constantFrom(...HOSTS), { minLength: 1, maxLength: 3 }),
    virtual: fc.uniqueArray(fc.constantFrom(...HOSTS), { minLength: 1, maxLength: 2 }),
    primary: fc.constantFrom(...HOSTS),
    forwardTo,
  },
  { requiredKeys: ["name", "members", "virtual"] },
);

/** Pool models in the shape `LintOptions.pool` documents. */
const poolModel = fc.record({
  version: fc.constant(1),
  pools: fc.uniqueArray(fc.oneof({ weight: 4, arbitrary: layoutPool }, tangledPool), {
    minLength: 1,
    maxLength: 2,
    selector: (p) => p.name,
  }),
  senders: fc.uniqueArray(
    fc.record(
      { server: fc.constantFrom(...SENDERS), forwardTo, mode: fc.constantFrom("virtual" as const, "members" as const) },
      { requiredKeys: ["server", "forwardTo"] },
    ),
    { maxLength: 2, selector: (s) => s.server },
  ),
});

/** A model and, mostly, a server it knows: a pool's name, a member, a V or a sender. */
const poolAndServer = poolModel.chain((pool) => {
  const known = [...pool.pools.flatMap((p) => [p.name, ...p.members, ...p.virtual]), ...pool.senders.map((s) => s.server)];
  return fc.record({
    pool: fc.constant(pool),
    server: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...known) }, fc.constantFrom(...POOLS, ...HOSTS, "unknown.example.com")),
  });
});

const KINDS: readonly FileKind[] = ["allnodes", "msgforw", "escmgr", "mgrconf", "outage", "node"];

/** Any options at all, but mostly a forwarding or agent file with a model and its server, where the pooling rules have work. */
const lintOptions: fc.Arbitrary<LintOptions> = fc.oneof(
  fc
    .tuple(
      fc.record(
        { kind: fc.constantFrom(...KINDS), filename: fc.constantFrom("msgforw", "allnodes", "C0A80001", "notes.txt") },
        { requiredKeys: [] },
      ),
      fc.option(poolAndServer, { nil: undefined }),
    )
    .map(([o, p]): LintOptions => ({ ...o, ...p })),
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom<FileKind>("msgforw", "allnodes", "node"), poolAndServer)
      .map(([kind, p]): LintOptions => ({ kind, ...p })),
  },
);

// ---- the input ----

interface Case {
  text: string;
  options: LintOptions;
}

const lintCase: fc.Arbitrary<Case> = fc
  .record({
    tree: fc.oneof(CANONICAL, LOOSE),
    choices: fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 40 }),
    edits: fc.array(textEdit, { maxLength: 6 }),
    bom: fc.boolean(),
    crlf: fc.boolean(),
    options: lintOptions,
  })
  .map(({ tree, choices, edits, bom, crlf, options }) => {
    return { text: edited(print(perturbed(tree, choices)), edits, bom, crlf), options };
  });

// ---- checks ----

function fail(message: string, text: string, diagnostics: readonly Diagnostic[]): never {
  throw new Error(`${message}\ntext (${JSON.stringify(text)}):\n${text}\ndiagnostics: ${JSON.stringify(diagnostics, null, 1)}`);
}

/**
 * The position of `offset` by counting line feeds, independently of `LineMap`;
 * columns on the first line count from after a byte-order mark, as editors show it.
 */
function positionOf(text: string, offset: number): Omit<Position, "offset"> {
  let line = 1;
  let lineStart = text.charCodeAt(0) === 0xfeff ? Math.min(1, offset) : 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function checkRange(
  what: string,
  range: { start: Position; end: Position },
  text: string,
  d: Diagnostic,
  all: readonly Diagnostic[],
): void {
  const { start, end } = range;
  if (!(start.offset >= 0 && start.offset <= end.offset && end.offset <= text.length))
    fail(`${d.code} ${what} ${start.offset}–${end.offset} is not inside the text (length ${text.length})`, text, all);
  for (const p of [start, end]) {
    const expected = positionOf(text, p.offset);
    if (p.line !== expected.line || p.column !== expected.column) {
      fail(`${d.code} ${what}: offset ${p.offset} is at ${expected.line}:${expected.column}, not ${p.line}:${p.column}`, text, all);
    }
  }
}

/** Properties (a) and (b) for one lint result. */
function checkDiagnostics(text: string, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    if (d.code === "HP1000") fail(`internal error: ${d.message}`, text, diagnostics);
    checkRange("range", d.range, text, d, diagnostics);
    if (d.fix) checkRange("fix range", d.fix.range, text, d, diagnostics);
  }
}

/** Every node of a tree, for finding the clause a diagnostic is about. */
function nodesOf(root: AstNode): AstNode[] {
  const out: AstNode[] = [];
  const visit = (node: AstNode): void => {
    out.push(node);
    forEachChild(node, visit);
  };
  visit(root);
  return out;
}

/**
 * Where a diagnostic's fix may edit: the node two levels above the smallest one
 * enclosing the diagnostic (a duplicate's NODE is reported, its whole list entry
 * removed), or the highest there is, or the diagnostic itself when no
 * node encloses it (a comment) — widened to whole lines with their line end. A
 * fix may add a missing part after the keyword it underlines or remove a list
 * entry or a comment's line, but must not reach a clause elsewhere.
 */
function fixRegion(text: string, nodes: readonly AstNode[], d: Diagnostic): { start: number; end: number } {
  const s = d.range.start.offset;
  const e = d.range.end.offset;
  const enclosing = nodes
    .filter((n) => n.type !== "ConfigFile" && n.range.start <= s && e <= n.range.end)
    .sort((a, b) => a.range.end - a.range.start - (b.range.end - b.range.start));
  // Up to two levels above the smallest node: a NODE's address → its NODE clause → the list entry.
  const levels = enclosing.filter(
    (n, i) => i === 0 || n.range.start !== enclosing[i - 1]!.range.start || n.range.end !== enclosing[i - 1]!.range.end,
  );
  const chosen = levels[Math.min(2, levels.length - 1)];
  const start = chosen ? chosen.range.start : s;
  const end = chosen ? chosen.range.end : e;
  const lineEnd = text.indexOf("\n", end);
  return { start: text.lastIndexOf("\n", start - 1) + 1, end: lineEnd === -1 ? text.length : lineEnd + 1 };
}

/**
 * Property (d) for one pass: every fix lies in its region, and the text outside
 * the fix ranges is still there, in order, with the text before the first fix
 * and after the last one unchanged.
 */
function checkPass(text: string, output: string, diagnostics: readonly Diagnostic[]): void {
  const fixed = diagnostics.filter((d) => d.fix);
  if (fixed.length === 0) return;
  const nodes = nodesOf(parse(text).ast);
  for (const d of fixed) {
    const region = fixRegion(text, nodes, d);
    const f = d.fix!.range;
    // An insertion changes no existing text (HP2033 adds the missing entry to the other list); a removal may
    // take the line break before its clause with it: whitespace outside the region is fair game.
    if (f.start.offset === f.end.offset) continue;
    const before = text.slice(Math.min(f.start.offset, region.start), region.start);
    const after = text.slice(region.end, Math.max(f.end.offset, region.end));
    if (/\S/.test(before) || /\S/.test(after)) {
      fail(
        `${d.code} fix ${f.start.offset}–${f.end.offset} reaches outside ${region.start}–${region.end}, the lines of the clause it is about, over more than whitespace`,
        text,
        diagnostics,
      );
    }
  }
  const ranges = fixed.map((d) => [d.fix!.range.start.offset, d.fix!.range.end.offset] as const).sort((a, b) => a[0] - b[0]);
  const kept: string[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) kept.push(text.slice(at, start));
    at = Math.max(at, end);
  }
  const head = ranges[0]![0] > 0 ? kept.shift()! : "";
  const tail = text.slice(at);
  if (!output.startsWith(head) || !output.endsWith(tail) || output.length < head.length + tail.length)
    fail("a fix changed text before the first or after the last fix range", text, diagnostics);
  let from = head.length;
  for (const piece of kept) {
    const found = output.indexOf(piece, from);
    if (found === -1 || found + piece.length > output.length - tail.length)
      fail(`a fix changed text outside every fix range: ${JSON.stringify(piece)}`, text, diagnostics);
    from = found + piece.length;
  }
}

/** The model with a quote and a backslash in every virtual interface's name. */
function withEscapedVs(model: PoolModel): PoolModel {
  const odd = (fqdn: string): string => fqdn.replace(".", '"x\\.');
  return {
    ...model,
    pools: model.pools.map((p) => ({ ...p, virtual: p.virtual.map(odd), ...(p.primary === undefined ? {} : { primary: odd(p.primary) }) })),
  };
}

describe("lint on random valid trees with perturbed values and random options", () => {
  it("(a, b) never throws nor fails internally; every range and fix range lies inside the text, with matching line and column", () => {
    fc.assert(
      fc.property(lintCase, ({ text, options }) => checkDiagnostics(text, lint(text, options))),
      RUNS,
    );
  });

  it("(c, d) fixes reach a fixed point within 3 passes and only touch their own ranges, inside the clause they are about", () => {
    fc.assert(
      fc.property(lintCase, ({ text, options }) => {
        let output = text;
        let diagnostics = lint(output, options);
        let passes = 0;
        for (;;) {
          const pass = applyFixes(output, diagnostics);
          if (pass.output === output) break;
          checkPass(output, pass.output, diagnostics);
          if (++passes > MAX_PASSES) fail(`fixes still change the text after ${MAX_PASSES} passes`, output, diagnostics);
          output = pass.output;
          diagnostics = lint(output, options);
          checkDiagnostics(output, diagnostics);
        }
        const result = fixText(text, options);
        if (result.output !== output || result.passes !== passes)
          fail(
            `fixText made ${result.passes} passes and ${result.output === output ? "the same" : "another"} text; applying the fixes by hand made ${passes}`,
            text,
            [],
          );
      }),
      RUNS,
    );
  });

  it("(e) no offered fix, applied on its own to a file without syntax errors, adds one, even with V names to escape", () => {
    const syntaxErrors = (text: string, options: LintOptions): number => lint(text, options).filter((d) => d.code.startsWith("HP1")).length;
    fc.assert(
      fc.property(lintCase, ({ text, options }) => {
        // On a file with syntax errors recovery decides how many more a change shows; only a clean one tells.
        if (lint(text, options).some((d) => d.code.startsWith("HP1"))) return;
        // `lint` does not validate the model, so a V's name may need escaping in the string a fix writes.
        const escaped = options.pool ? [{ ...options, pool: withEscapedVs(options.pool) }] : [];
        for (const opts of [options, ...escaped]) {
          for (const d of lint(text, opts)) {
            if (!d.fix) continue;
            const output = applyFixes(text, [d]).output;
            if (syntaxErrors(output, opts) > 0) fail(`the fix of ${d.code} adds a syntax error:\n${output}`, text, [d]);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
