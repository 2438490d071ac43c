/**
 * JUnit XML, as Jenkins' JUnit plugin and GitLab's test reports read it: one
 * `<testsuite>` per linted file, one failing `<testcase>` per diagnostic (its
 * severity in the failure's `type`), and one passing test case for a file
 * without findings, so clean files count as passed rather than vanish.
 */
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { rootRelative, type FileReport, type ReportContext } from "./file-report.js";

/**
 * What XML 1.0 cannot hold at all (C0 controls but tab, LF and CR; lone
 * surrogates; U+FFFE/U+FFFF), and the C1 controls and DEL, which it can but a
 * terminal showing the report would act on. File names and messages quote the
 * input, so any of them may turn up; each becomes U+FFFD.
 */
const UNREPRESENTABLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text content: markup characters as entities. */
function text(value: string): string {
  return value.replace(UNREPRESENTABLE, "\uFFFD").replace(/[&<>"']/g, (c) => ENTITY[c]!);
}

/** An attribute value; tab, LF and CR as character references, which attribute normalisation would otherwise turn into spaces. */
function attribute(value: string): string {
  return text(value).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function failureCase(report: FileReport, d: Diagnostic): string {
  const { line, column } = d.range.start;
  const where = `${report.filename}:${line}:${column}`;
  return [
    `    <testcase classname="${attribute(report.filename)}" name="${attribute(`${d.code}/${d.name} at ${line}:${column}`)}" time="0">`,
    `      <failure type="${d.severity}" message="${attribute(d.message)}">${text(`${where}: ${d.severity}: ${d.message} [${d.code}/${d.name}]`)}</failure>`,
    "    </testcase>",
  ].join("\n");
}

function suite(report: FileReport): string {
  const failures = report.diagnostics.length;
  const cases =
    failures === 0
      ? [`    <testcase classname="${attribute(report.filename)}" name="hpom-lint" time="0"/>`]
      : report.diagnostics.map((d) => failureCase(report, d));
  return [
    `  <testsuite name="${attribute(report.filename)}" tests="${Math.max(1, failures)}" failures="${failures}" errors="0" skipped="0" time="0">`,
    ...cases,
    "  </testsuite>",
  ].join("\n");
}

/** Renders reports as one JUnit XML document, files named from the repository's root. */
export function formatJunit(all: readonly FileReport[], context: ReportContext): string {
  const reports = all.map((r) => ({ ...r, filename: rootRelative(r.filename, context) ?? r.filename }));
  const tests = reports.reduce((n, r) => n + Math.max(1, r.diagnostics.length), 0);
  const failures = reports.reduce((n, r) => n + r.diagnostics.length, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="hpom-lint" tests="${tests}" failures="${failures}" errors="0" time="0">`,
    ...reports.map(suite),
    "</testsuites>",
    "",
  ].join("\n");
}
