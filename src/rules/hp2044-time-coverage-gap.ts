import type { TimeTemplate } from "../ast/nodes.js";
import { kindClass } from "../files/constructs.js";
import { defineRule } from "../lint/rule.js";
import { keywordRange, OPC_ALWAYS, quoteString, referencedName } from "./util.js";
import { DAY, WEEK, dayTime, trueIntervals, uncovered, weekTime, type Interval } from "./week.js";
import { KW } from "../lexer/keywords.js";

const SHOWN = 3;

/** The gaps as a reader names them, Monday first; one that runs over Sunday midnight is one gap, not two. */
function describeGaps(gaps: Interval[]): string {
  const first = gaps[0]!;
  const last = gaps[gaps.length - 1]!;
  const wrapped =
    gaps.length > 1 && first.start === 0 && last.end === WEEK ? [...gaps.slice(1, -1), { start: last.start, end: first.end + WEEK }] : gaps;
  // The commonest gap, the same hours missing on every day, reads best as one.
  const one = wrapped[0]!;
  const daily = wrapped.length === 7 && wrapped.every((g) => g.end - g.start === one.end - one.start && (g.start - one.start) % DAY === 0);
  if (daily)
    return `every day between ${dayTime(one.start)} and ${dayTime(one.end)}${one.end % DAY <= one.start % DAY ? " the next day" : ""}`;
  const shown = wrapped.slice(0, SHOWN).map((g) => `between ${weekTime(g.start)} and ${weekTime(g.end)}`);
  const more = wrapped.length - SHOWN;
  return shown.join(", ") + (more > 0 ? ` (and ${more} more ${more === 1 ? "gap" : "gaps"})` : "");
}

/**
 * HP2044: in an agent file, a rule whose target managers' time templates leave
 * part of the ordinary week uncovered (docs/language.md#where-no-target-is-active). Only rules whose every
 * target names a template defined once in the file, with a clear meaning, are
 * judged; a `$OPC_ALWAYS` target covers everything.
 */
export default defineRule({
  code: "HP2044",
  name: "time-coverage-gap",
  severity: "info",
  description: "In an agent file, a rule whose target managers' time templates leave part of the week without an active target.",
  docs: "docs/rules/HP2044.md",
  fixable: false,
  create(context) {
    const kind = context.kind;
    if (kind === undefined || kindClass(kind) !== "agent") return {};
    // null: defined twice (duplicate-time-template), so which definition counts is unclear.
    const templates = new Map<string, TimeTemplate | null>();
    const weeks = new Map<TimeTemplate, Interval[] | undefined>();
    const weekOf = (template: TimeTemplate): Interval[] | undefined => {
      if (!weeks.has(template)) weeks.set(template, trueIntervals(template));
      return weeks.get(template);
    };
    return {
      // The TIMETEMPLATES section comes first in the tree, so every template is known before a rule.
      TimeTemplate(node) {
        const name = node.name.value;
        templates.set(name, templates.has(name) ? null : node);
      },
      TargetManagers(node) {
        if (node.managers.length === 0) return;
        const covered = new Set<Interval[]>();
        for (const target of node.managers) {
          const name = referencedName(target.timeTemplate);
          if (name === OPC_ALWAYS) return;
          const template = templates.get(name);
          const week = template ? weekOf(template) : undefined;
          if (!week) return;
          covered.add(week);
        }
        const gaps = uncovered([...covered]);
        if (gaps.length === 0) return;
        const when = gaps.length === 1 && gaps[0]!.end - gaps[0]!.start === WEEK ? "at any time of an ordinary week" : describeGaps(gaps);
        context.report({
          range: keywordRange(node.range.start, "MSGTARGETMANAGERS"),
          message: `no target manager of this rule is active ${when}; where a message then goes is undocumented — add a target for that time, e.g. a last one with ${KW.timetemplate} ${quoteString(OPC_ALWAYS)}`,
        });
      },
    };
  },
});
