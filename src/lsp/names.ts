/**
 * The names a file defines and uses: time templates (`TIMETEMPLATE "x"` in
 * `TIMETEMPLATES`, referred to by a target manager or message operation) and
 * condition status variables (`CONDSTATUSVAR "x" True` declared, used in a
 * condition). What go to definition, find references and rename work on.
 */
import type { AstNode, ConfigFile, StringLiteral, TimeTemplate } from "../ast/nodes.js";
import { forEachChild } from "../ast/walk.js";

/** What kind of name a string is. */
export type NameKind = "template" | "variable";

/** One occurrence of a name. */
export interface NameSite {
  kind: NameKind;
  /** The name as meant (quotes and escapes removed). */
  name: string;
  /** The string literal as written. */
  literal: StringLiteral;
  /** Whether this occurrence defines the name. */
  definition: boolean;
}

/** Every occurrence of a template or variable name in `ast`, in source order. */
export function nameSites(ast: ConfigFile): NameSite[] {
  const out: NameSite[] = [];
  const add = (kind: NameKind, literal: StringLiteral, definition: boolean) => out.push({ kind, name: literal.value, literal, definition });
  const visit = (node: AstNode): void => {
    if (node.type === "TimeTemplate") add("template", node.name, true);
    else if (node.type === "TimeTemplateRef" && node.name.type === "String") add("template", node.name, false);
    else if (node.type === "CondStatusVarDecl") add("variable", node.name, true);
    else if (node.type === "CondStatusVarAttribute") add("variable", node.name, false);
    forEachChild(node, visit);
  };
  visit(ast);
  return out;
}

/** The occurrence whose string holds `offset` (its quotes included), if any. */
export function siteAt(sites: readonly NameSite[], offset: number): NameSite | undefined {
  return sites.find((s) => s.literal.range.start <= offset && offset <= s.literal.range.end);
}

/** Every occurrence of the same name and kind as `site`. */
export function sameName(sites: readonly NameSite[], site: NameSite): NameSite[] {
  return sites.filter((s) => s.kind === site.kind && s.name === site.name);
}

/** The templates defined in `ast`, by name (the first of a name wins, as HP2002 reports the others). */
export function templatesOf(ast: ConfigFile): Map<string, TimeTemplate> {
  const out = new Map<string, TimeTemplate>();
  for (const t of ast.timeTemplates?.templates ?? []) if (!out.has(t.name.value)) out.set(t.name.value, t);
  return out;
}
