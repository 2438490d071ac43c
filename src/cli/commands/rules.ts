/**
 * `hpom-lint rules [--format json]`: every code the linter can report, syntax
 * codes included, with its alias, default severity, fixability, description
 * and documentation URL.
 */
import { type Command, Option } from "commander";
import type { CliContext } from "../context.js";
import type { CatalogEntry } from "../rule-catalog.js";
import { VERSION } from "../version.js";

interface RulesOptions {
  format: "text" | "json";
}

/** Version of the `rules --format json` document's shape. */
const RULES_JSON_VERSION = 1;

function formatText(entries: readonly CatalogEntry[]): string {
  const nameWidth = Math.max(...entries.map((e) => e.name.length));
  const indent = " ".repeat(8);
  return entries
    .map((e) => {
      const head = `${e.code}  ${e.name.padEnd(nameWidth)}  ${e.severity.padEnd(7)}  ${e.fixable ? "fixable" : ""}`.trimEnd();
      return `${head}\n${indent}${e.description}\n${indent}${e.docs}\n`;
    })
    .join("\n");
}

function formatJson(entries: readonly CatalogEntry[]): string {
  const document = {
    version: RULES_JSON_VERSION,
    tool: { name: "hpom-lint", version: VERSION },
    rules: entries.map((e) => ({
      code: e.code,
      name: e.name,
      severity: e.severity,
      fixable: e.fixable,
      description: e.description,
      docs: e.docs,
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

const HELP_AFTER = `
Lists the syntax codes (HP1xxx) and every rule, in code order. Codes and
aliases are both accepted wherever a rule is named (--rule, inline
directives). A folder named "rules" is linted with \`hpom-lint lint rules\`.

Examples:
  hpom-lint rules
  hpom-lint rules --format json
`;

/** Adds `rules` to `program`. */
export function registerRules(program: Command, ctx: CliContext): void {
  program
    .command("rules")
    .description("list every rule: code, alias, default severity, fixable, description, docs")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .addHelpText("after", HELP_AFTER)
    .action(async (options: RulesOptions) => {
      const { CATALOG } = await import("../rule-catalog.js");
      ctx.io.stdout(options.format === "json" ? formatJson(CATALOG) : formatText(CATALOG));
    });
}
