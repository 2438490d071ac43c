/**
 * The migration plan as `hpom-lint import --plan` prints it: the phases, each
 * with whether the old set-up keeps running, what changes for the agents and
 * the files it changes; then per server and file the unified diff, which `git
 * apply` reads (the `#` lines between the diffs are ignored by it).
 */
import { printable } from "../util/printable.js";
import type { MigrationPlan, PlannedFile } from "./plan.js";

/** Text from the files, line by line, without control characters (a tab stays). */
function safe(text: string): string {
  return text.split("\n").map(printable).join("\n");
}

function fileLabel(file: PlannedFile, prefix: string): string {
  return `${printable(prefix + file.path)} (${file.change})`;
}

/** A diff's lines, its two file names below `prefix`. */
function withPrefix(diff: string, prefix: string): string[] {
  const [from = "", to = "", ...rest] = diff.replace(/\n$/, "").split("\n");
  return [from.replace("--- a/", `--- a/${prefix}`), to.replace("+++ b/", `+++ b/${prefix}`), ...rest];
}

/** The plan as text; paths are shown below `prefix` (the estate folder as given, with a trailing slash, or ""). */
export function formatPlanText(plan: MigrationPlan, prefix = ""): string {
  const changing = plan.files.filter((f) => f.change !== "same");
  const servers = new Set(changing.map((f) => f.server));
  const lines = [
    `# Migration plan: ${changing.length} file${changing.length === 1 ? "" : "s"} to change on ${servers.size} server${servers.size === 1 ? "" : "s"}.`,
    "",
  ];
  plan.phases.forEach((phase, i) => {
    lines.push(
      `# Phase ${i + 1} of ${plan.phases.length}: ${phase.title} (${phase.whileOldRuns ? "the old set-up keeps running" : "the switch"})`,
    );
    lines.push(`#   Agents: ${phase.agents}.`);
    for (const step of phase.steps) lines.push(`#   - ${printable(step)}`);
    const files = changing.filter((f) => f.phase === i + 1);
    if (files.length > 0) lines.push(`#   Files: ${files.map((f) => fileLabel(f, prefix)).join(", ")}`);
    else if (plan.files.some((f) => f.phase === i + 1)) lines.push("#   Files: none to change.");
    lines.push("");
  });
  for (const server of [...new Set(plan.files.map((f) => f.server))]) {
    lines.push(`# ${printable(server)}`);
    for (const file of plan.files.filter((f) => f.server === server)) {
      lines.push(`#   ${printable(file.name)}: ${file.change}${file.change === "same" ? "" : ` (phase ${file.phase})`}`);
      if (file.diff !== "") lines.push(...withPrefix(safe(file.diff), prefix));
    }
    lines.push("");
  }
  return `${lines.join("\n").replace(/\n+$/, "")}\n`;
}
