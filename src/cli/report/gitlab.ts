/**
 * GitLab Code Quality: one JSON array of issues in the subset of the Code
 * Climate format that GitLab reads for its merge-request widget, each with the
 * fields GitLab requires (`description`, `check_name`, `fingerprint`,
 * `severity`, `location.path`, `location.lines.begin`).
 */
import { createHash } from "node:crypto";
import type { Diagnostic, Severity } from "../../diagnostics/diagnostic.js";
import { rootRelative, type FileReport, type ReportContext } from "./file-report.js";

/** A severity GitLab's Code Quality documents. */
type GitlabSeverity = "info" | "minor" | "major" | "critical" | "blocker";

/**
 * GitLab's five levels for our three, as the linters GitLab documents report
 * them: an error fails the run but is no outage, so `major`, not `critical`.
 */
const SEVERITY: Record<Severity, GitlabSeverity> = { error: "major", warning: "minor", info: "info" };

/** One issue of a GitLab Code Quality report. */
interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: GitlabSeverity;
  location: { path: string; lines: { begin: number; end: number } };
}

/**
 * GitLab tells new issues from resolved ones by fingerprint between the base
 * and the head of a merge request. Lines are left out on purpose: an edit above
 * a finding moves it without changing it, and it must not show as fixed and
 * new. What stays is the file, the rule, the message and the how-many-th such
 * finding it is in the file, so two identical findings in one file still
 * differ, and one that is really fixed or introduced shows as such.
 */
function fingerprint(path: string, d: Diagnostic, occurrence: number): string {
  return createHash("sha256")
    .update(JSON.stringify([path, d.code, d.message, occurrence]))
    .digest("hex");
}

function issues(report: FileReport, context: ReportContext): CodeQualityIssue[] {
  // GitLab resolves paths against the repository's root, like GitHub.
  const path = rootRelative(report.filename, context) ?? report.filename;
  const seen = new Map<string, number>();
  return report.diagnostics.map((d) => {
    const key = JSON.stringify([d.code, d.message]);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return {
      description: d.message,
      check_name: `${d.code}/${d.name}`,
      fingerprint: fingerprint(path, d, occurrence),
      severity: SEVERITY[d.severity],
      location: { path, lines: { begin: d.range.start.line, end: d.range.end.line } },
    };
  });
}

/** Renders reports as one GitLab Code Quality report. */
export function formatGitlab(reports: readonly FileReport[], context: ReportContext): string {
  return `${JSON.stringify(
    reports.flatMap((r) => issues(r, context)),
    null,
    2,
  )}\n`;
}
