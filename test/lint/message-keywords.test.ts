/** A keyword's spelling lives in the lexer's table: the rules' template strings name keywords through `KW`, never written out. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { KEYWORDS } from "../../src/lexer/keywords.js";

const RULES = join(import.meta.dirname, "../../src/rules");
const KEYWORD = new RegExp(`(?<![A-Za-z0-9_$])(?:${KEYWORDS.join("|")})(?![A-Za-z0-9_])`);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

/** The literal text of every template string of a file (the parts outside `${…}`), with its line. */
function templateTexts(path: string): { line: number; text: string }[] {
  const file = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
  const out: { line: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      out.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

describe("rule messages", () => {
  it("write no HPOM keyword inside a template string", () => {
    const found = sources(RULES).flatMap((path) =>
      templateTexts(path)
        .filter((t) => KEYWORD.test(t.text))
        .map((t) => `${path.slice(RULES.length + 1)}:${t.line}: ${t.text}`),
    );
    expect(found).toEqual([]);
  });
});
