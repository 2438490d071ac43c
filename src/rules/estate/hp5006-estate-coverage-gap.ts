import { changeInstants } from "../../estate/coverage-time.js";
import { coverage, CoverageInputError, type CoverageClass, type CoverageResult } from "../../estate/coverage.js";
import { setText } from "../../estate/format-coverage-text.js";
import type { EstateFile } from "../../estate/load.js";
import { route } from "../../estate/route.js";
import { defineEstateRule } from "./estate-rule.js";
import { filesByPath, gapCause, type GapCause } from "./gap-cause.js";
import { referenceWeek } from "./reference-week.js";
import { addInterval, weekText } from "./week-intervals.js";

/*
 * Guards that keep `lint --estate` quick: a week of 20 servers and 1,000
 * node files is 16,000 combinations and under 5,000 routes (well under a
 * second); an estate beyond these is reported as not judged, and
 * `hpom-lint coverage` with a filter answers for a part of it.
 */
const MAX_COMBINATIONS = 20_000;
const MAX_ROUTES = 10_000;

const MINUTE = 60_000;
const UTC = { type: "iana", name: "UTC" } as const;
/** Sets of messages named in a finding before the rest is counted. */
const SHOWN = 3;

/**
 * HP5006: a class of message that reaches no server during some interval of
 * a repeating week. `coverage` of the reference week (every clock UTC) finds
 * the gaps; a route at each instant a template turns within a gap names what
 * leaves it empty (gap-cause.ts), and the finding sits there, once per cause
 * and weekly intervals, with every class it leaves without a server.
 */
export default defineEstateRule({
  code: "HP5006",
  name: "estate-coverage-gap",
  severity: "warning",
  description: "Messages of some class that reach no server of the estate during some interval of the week.",
  docs: "docs/rules/HP5006.md",
  fixable: false,
  check(context) {
    const { estate } = context;
    const agentFiles = [...estate.servers.values()]
      .flatMap((s) => [s.allnodes, ...s.nodeFiles.values()])
      .filter((f): f is EstateFile => f !== undefined)
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    // Without an agent file nothing says where messages start: every class would be a gap of the files left out.
    const first = agentFiles[0];
    if (!first) return;
    const week = referenceWeek(estate);
    let result: CoverageResult;
    try {
      result = coverage(estate, {}, week, { maxCombinations: MAX_COMBINATIONS, maxRoutes: MAX_ROUTES });
    } catch (error) {
      if (!(error instanceof CoverageInputError)) throw error;
      context.report({
        file: first,
        range: { start: 0, end: 0 },
        // coverage's own advice names its options; lint has none of them.
        message: `the estate was not checked for coverage gaps, to keep lint quick: ${error.message.split("; ")[0]}; ask \`hpom-lint coverage\` about a part of it (--node, --severity, --msggrp)`,
      });
      return;
    }
    if (result.gaps.length === 0) return;

    const start = Date.parse(`${week.from}T00:00Z`);
    const turns = changeInstants(estate, [UTC], start, start + 7 * 24 * 60 * MINUTE);
    const files = filesByPath(estate);
    const findings = new Map<string, { cause: GapCause; intervals: string; classes: CoverageClass[] }>();
    for (const c of result.classes) {
      const gaps = result.gaps.filter((g) => g.class === c.id);
      if (gaps.length === 0) continue;
      const causes = new Map<string, { cause: GapCause; intervals: [number, number][] }>();
      for (const gap of gaps) {
        const from = Date.parse(gap.from);
        const to = Date.parse(gap.to);
        const at = [from, ...turns.filter((t) => t > from && t < to)];
        at.forEach((t, i) => {
          const cause = gapCause(route(estate, c.example, new Date(t).toISOString()), files, first);
          const key = `${cause.file.path}\u0000${cause.range.start}\u0000${cause.text}`;
          const known = causes.get(key) ?? { cause, intervals: [] };
          addInterval(known.intervals, (t - start) / MINUTE, ((at[i + 1] ?? to) - start) / MINUTE);
          causes.set(key, known);
        });
      }
      for (const [key, { cause, intervals }] of causes) {
        const text = weekText(intervals);
        const finding = findings.get(`${key}\u0000${text}`) ?? { cause, intervals: text, classes: [] };
        finding.classes.push(c);
        findings.set(`${key}\u0000${text}`, finding);
      }
    }
    const when = week.dated ? `UTC, the week of ${week.from}: every week of the year holds a date condition` : "UTC, every week";
    for (const { cause, intervals, classes } of findings.values())
      context.report({
        file: cause.file,
        range: cause.range,
        message: `${who(classes)} reach no server ${intervals} (${when}): ${cause.text}`,
      });
  },
});

/** The messages of `classes` in words. */
function who(classes: readonly CoverageClass[]): string {
  const sets = classes.flatMap((c) => c.messages).map(setText);
  if (sets.includes("every message")) return "messages of every kind";
  const more = sets.length > SHOWN ? ` (and ${sets.length - SHOWN} more kinds)` : "";
  return `messages with ${sets.slice(0, SHOWN).join("; or ")}${more}`;
}
