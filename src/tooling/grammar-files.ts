/**
 * The files of `grammar/`, computed from the parser itself, so that the language
 * shown to humans and editors is the language the parser reads:
 *
 * - `hpom.ebnf`: one production per parser rule, in the notation of docs/language.md#notation;
 * - `diagrams.html`: Chevrotain's railroad diagrams of the same rules;
 * - `hpom.tmLanguage.json`: a TextMate grammar built from the keyword and value tables;
 * - `README.md`: what the files are and how they are regenerated.
 *
 * Pure (no Node built-ins): `scripts/generate-grammar.mjs` writes the files and copies
 * the diagrams' support files ({@link diagramSupportFiles}); `test/grammar` checks that
 * the committed copies are up to date.
 *
 * The parser's error-recovery rule ({@link RECOVERY_RULES}) and every alternative that
 * only invokes it are left out of every file: they are not part of the language.
 */
import { createSyntaxDiagramsCode, type ISerializedGast, type TokenType } from "chevrotain";
import { FLEXIBLE_FILE_NAMES } from "../files/file-kind.js";
import { DOCUMENTED_MISSPELLINGS, KEYWORDS, VALUE_SETS, type ValueKind } from "../lexer/keywords.js";
import { DateLit, IPv4Lit, StringLit, TimeLit, VariableLit, Word } from "../lexer/tokens.js";
import { getParser } from "../parser/parse.js";

/** Parser rules that only serve error recovery: not part of the language. */
export const RECOVERY_RULES: ReadonlySet<string> = new Set(["strayOperand", "keywordlessRule"]);

/** Where the diagrams page loads its scripts and style sheet from, relative to `grammar/`. */
const DIAGRAMS_BASE = "./diagrams/";

/** Longest line of `hpom.ebnf` (the EBNF notation has no line structure; this is for reading). */
const MAX_LINE = 100;

/** The file names of `grammar/`, in the order they are described. */
const EBNF = "hpom.ebnf";
const DIAGRAMS = "diagrams.html";
const TEXTMATE = "hpom.tmLanguage.json";
const README = "README.md";
const GITATTRIBUTES = ".gitattributes";

// ---------------------------------------------------------------------------------------------
// The grammar as data
// ---------------------------------------------------------------------------------------------

/** A serialized GAST node with the fields this module reads (see `ISerializedGast`). */
interface Gast {
  type: string;
  name?: string;
  label?: string;
  pattern?: string;
  idx?: number;
  orgText?: string;
  definition?: Gast[];
  separator?: Gast;
}

/** The parser's rules, in its order, without the error-recovery rules. */
function languageRules(): Gast[] {
  const rules = getParser().getSerializedGastProductions() as unknown as Gast[];
  return rules
    .filter((rule) => !RECOVERY_RULES.has(rule.name ?? ""))
    .map((rule) => ({ ...rule, definition: pruneList(rule.definition ?? []) }));
}

/**
 * Removes the references to recovery rules from `items`. An alternative, option or
 * repetition left empty by that is removed (it only invoked a recovery rule), and a choice
 * left with one alternative becomes that alternative's sequence.
 */
function pruneList(items: readonly Gast[]): Gast[] {
  const out: Gast[] = [];
  for (const item of items) {
    const pruned = pruneItem(item);
    if (pruned !== null) out.push(...pruned);
  }
  return out;
}

function pruneItem(item: Gast): Gast[] | null {
  if (item.type === "NonTerminal" && RECOVERY_RULES.has(item.name ?? "")) return null;
  if (item.definition === undefined) return [{ ...item }];
  if (item.type === "Alternation") {
    const alternatives: Gast[] = [];
    for (const alt of item.definition) {
      const body = pruneList(alt.definition ?? []);
      // An alternative that was empty to begin with is an ε-alternative and stays.
      if (body.length > 0 || (alt.definition ?? []).length === 0) alternatives.push({ ...alt, definition: body });
    }
    if (alternatives.length === 0) return null;
    if (alternatives.length === 1) return alternatives[0]!.definition ?? [];
    return [{ ...item, definition: alternatives }];
  }
  const body = pruneList(item.definition);
  if (body.length === 0 && item.definition.length > 0) return null;
  return [{ ...item, definition: body }];
}

/** `timeTemplates` → `time-templates`: the spec's names for the parser's rules. */
export function kebabCase(ruleName: string): string {
  return ruleName.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** The value set a rule reads, when it is one of the enumerated-value rules. */
function valueKindOf(ruleName: string): ValueKind | undefined {
  const kebab = kebabCase(ruleName);
  return Object.hasOwn(VALUE_SETS, kebab) ? (kebab as ValueKind) : undefined;
}

/** The lexical tokens of docs/language.md#lexical-structure, by token name, with their EBNF symbol. */
const LITERAL_TOKENS: readonly { token: TokenType; symbol: string; note: string }[] = [
  { token: StringLit, symbol: "<STRING>", note: '"…" on one line, `\\` escapes the next character' },
  { token: IPv4Lit, symbol: "<IPV4>", note: "e.g. 0.0.0.0" },
  { token: TimeLit, symbol: "<TIME>", note: "e.g. 7:00, 24:00" },
  { token: DateLit, symbol: "<DATE>", note: "month/day/year, e.g. 12/24/2025, 12/24/*" },
  { token: VariableLit, symbol: "<VARIABLE>", note: "e.g. $OPC_ALWAYS" },
  { token: Word, symbol: "<WORD>", note: "outside the value rules, read only to report a misspelt keyword" },
];

const KEYWORD_SET: ReadonlySet<string> = new Set(KEYWORDS);

function terminalSymbol(name: string): string {
  if (KEYWORD_SET.has(name)) return `"${name}"`;
  const literal = LITERAL_TOKENS.find((t) => t.token.name === name);
  return literal ? literal.symbol : `<${name.toUpperCase()}>`;
}

// ---------------------------------------------------------------------------------------------
// hpom.ebnf
// ---------------------------------------------------------------------------------------------

/** A piece of EBNF that can be printed on one line or broken over several. */
type Doc =
  | { kind: "text"; text: string }
  | { kind: "seq"; parts: Doc[] }
  | { kind: "group"; open: string; close: string; body: Doc }
  | { kind: "alt"; alts: Doc[] };

const text = (t: string): Doc => ({ kind: "text", text: t });
const group = (open: string, close: string, body: Doc): Doc => ({ kind: "group", open, close, body });

/** A sequence; a choice inside a longer sequence is parenthesised. */
function seq(parts: Doc[]): Doc {
  if (parts.length === 1) return parts[0]!;
  if (parts.length === 0) return text("(* nothing *)");
  return { kind: "seq", parts: parts.map((p) => (p.kind === "alt" ? group("(", ")", p) : p)) };
}

function docOf(items: readonly Gast[]): Doc {
  return seq(items.map(itemDoc));
}

function itemDoc(item: Gast): Doc {
  const body = (): Doc => docOf(item.definition ?? []);
  const separated = (): Doc => {
    const element = body();
    const sep = item.separator ? text(terminalSymbol(item.separator.name ?? "")) : text("");
    return seq([element, group("{", "}", seq([sep, element]))]);
  };
  switch (item.type) {
    case "Terminal":
      return text(terminalSymbol(item.name ?? ""));
    case "NonTerminal":
      return text(kebabCase(item.name ?? ""));
    case "Option":
      return group("[", "]", body());
    case "Repetition":
      return group("{", "}", body());
    case "RepetitionMandatory": {
      const element = body();
      return seq([element, group("{", "}", element)]);
    }
    case "RepetitionWithSeparator":
      return group("[", "]", separated());
    case "RepetitionMandatoryWithSeparator":
      return separated();
    case "Alternation":
      return { kind: "alt", alts: flattenAlternatives(item) };
    default:
      return body();
  }
}

/** The alternatives of a choice; one that is itself only a choice is merged into it. */
function flattenAlternatives(alternation: Gast): Doc[] {
  const out: Doc[] = [];
  for (const alt of alternation.definition ?? []) {
    const items = alt.definition ?? [];
    if (items.length === 1 && items[0]!.type === "Alternation") out.push(...flattenAlternatives(items[0]!));
    else out.push(docOf(items));
  }
  return out;
}

function flat(doc: Doc): string {
  switch (doc.kind) {
    case "text":
      return doc.text;
    case "seq":
      return doc.parts.map(flat).join(" ");
    case "group":
      return `${doc.open} ${flat(doc.body)} ${doc.close}`;
    case "alt":
      return doc.alts.map(flat).join(" | ");
  }
}

/** A printed line: its indentation (absolute) and its text. */
interface Line {
  indent: number;
  text: string;
}

/**
 * Prints `doc` starting at column `col`, breaking it where it does not fit in `width`.
 * The first line's indentation is the caller's; every later line has its own.
 * `breakAlternatives` puts each alternative that is more than one token on a line of its
 * own even when the choice would fit on one line (the style of the spec's productions).
 */
function render(doc: Doc, col: number, width: number, breakAlternatives = false): Line[] {
  const oneLine = flat(doc);
  const forced = breakAlternatives && doc.kind === "alt" && doc.alts.some((a) => a.kind !== "text");
  if (!forced && col + oneLine.length <= width) return [{ indent: col, text: oneLine }];
  switch (doc.kind) {
    case "text":
      return [{ indent: col, text: oneLine }];
    case "group": {
      const inner = render(doc.body, col + doc.open.length + 1, width);
      inner[0] = { indent: col, text: `${doc.open} ${inner[0]!.text}` };
      const last = inner[inner.length - 1]!;
      inner[inner.length - 1] = { indent: last.indent, text: `${last.text} ${doc.close}` };
      return inner;
    }
    case "seq":
      return fill(doc.parts, col, width);
    case "alt":
      return renderAlternatives(doc.alts, col, width);
  }
}

/** Parts side by side, starting a new line (at `col`) when the next one does not fit. */
function fill(parts: readonly Doc[], col: number, width: number): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  for (const part of parts) {
    const partText = flat(part);
    if (current && current.indent + current.text.length + 1 + partText.length <= width) {
      current.text += ` ${partText}`;
      continue;
    }
    if (current) lines.push(current);
    const rendered = render(part, col, width);
    lines.push(...rendered.slice(0, -1));
    current = { ...rendered[rendered.length - 1]! };
  }
  if (current) lines.push(current);
  return lines;
}

/**
 * One alternative after another, `|` two columns left of `col`; runs of single-token
 * alternatives share a line while they fit.
 */
function renderAlternatives(alts: readonly Doc[], col: number, width: number): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  let currentIsTokens = false;
  for (const alt of alts) {
    const altText = flat(alt);
    const isToken = alt.kind === "text";
    if (current && isToken && currentIsTokens && current.indent + current.text.length + 3 + altText.length <= width) {
      current.text += ` | ${altText}`;
      continue;
    }
    if (current) lines.push(current);
    const rendered = render(alt, col, width);
    if (lines.length > 0) rendered[0] = { indent: col - 2, text: `| ${rendered[0]!.text}` };
    lines.push(...rendered.slice(0, -1));
    current = { ...rendered[rendered.length - 1]! };
    currentIsTokens = isToken && rendered.length === 1;
  }
  if (current) lines.push(current);
  return lines;
}

/** Column of `=` in a production, as in the spec. */
const DEFINE_COL = 19;
const BODY_COL = DEFINE_COL + 2;

/** An EBNF comment; `*)` inside it would end it early, so it is broken up. */
function ebnfComment(body: string): string {
  return `(* ${body.replaceAll("*)", "* )")} *)`;
}

function production(rule: Gast): string {
  const name = kebabCase(rule.name ?? "");
  const kind = valueKindOf(rule.name ?? "");
  const body: Doc = kind === undefined ? docOf(rule.definition ?? []) : { kind: "alt", alts: VALUE_SETS[kind].map((v) => text(`"${v}"`)) };
  const lines = render(body, BODY_COL, MAX_LINE - 2, true);
  lines[lines.length - 1]!.text += " ;";
  const head = name.length < DEFINE_COL ? `${name.padEnd(DEFINE_COL)}` : `${name}\n${" ".repeat(DEFINE_COL)}`;
  const printed = lines.map((line, i) => (i === 0 ? `${head}= ${line.text}` : `${" ".repeat(line.indent)}${line.text}`));
  if (kind !== undefined) {
    printed.push(`${" ".repeat(BODY_COL)}${ebnfComment("any word is read here; others are reported as invalid-value")}`);
  }
  return printed.join("\n");
}

/** The lexical tokens the grammar uses, in the order of {@link LITERAL_TOKENS}. */
function usedLiterals(rules: readonly Gast[]): typeof LITERAL_TOKENS {
  const used = new Set<string>();
  const visit = (items: readonly Gast[]): void => {
    for (const item of items) {
      if (item.type === "Terminal" && item.name !== undefined) used.add(item.name);
      if (item.separator?.name !== undefined) used.add(item.separator.name);
      visit(item.definition ?? []);
    }
  };
  for (const rule of rules) {
    // The value rules are printed from the value tables, not from the tokens they read.
    if (valueKindOf(rule.name ?? "") === undefined) visit(rule.definition ?? []);
  }
  return LITERAL_TOKENS.filter((t) => used.has(t.token.name));
}

function ebnfHeader(rules: readonly Gast[]): string {
  const literals = usedLiterals(rules);
  const symbolWidth = Math.max(...literals.map((t) => t.symbol.length));
  const lines = [
    "hpom.ebnf: the HP Operations Manager flexible-management configuration language, as",
    "hpom-lint's parser reads it.",
    "",
    "GENERATED by `npm run grammar` from the parser (src/parser/grammar.ts) and the keyword",
    "and value tables (src/lexer/keywords.ts). Do not edit this file by hand: change the parser",
    "and regenerate. test/grammar fails when this file is out of date.",
    "",
    "Notation (docs/language.md#notation): `=` defines, `|` separates alternatives,",
    "`[ … ]` is optional, `{ … }` is repeated zero or more times, `( … )` groups, a quoted word",
    "is a keyword or value written exactly as shown, and these names in angle brackets are",
    "lexical tokens (docs/language.md#literals):",
    ...literals.map((t) => `  ${t.symbol.padEnd(symbolWidth)}  ${t.token.LABEL ?? t.token.name}: ${t.note}`),
    "Comments (`#` to the end of the line) may stand between any two tokens.",
    "",
    "One production per parser rule, in the parser's order; the names are the parser's rule",
    "names in kebab-case, and `config-file` is the start symbol. This is the union of all file",
    "kinds, lenient forms included; which constructs each file kind allows is checked by the",
    "linter (docs/language.md#what-each-kind-may-contain), not by the grammar.",
    "",
    "Left out: the parser's error-recovery rule, which skips a stray word or literal where a",
    "clause should start, and every alternative that only invokes it, and the recovery loop",
    "around the grammar that reads a clause found outside its block. Neither is part of the",
    "language.",
  ];
  const body = lines.map((line, i) => (i === 0 ? line : line === "" ? "" : `   ${line}`));
  return `(* ${body.join("\n").replaceAll("*)", "* )")} *)`;
}

function ebnf(rules: readonly Gast[]): string {
  return `${ebnfHeader(rules)}\n\n${rules.map(production).join("\n\n")}\n`;
}

// ---------------------------------------------------------------------------------------------
// diagrams.html
// ---------------------------------------------------------------------------------------------

const GENERATED_MARK = "<!-- This is a generated file -->";
const DIAGRAMS_NOTE =
  "<!-- Generated by `npm run grammar` from hpom-lint's parser; do not edit by hand. " +
  "The parser's error-recovery rule is left out: it is not part of the language. -->";

function diagrams(rules: readonly Gast[]): string {
  const html = createSyntaxDiagramsCode(rules as unknown as ISerializedGast[], {
    resourceBase: DIAGRAMS_BASE,
    css: `${DIAGRAMS_BASE}diagrams.css`,
  });
  return html.includes(GENERATED_MARK) ? html.replace(GENERATED_MARK, DIAGRAMS_NOTE) : `${DIAGRAMS_NOTE}\n${html}`;
}

/**
 * The support files the diagrams page loads, which the generator copies from the
 * `chevrotain` package so that the page works offline: path under `grammar/` → path inside
 * the `chevrotain` package. Read from the page itself, plus the package's licence.
 */
export function diagramSupportFiles(html: string): Record<string, string> {
  const files: Record<string, string> = {};
  const base = DIAGRAMS_BASE.replace(/^\.\//, "");
  for (const match of html.matchAll(/(?:src|href)=(["'])\.\/diagrams\/([^"']+)\1/g)) {
    const path = match[2]!;
    files[`${base}${path}`] = `diagrams/${path}`;
  }
  files[`${base}LICENSE.txt`] = "LICENSE.txt";
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

// ---------------------------------------------------------------------------------------------
// hpom.tmLanguage.json
// ---------------------------------------------------------------------------------------------

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Longest first, so that a regex engine that stops at the first alternative still takes the longest. */
function longestFirst(words: readonly string[]): string[] {
  return [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

/** A whole word (docs/language.md#keywords: the next character is not a letter, digit, `_` or `-`). */
function wholeWords(words: readonly string[]): string {
  return `(?<![A-Za-z0-9_$-])(?:${longestFirst(words).map(escapeRegExp).join("|")})(?![A-Za-z0-9_-])`;
}

/** A literal that is not part of a longer word or malformed literal. */
function wholeLiteral(token: TokenType): string {
  const { PATTERN } = token;
  if (typeof PATTERN !== "string" && !(PATTERN instanceof RegExp))
    throw new Error(`token ${token.name}: a custom pattern cannot be written as a TextMate pattern`);
  const pattern = PATTERN instanceof RegExp ? PATTERN.source : escapeRegExp(PATTERN);
  return `(?<![A-Za-z0-9_.:/*$-])(?:${pattern})(?![A-Za-z0-9_.:/*-])`;
}

function textMate(): string {
  const misspellings = Object.keys(DOCUMENTED_MISSPELLINGS);
  const grammar = {
    name: "HPOM flexible management",
    scopeName: "source.hpom",
    comment: "Generated by `npm run grammar` from hpom-lint's keyword and value tables (src/lexer/keywords.ts); do not edit by hand.",
    fileTypes: [...FLEXIBLE_FILE_NAMES],
    patterns: [
      { include: "#comment" },
      { include: "#string" },
      { include: "#variable" },
      { include: "#misspelled-keyword" },
      { include: "#keyword" },
      { include: "#value" },
      { include: "#literal" },
    ],
    repository: {
      comment: {
        name: "comment.line.number-sign.hpom",
        match: "(#).*$",
        captures: { "1": { name: "punctuation.definition.comment.hpom" } },
      },
      string: {
        name: "string.quoted.double.hpom",
        begin: '"',
        beginCaptures: { "0": { name: "punctuation.definition.string.begin.hpom" } },
        // Strings end at the end of the line even when unterminated (docs/language.md#strings).
        end: '"|$',
        endCaptures: { "0": { name: "punctuation.definition.string.end.hpom" } },
        patterns: [{ name: "constant.character.escape.hpom", match: "\\\\." }, { include: "#variable" }],
      },
      variable: {
        name: "variable.other.hpom",
        match: `${VariableLit.PATTERN instanceof RegExp ? VariableLit.PATTERN.source : "\\$[A-Za-z_][A-Za-z0-9_]*"}(?![A-Za-z0-9_])`,
      },
      "misspelled-keyword": {
        comment: "Misspellings printed in HP's own manuals: never keywords.",
        name: "invalid.illegal.misspelled-keyword.hpom",
        match: wholeWords(misspellings),
      },
      keyword: {
        name: "keyword.control.hpom",
        match: wholeWords(KEYWORDS),
      },
      value: {
        patterns: (Object.keys(VALUE_SETS) as ValueKind[]).map((kind) => ({
          name: `constant.language.${kind}.hpom`,
          match: wholeWords(VALUE_SETS[kind]),
        })),
      },
      literal: {
        patterns: [
          { name: "constant.numeric.date.hpom", match: wholeLiteral(DateLit) },
          { name: "constant.numeric.ipv4.hpom", match: wholeLiteral(IPv4Lit) },
          { name: "constant.numeric.time.hpom", match: wholeLiteral(TimeLit) },
        ],
      },
    },
  };
  return `${JSON.stringify(grammar, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// README.md
// ---------------------------------------------------------------------------------------------

function readme(rules: readonly Gast[], support: Record<string, string>): string {
  const supportList = Object.entries(support)
    .map(([dest, source]) => `- \`${dest}\` (from \`node_modules/chevrotain/${source}\`)`)
    .join("\n");
  return `# grammar/

The HPOM flexible-management configuration language (\`allnodes\`, node-specific files,
\`mgrconf\`, \`msgforw\`, \`escmgr\`, \`outage\`) for humans and editors.

**Everything in this folder is generated** by \`npm run grammar\` from hpom-lint's own parser
(\`src/parser/grammar.ts\`) and its keyword and value tables (\`src/lexer/keywords.ts\`), so it
always describes the language the parser actually reads. Do not edit these files by hand: change
the parser or the tables, then regenerate.

| File | What it is |
|------|------------|
| \`${EBNF}\` | The grammar in EBNF, in the notation of \`docs/language.md\` (section Notation): one production per parser rule (${rules.length} rules), in the parser's order, rule names in kebab-case. |
| \`${DIAGRAMS}\` | Railroad (syntax) diagrams of the same rules, drawn by Chevrotain, under the parser's own (camelCase) rule names. Open it in a browser; it works offline. |
| \`diagrams/\` | The scripts and style sheet the diagrams page loads, copied unchanged from the \`chevrotain\` package (Apache-2.0, see \`diagrams/LICENSE.txt\`; \`railroad-diagrams.js\` is CC0). |
| \`${TEXTMATE}\` | A TextMate grammar (scope \`source.hpom\`) for syntax highlighting in editors and tools that read TextMate grammars (VS Code, Sublime Text, Shiki, …). |
| \`${README}\` | This file. |
| \`${GITATTRIBUTES}\` | Keeps git from changing line ends here, so that the files stay byte-for-byte what the generator writes. |

## What the grammar shows

- The grammar is the **union** of all file kinds, lenient forms included. Which constructs a
  given file kind allows is checked by the linter, not by the grammar (see \`docs/language.md\`).
- The enumerated values (\`severity\`, \`condition-type\`, \`weekday\`, \`boolean\`,
  \`timezone-type\`) are listed with their valid members. The parser reads any word in those
  positions and reports one that is not a member as \`invalid-value\` (or \`keyword-case\`).
- Left out, because they are not part of the language: the parser's error-recovery rule (which
  skips a stray word or literal where a clause should start), every alternative that only
  invokes it, and the recovery loop around the grammar that reads a clause found outside its
  block.

## Editors

\`${TEXTMATE}\` lists the fixed file names in \`fileTypes\`:
${FLEXIBLE_FILE_NAMES.map((n) => `\`${n}\``).join(", ")}. Node-specific files are named by the node's IPv4
address in hex (e.g. \`c0a80a05\`), which \`fileTypes\` cannot express: associate them with the
\`source.hpom\` scope in your editor (in a VS Code extension, with a
\`contributes.languages[].filenamePatterns\` glob).

## Regenerating

\`\`\`sh
npm run grammar
\`\`\`

This builds the package and runs \`scripts/generate-grammar.mjs\`, which takes the file contents
from \`grammarFiles()\` (\`src/tooling/grammar-files.ts\`, via the built \`dist/tooling.js\`),
writes each of them here, copies the diagrams' support files from the installed \`chevrotain\`
package and removes any other file from this folder:

${supportList}

\`test/grammar/grammar-files.test.ts\` fails when a file here differs from what the parser
generates (after a grammar change, or a \`chevrotain\` upgrade): run \`npm run grammar\` and
commit the result.
`;
}

// ---------------------------------------------------------------------------------------------

/**
 * The generated files of `grammar/`: file name (relative to `grammar/`) → exact contents.
 * The diagrams' support files are not included: they are copies of files of the
 * `chevrotain` package, listed by {@link diagramSupportFiles}.
 */
export function grammarFiles(): Record<string, string> {
  const rules = languageRules();
  const html = diagrams(rules);
  return {
    [EBNF]: ebnf(rules),
    [DIAGRAMS]: html,
    [TEXTMATE]: textMate(),
    [README]: readme(rules, diagramSupportFiles(html)),
    [GITATTRIBUTES]: "# Generated by `npm run grammar`: keep these files byte-for-byte as generated.\n* -text\n",
  };
}
