/**
 * Completion at the cursor: the keywords the grammar allows there (Chevrotain's
 * content assist on the parser's own grammar), the enumerated value a keyword
 * takes, the time templates and condition status variables the file defines,
 * and the servers of the pool model.
 */
import { createTokenInstance, type IToken, type TokenType } from "chevrotain";
import { CompletionItemKind, TextEdit, type CompletionItem, type Range } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { quoteString } from "../ast/literals.js";
import type { ConfigFile } from "../ast/nodes.js";
import { KEYWORDS, VALUE_SETS, type Keyword, type ValueKind } from "../lexer/keywords.js";
import { scan } from "../lexer/scanner.js";
import { KEYWORD_TOKENS as K, StringLit } from "../lexer/tokens.js";
import { getParser } from "../parser/parse.js";
import { rangeOf } from "./diagnostics.js";
import { nameSites, type NameKind } from "./names.js";

/** The servers of a pool model that completion offers; the parts of the model it reads. */
export interface ServerSource {
  pools: readonly { name: string; members: readonly string[]; virtual: readonly string[]; forwardTo?: readonly string[] }[];
  senders?: readonly { server: string; forwardTo?: readonly string[] }[];
}

const KEYWORD_SET: ReadonlySet<string> = new Set(KEYWORDS);

/**
 * Content assist walks the grammar along every token before the cursor, which
 * grows with the file. It starts instead at the last element of a list (a
 * template, a rule, a manager …), behind the few keywords that lead to such an
 * element: the same follow set, at the cost of one element.
 */
const ANCHORS: Partial<Record<Keyword, readonly (Keyword | "String")[]>> = {
  TIMETEMPLATES: [],
  CONDSTATUSVARS: [],
  RESPMGRCONFIGS: [],
  TIMETEMPLATE: ["TIMETEMPLATES"],
  TIMETMPLCOND: ["TIMETEMPLATES", "TIMETEMPLATE", "String", "TIMETMPLCONDS"],
  RESPMGRCONFIG: ["RESPMGRCONFIGS"],
  SECONDARYMANAGER: ["RESPMGRCONFIGS", "RESPMGRCONFIG", "SECONDARYMANAGERS"],
  ACTIONALLOWMANAGER: ["RESPMGRCONFIGS", "RESPMGRCONFIG", "ACTIONALLOWMANAGERS"],
  MSGTARGETRULE: ["RESPMGRCONFIGS", "RESPMGRCONFIG", "MSGTARGETRULES"],
};

/** The keyword before a value, and which value set it takes. */
const VALUE_AFTER: Partial<Record<Keyword, ValueKind>> = {
  SEVERITY: "severity",
  TIMECONDTYPE: "condition-type",
  MSGCONDTYPE: "condition-type",
  TIMEZONETYPE: "timezone-type",
  TROUBLETICKET: "boolean",
  NOTIFICATION: "boolean",
};

function synthetic(type: TokenType, image: string): IToken {
  return createTokenInstance(type, image, NaN, NaN, NaN, NaN, NaN, NaN);
}

/** The tokens to run content assist over: from the last anchor, behind its lead. */
function assistTokens(tokens: readonly IToken[]): IToken[] {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const name = tokens[i]!.tokenType.name as Keyword;
    const lead = ANCHORS[name];
    if (!lead) continue;
    // `TIMETEMPLATE` after a target manager or operation names a template; it starts no element.
    const before = tokens[i - 1]?.tokenType.name;
    if (name === "TIMETEMPLATE" && (before === "MSGTARGETMANAGER" || before === "MSGOPERATION")) continue;
    return [...lead.map((k) => (k === "String" ? synthetic(StringLit, '""') : synthetic(K[k], k))), ...tokens.slice(i)];
  }
  return [...tokens];
}

/** The keywords the grammar allows after `tokens`. */
function allowedKeywords(tokens: readonly IToken[]): string[] {
  const paths = getParser().computeContentAssist("configFile", assistTokens(tokens));
  return [...new Set(paths.map((p) => p.nextTokenType.name).filter((n) => KEYWORD_SET.has(n)))];
}

function item(label: string, kind: CompletionItemKind, range: Range, detail?: string): CompletionItem {
  const out: CompletionItem = { label, kind, textEdit: TextEdit.replace(range, label) };
  if (detail !== undefined) out.detail = detail;
  return out;
}

/** The names of `kind` the file defines, quoted. */
function names(ast: ConfigFile, kind: NameKind): string[] {
  const defined = nameSites(ast)
    .filter((s) => s.kind === kind && s.definition)
    .map((s) => quoteString(s.name));
  return [...new Set(kind === "template" ? ['"$OPC_ALWAYS"', ...defined] : defined)];
}

/** Every server the model names, once. */
function serversOf(model: ServerSource): string[] {
  const out = new Set<string>();
  for (const pool of model.pools) {
    pool.members.forEach((m) => out.add(m));
    pool.virtual.forEach((v) => out.add(v));
    pool.forwardTo?.forEach((t) => out.add(t));
  }
  for (const sender of model.senders ?? []) {
    out.add(sender.server);
    sender.forwardTo?.forEach((t) => out.add(t));
  }
  return [...out];
}

/** Whether `offset` lies inside a section that defines names rather than uses them. */
function inSection(section: { range: { start: number; end: number } } | null, offset: number): boolean {
  return section !== null && section.range.start <= offset && offset <= section.range.end;
}

/** The completions at `offset` of `doc`, whose tree is `ast`; `servers` from the pool model, if any. */
export function completionsAt(doc: TextDocument, ast: ConfigFile, offset: number, servers?: ServerSource): CompletionItem[] {
  const text = doc.getText();
  const tokens = scan(text.slice(0, offset)).tokens;
  let last = tokens[tokens.length - 1];
  // A word or string that reaches the cursor is what is being typed: it is replaced, not completed after.
  let start = offset;
  if (last && last.startOffset + last.image.length === offset && /[\w"$]$/.test(last.image)) {
    start = last.startOffset;
    tokens.pop();
    last = tokens[tokens.length - 1];
  }
  const range = rangeOf(doc, start, offset);
  const prev = last?.tokenType.name;
  const prev2 = tokens[tokens.length - 2]?.tokenType.name;
  const value = VALUE_AFTER[prev as Keyword];
  if (value) return VALUE_SETS[value].map((v) => item(v, CompletionItemKind.EnumMember, range, value));
  if (prev === "ON" || prev === "FROM" || prev === "TO") {
    const weekday = prev2 === "WEEKDAY" || (prev === "TO" && tokens[tokens.length - 4]?.tokenType.name === "WEEKDAY");
    if (weekday) return VALUE_SETS.weekday.map((v) => item(v, CompletionItemKind.EnumMember, range, "weekday"));
  }
  if (prev === "String" && prev2 === "CONDSTATUSVAR" && inSection(ast.condStatusVars, offset)) {
    return VALUE_SETS.boolean.map((v) => item(v, CompletionItemKind.EnumMember, range, "boolean"));
  }
  if (prev === "TIMETEMPLATE" && !inSection(ast.timeTemplates, offset)) {
    return names(ast, "template").map((n) => item(n, CompletionItemKind.Reference, range, "time template"));
  }
  if (prev === "CONDSTATUSVAR" && !inSection(ast.condStatusVars, offset)) {
    return names(ast, "variable").map((n) => item(n, CompletionItemKind.Variable, range, "condition status variable"));
  }
  if (servers && prev === "IPv4") {
    return serversOf(servers).map((s) => item(quoteString(s), CompletionItemKind.Value, range, "server of the pool model"));
  }
  const keywords = allowedKeywords(tokens).map((k) => item(k, CompletionItemKind.Keyword, range));
  if (servers && (prev === "OPCMGR" || prev === "NODE")) {
    for (const s of serversOf(servers))
      keywords.push(item(`IP 0.0.0.0 ${quoteString(s)}`, CompletionItemKind.Value, range, "server of the pool model"));
  }
  return keywords;
}
