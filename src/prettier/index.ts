/**
 * The Prettier plugin (`hpom-lint/prettier`): Prettier parses with our parser and
 * prints with our printer, so `prettier` gives exactly what `format()` and
 * `hpom-lint fmt` give. Comments live on our own AST nodes and are printed by our
 * printer; the root has no `comments` array, so Prettier's comment attachment
 * never runs (the plugin-xml route, STYLE.md).
 *
 * Only types come from prettier: it is an optional peer dependency, and nothing
 * of it is loaded at run time by this module.
 */
import type { AstPath, Doc, Parser, ParserOptions, Plugin, Printer, SupportLanguage } from "prettier";
import type { AstNode, Comment, TimeConditionPart } from "../ast/nodes.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { FLEXIBLE_FILE_NAMES, isFlexibleManagementName } from "../files/file-kind.js";
// Through the parser entry (`hpom-lint/parser`), so the plugin and that entry share their modules.
import { parse, print } from "../parser/index.js";
import { canonicalPartOrder } from "../printer/print.js";
import { cursorMarks } from "./cursor.js";

/** Every node Prettier may be handed: our AST nodes and comments. */
type HpomNode = AstNode | Comment;

/** The parser and AST format name (`"parser": "hpom"` in a Prettier config). */
const NAME = "hpom";

/** A 1-based line and 1-based column, as Prettier expects in a parse error's `loc`. */
interface LineColumn {
  line: number;
  column: number;
}

/**
 * Thrown by the plugin's parser for a file with syntax errors. `loc` makes
 * Prettier print a code frame; the message, like Prettier's own parsers', ends
 * with `(line:column)`. A file with syntax errors is never reformatted.
 */
export class HpomPrettierSyntaxError extends SyntaxError {
  /** Where the first error is: 1-based line and column, `end` exclusive. */
  readonly loc: { start: LineColumn; end: LineColumn };
  /** Every syntax error of the file. */
  readonly diagnostics: Diagnostic[];

  constructor(errors: Diagnostic[]) {
    const first = errors[0]!;
    const { start, end } = first.range;
    super(`${first.message} (${start.line}:${start.column})`);
    this.name = "SyntaxError";
    this.loc = {
      start: { line: start.line, column: start.column },
      end: { line: end.line, column: end.column },
    };
    this.diagnostics = errors;
  }
}

/**
 * HPOM reads its flexible-management files by exact name only; node-specific
 * files are named by the node's IPv4 address in hex (`c0a80a0b`), which no
 * fixed `filenames` entry can list, hence `isSupported` (Prettier 3.6+; older
 * releases ignore it, hence the peer range).
 */
export const languages: SupportLanguage[] = [
  {
    name: "HPOM flexible management",
    parsers: [NAME],
    // What Markdown's embedded formatting looks a fence's language up by: ```hpom.
    aliases: [NAME],
    filenames: [...FLEXIBLE_FILE_NAMES],
    isSupported: ({ filepath }) => isFlexibleManagementName(filepath),
  },
];

/** A pragma line: `#`, optional blanks, `@format` or `@prettier`, nothing else (as in Prettier's YAML). */
const PRAGMA = /^#[^\S\n]*@(?:format|prettier)\s*$/;

/** The same with `@noformat` or `@noprettier`: the file is left alone under `checkIgnorePragma` (Prettier 3.6+). */
const IGNORE_PRAGMA = /^#[^\S\n]*@(?:noformat|noprettier)\s*$/;

/**
 * Whether the file's leading comment block (its comment and blank lines before
 * the first token) has a line that `pragma` matches.
 */
function hasPragmaLine(text: string, pragma: RegExp): boolean {
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    // `trim` also drops a byte-order mark and a CR.
    const line = text.slice(start, end).trim();
    if (line !== "") {
      if (!line.startsWith("#")) return false;
      if (pragma.test(line)) return true;
    }
    start = end + 1;
  }
  return false;
}

/**
 * `text` with `# @format` and a blank line above its first line (after a
 * byte-order mark, which stays first); the rest is left as it is.
 */
function insertPragma(text: string): string {
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  return `${bom}# @format\n\n${text.slice(bom.length)}`;
}

const hpomParser: Parser<HpomNode> = {
  parse(text, options) {
    const filename = typeof options.filepath === "string" ? options.filepath : undefined;
    const { ast, diagnostics } = parse(text, filename === undefined ? {} : { filename });
    const errors = diagnostics.filter((d) => d.severity === "error");
    if (errors.length > 0) throw new HpomPrettierSyntaxError(errors);
    return ast;
  },
  astFormat: NAME,
  // What `requirePragma` looks for and `insertPragma` writes: `# @format` or `# @prettier`.
  hasPragma: (text) => hasPragmaLine(text, PRAGMA),
  hasIgnorePragma: (text) => hasPragmaLine(text, IGNORE_PRAGMA),
  locStart: (node) => node.range.start,
  locEnd: (node) => node.range.end,
};

/**
 * `prettier --debug-check` parses the input and the output, passes both trees
 * through `massageAstNode` and compares them. What the canonical layout may
 * change is taken out, nothing else: positions, blank lines, the order of a
 * TIMETMPLCOND's parts (the printer writes them in canonical order), and on
 * which line of its clause a comment stands (leading or trailing, above the
 * clause or beside a further line). Each clause keeps its own comments, as the
 * sorted list of their texts, so a comment that moved to another clause, or a
 * changed, lost or added one, still shows.
 */
const ignoredProperties: ReadonlySet<string> = new Set(["range", "blankLineBefore"]);

function massageAstNode(original: HpomNode, cloned: Record<string, unknown>): unknown {
  // Called children first: `cloned` holds massaged children, so comments are texts by now.
  if (original.type === "Comment") return original.text;
  if (original.type === "TimeCondition") cloned.parts = canonicalPartOrder(cloned.parts as TimeConditionPart[]);
  const comments = [
    ...((cloned.leadingComments as string[] | undefined) ?? []),
    ...((cloned.trailingComments as string[] | undefined) ?? []),
  ];
  delete cloned.leadingComments;
  delete cloned.trailingComments;
  if (comments.length > 0) cloned.comments = comments.sort();
  return undefined;
}

/** What Prettier found at the cursor (options it sets for `formatWithCursor`, not in its types). */
type CursorPlace = Parameters<typeof cursorMarks>[2];

const hpomPrinter: Printer<HpomNode> = {
  print(path: AstPath<HpomNode>, options: ParserOptions<HpomNode>) {
    const node = path.node;
    // The whole file comes from our printer; Prettier never descends into the tree.
    if (node.type !== "ConfigFile") throw new Error(`hpom-lint/prettier: cannot print a ${node.type} node on its own`);
    const printed = print(node);
    // Set by Prettier for `formatWithCursor` only.
    const marks = cursorMarks(node, printed, options as CursorPlace);
    if (marks.length === 0) return printed;
    // Prettier's `cursor` doc (doc.builders.cursor), written out: nothing of prettier is loaded at run time.
    const cursor = { type: "cursor" } as Doc;
    const doc: Doc[] = [];
    let from = 0;
    for (const mark of marks) {
      doc.push(printed.slice(from, mark), cursor);
      from = mark;
    }
    doc.push(printed.slice(from));
    return doc;
  },
  insertPragma,
  massageAstNode: Object.assign(massageAstNode, { ignoredProperties }),
  // Prettier walks the tree itself to find the node at the cursor (formatWithCursor,
  // `--cursor-offset`); by default it takes every object-valued property for a node,
  // `range` too, whose own `range` locStart would then read.
  getVisitorKeys: (node, nonTraversableKeys) => Object.keys(node).filter((key) => key !== "range" && !nonTraversableKeys.has(key)),
};

export const parsers: Record<string, Parser<HpomNode>> = { [NAME]: hpomParser };
export const printers: Record<string, Printer<HpomNode>> = { [NAME]: hpomPrinter };

/** The plugin object: `plugins: ["hpom-lint/prettier"]` in a Prettier config. */
export const plugin = { languages, parsers, printers } satisfies Plugin<HpomNode>;

export default plugin;
