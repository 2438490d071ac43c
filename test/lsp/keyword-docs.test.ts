/** The keyword documentation hover shows is docs/language.md's, word for word. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KEYWORDS } from "../../src/lexer/keywords.js";
import { KEYWORD_PRODUCTION, PRODUCTIONS } from "../../src/lsp/keyword-docs.js";
import { root } from "../cli/run-cli.js";

const LANGUAGE = readFileSync(join(root, "docs/language.md"), "utf8");

/** The text of the section under the heading `title`, to the next heading. */
function section(title: string): string {
  const start = LANGUAGE.indexOf(`\n### ${title}\n`);
  if (start < 0) return "";
  const end = LANGUAGE.indexOf("\n#", start + 1);
  return LANGUAGE.slice(start, end < 0 ? undefined : end);
}

describe("keyword documentation", () => {
  it.each(Object.entries(PRODUCTIONS))("%s is printed in its section of docs/language.md", (_name, production) => {
    expect(section(production.section)).toContain(production.ebnf);
    expect(production.anchor).toBe(
      production.section
        .toLowerCase()
        .replace(/[^a-z0-9 -]/g, "")
        .replace(/ /g, "-"),
    );
  });

  it.each([...KEYWORDS])("%s is introduced by the production named for it", (keyword) => {
    expect(PRODUCTIONS[KEYWORD_PRODUCTION[keyword]]!.ebnf).toContain(`"${keyword}"`);
  });
});
