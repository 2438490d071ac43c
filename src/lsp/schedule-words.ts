/**
 * A time template's schedule in words, for hover: each condition in order
 * (the first whose interval holds decides, docs/language.md#evaluating-time-templates),
 * with what it makes the template.
 */
import { printable } from "../util/printable.js";
import type { TimeCondition, TimeConditionPart, TimeTemplate } from "../ast/nodes.js";

function part(p: TimeConditionPart): string | undefined {
  switch (p.type) {
    case "TimeRange":
      return `from ${p.from.raw} to ${p.to.raw}`;
    case "WeekdayOn":
      return `on ${p.day.raw}s`;
    case "WeekdayRange":
      return `${p.from.raw} to ${p.to.raw}`;
    case "DateOn":
      return `on ${p.date.raw}`;
    case "DateRange":
      return `from ${p.from.raw} to ${p.to.raw}`;
    case "TimeCondType":
      return undefined;
  }
}

/** One condition: "true Monday to Friday, from 08:00 to 17:00". */
function condition(c: TimeCondition): string {
  const type = c.parts.find((p) => p.type === "TimeCondType");
  // Without TIMECONDTYPE the condition is a Match (docs/language.md#a-missing-timecondtype-means-match).
  const kind = type?.value.raw ?? "Match";
  const verdict = kind === "Match" ? "true" : `false (${kind})`;
  const when = c.parts.map(part).filter((w) => w !== undefined);
  return `${verdict} ${when.length === 0 ? "all day, every day" : when.join(", ")}`;
}

/** The schedule of `template` as Markdown lines. */
export function scheduleInWords(template: TimeTemplate): string {
  const lines = [`**time template ${printable(template.name.raw)}**`];
  if (template.description) lines.push(printable(template.description.value.value));
  const zone = template.timeZone;
  if (zone) lines.push(`Times read in the ${printable(zone.zoneType.raw)} zone ${printable(zone.zoneValue.raw)}.`);
  const conditions = template.conditions?.conditions ?? [];
  if (conditions.length === 0) {
    lines.push("No conditions: whether it always or never holds is undocumented (HP2019).");
  } else {
    lines.push("The first condition whose interval holds decides:");
    conditions.forEach((c, i) => lines.push(`${i + 1}. ${condition(c)}`));
    lines.push("Otherwise false.");
  }
  return lines.join("\n\n");
}
