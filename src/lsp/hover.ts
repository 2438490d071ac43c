/**
 * Hover: the documentation of the rules whose diagnostics cover the position,
 * the schedule of the time template named there, or the grammar of the
 * keyword there.
 */
import type { Hover } from "vscode-languageserver";
import { MarkupKind } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { ConfigFile } from "../ast/nodes.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Keyword } from "../lexer/keywords.js";
import { scan } from "../lexer/scanner.js";
import { lookupCode } from "../lint/config.js";
import { repositoryFileUrl } from "../cli/rule-catalog.js";
import { printable } from "../util/printable.js";
import { docsUrl, rangeOf } from "./diagnostics.js";
import { KEYWORD_PRODUCTION, PRODUCTIONS } from "./keyword-docs.js";
import { nameSites, siteAt, templatesOf } from "./names.js";
import { scheduleInWords } from "./schedule-words.js";

function markdown(value: string): Hover["contents"] {
  return { kind: MarkupKind.Markdown, value };
}

/** The documentation of each rule reported at `offset`. */
function ruleDocs(findings: readonly Diagnostic[], offset: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const d of findings) {
    if (d.range.start.offset > offset || offset > d.range.end.offset || seen.has(d.code)) continue;
    seen.add(d.code);
    const known = lookupCode(d.code);
    const url = docsUrl(d.code);
    out.push(`**${d.code}** \`${d.name}\`: ${known?.description ?? ""}${url ? ` [Documentation](${url})` : ""}`);
  }
  return out;
}

/** The keyword token at `offset`, with its range. */
function keywordAt(text: string, offset: number): { keyword: Keyword; start: number; end: number } | undefined {
  // Only the line is scanned: a keyword never spans lines, and hover must stay cheap on big files.
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const lineEnd = text.indexOf("\n", offset);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  for (const tok of scan(line).tokens) {
    const start = lineStart + tok.startOffset;
    const end = start + tok.image.length;
    const keyword = tok.tokenType.name as Keyword;
    if (start <= offset && offset <= end && Object.hasOwn(KEYWORD_PRODUCTION, keyword)) return { keyword, start, end };
  }
  return undefined;
}

/** The hover at `offset` of `doc`, whose tree is `ast` and last diagnostics `findings`. */
export function hoverAt(doc: TextDocument, ast: ConfigFile, findings: readonly Diagnostic[], offset: number): Hover | null {
  const rules = ruleDocs(findings, offset);
  const site = siteAt(nameSites(ast), offset);
  if (site?.kind === "template") {
    const template = templatesOf(ast).get(site.name);
    const what = template
      ? scheduleInWords(template)
      : site.name === "$OPC_ALWAYS"
        ? "**$OPC_ALWAYS**: HPOM's built-in time template, always true"
        : `time template ${printable(site.literal.raw)} is not defined in this file`;
    const value = [what, ...rules];
    return { contents: markdown(value.join("\n\n---\n\n")), range: rangeOf(doc, site.literal.range.start, site.literal.range.end) };
  }
  const text = doc.getText();
  const keyword = keywordAt(text, offset);
  if (keyword) {
    const production = PRODUCTIONS[KEYWORD_PRODUCTION[keyword.keyword]]!;
    const link = repositoryFileUrl(`docs/language.md#${production.anchor}`);
    const value = [
      `**${keyword.keyword}** (${production.section}, [docs/language.md](${link}))\n\n\`\`\`ebnf\n${production.ebnf}\n\`\`\``,
      ...rules,
    ];
    return { contents: markdown(value.join("\n\n---\n\n")), range: rangeOf(doc, keyword.start, keyword.end) };
  }
  return rules.length > 0 ? { contents: markdown(rules.join("\n\n")) } : null;
}
