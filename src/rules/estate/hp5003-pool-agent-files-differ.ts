import type { OffsetRange } from "../../ast/nodes.js";
import type { EstateFile, EstatePool, EstateServer } from "../../estate/load.js";
import { scan, tokenEnd } from "../../lexer/scanner.js";
import { printable } from "../../util/printable.js";
import { defineEstateRule, type EstateRuleContext } from "./estate-rule.js";
import { lineOf } from "./targets.js";

/**
 * HP5003: pool members whose agent files differ. HP requires every member of a
 * pool to hold the same configuration, since a node's agent may be served by
 * any of them; a node file or an `allnodes` that drifted apart sends the
 * node's messages elsewhere after a switch-over. Files are compared token by
 * token, so layout and comments do not count, and the first difference is
 * reported in the member's file, against the first member that has the file.
 */
export default defineEstateRule({
  code: "HP5003",
  name: "pool-agent-files-differ",
  severity: "error",
  description: "A pool member's allnodes or node file that differs from another member's, or that another member lacks.",
  docs: "docs/rules/HP5003.md",
  fixable: false,
  check(context) {
    for (const pool of context.estate.pools) {
      const members = pool.members.flatMap((m) => context.estate.servers.get(m) ?? []);
      if (members.length < 2) continue;
      const names = new Set<string>();
      for (const m of members) for (const n of m.nodeFiles.keys()) names.add(n);
      compare(context, pool, members, "allnodes", (m) => m.allnodes);
      for (const name of [...names].sort()) compare(context, pool, members, `node file ${name}`, (m) => m.nodeFiles.get(name));
    }
  },
});

/** Compares one agent file across the members: each against the first member that has it. */
function compare(
  context: EstateRuleContext,
  pool: EstatePool,
  members: readonly EstateServer[],
  what: string,
  fileOf: (member: EstateServer) => EstateFile | undefined,
): void {
  const first = members.find((m) => fileOf(m));
  if (!first) return;
  const reference = fileOf(first)!;
  const missing = members.filter((m) => !fileOf(m)).map((m) => m.name);
  if (missing.length > 0) {
    context.report({
      file: reference,
      range: firstToken(reference),
      message: `pool ${pool.name}: ${missing.join(", ")} ${missing.length === 1 ? "has" : "have"} no ${what}, which ${first.name} has; HP requires the same agent files on every member`,
    });
  }
  for (const member of members) {
    const file = fileOf(member);
    if (!file || file === reference || file.text === reference.text) continue;
    const difference = firstDifference(file, reference);
    if (!difference) continue;
    context.report({
      file,
      range: difference.here,
      message: `pool ${pool.name}: ${member.name}'s ${what} differs from ${first.name}'s (${reference.path}:${lineOf(reference, difference.there.start)}): here ${difference.hereText}, there ${difference.thereText}; HP requires the same agent files on every member`,
    });
  }
}

interface Token {
  image: string;
  range: OffsetRange;
}

function tokens(file: EstateFile): Token[] {
  return scan(file.text).tokens.map((t) => ({ image: t.image, range: { start: t.startOffset, end: tokenEnd(t) } }));
}

function firstToken(file: EstateFile): OffsetRange {
  return tokens(file)[0]?.range ?? { start: 0, end: 0 };
}

/** The first token where the two files' tokens differ (comments and layout aside), or undefined when they are the same. */
function firstDifference(
  file: EstateFile,
  reference: EstateFile,
): { here: OffsetRange; there: OffsetRange; hereText: string; thereText: string } | undefined {
  const a = tokens(file);
  const b = tokens(reference);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x !== undefined && x.image === y?.image) continue;
    return {
      here: x?.range ?? { start: file.text.length, end: file.text.length },
      there: y?.range ?? { start: reference.text.length, end: reference.text.length },
      hereText: shown(x),
      thereText: shown(y),
    };
  }
  return undefined;
}

function shown(token: Token | undefined): string {
  if (!token) return "the file ends";
  const image = printable(token.image);
  return `\`${image.length > 60 ? `${image.slice(0, 57)}...` : image}\``;
}
