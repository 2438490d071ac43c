/**
 * `docs/rules/README.md`, generated from the rules' metadata so the index can
 * never disagree with the code (`npm run docs`; a test compares the committed file).
 */
import { CODES } from "../lint/codes.js";

const rules = CODES.filter((c) => !c.syntax);
const syntax = CODES.filter((c) => c.syntax);

const GROUPS: readonly { prefix: string; title: string; intro: string }[] = [
  { prefix: "HP2", title: "Validity (HP2xxx)", intro: "What `opcmomchk` checks, and the semantic mistakes it lets through." },
  {
    prefix: "HP3",
    title: "Server pooling (HP3xxx)",
    intro:
      "Active when a pool model is given (`--pool`, `LintOptions.pool`) and the file's server is known (`--server`, the path, or `LintOptions.server`).",
  },
  { prefix: "HP4", title: "Style and files (HP4xxx)", intro: "Directive comments and file names." },
  {
    prefix: "HP5",
    title: "Cross-server (HP5xxx)",
    intro:
      "Active on an estate, every server's files at once (`hpom-lint lint --estate <dir>`, `lintEstate`): what lies between servers, which no single file shows.",
  },
];

/** A code's documentation relative to docs/rules/, where the index lives. */
function pageOf(docs: string): string {
  return docs.replace(/^docs\/rules\//, "");
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

/** The rules index as Markdown. */
export function rulesIndex(): string {
  const out: string[] = [
    "# hpom-lint rules",
    "",
    "<!-- Generated from the rules' metadata by `npm run docs`; do not edit by hand. -->",
    "",
    "Every rule has a stable code (never reused) and a readable alias; both work in `LintOptions.rules`,",
    "the CLI's `--rule`, the configuration file and inline directives. Each page says what the rule",
    "finds, why it matters in HPOM, a bad and a good example (both run by the tests) and the fix.",
  ];
  for (const group of GROUPS) {
    const members = rules.filter((r) => r.code.startsWith(group.prefix));
    if (members.length === 0) continue;
    out.push("", `## ${group.title}`, "", group.intro, "", "| Code | Alias | Default | Fixable | Description |", "|---|---|---|---|---|");
    for (const r of members)
      out.push(`| [${r.code}](${pageOf(r.docs)}) | \`${r.name}\` | ${r.severity} | ${r.fixable ? "yes" : "no"} | ${cell(r.description)} |`);
  }
  out.push(
    "",
    "## Syntax (HP1xxx)",
    "",
    "Reported by the parser. They can be re-levelled, but those at error level cannot be turned off or",
    "suppressed: a file with a syntax error is not read by HPOM either.",
    "",
    "| Code | Alias | Default | Can be off | Description |",
    "|---|---|---|---|---|",
    ...syntax.map(
      (s) => `| [${s.code}](${pageOf(s.docs)}) | \`${s.name}\` | ${s.severity} | ${s.mandatory ? "no" : "yes"} | ${cell(s.description)} |`,
    ),
    "",
    "## Inline directives",
    "",
    "```",
    "# hpom-lint-disable-next-line <code|alias>[, …] [-- reason]   the next line holding code",
    "# hpom-lint-disable [<code|alias>, …] [-- reason]            until the matching enable (no codes: all rules)",
    "# hpom-lint-enable [<code|alias>, …]",
    "```",
    "",
  );
  return out.join("\n");
}
