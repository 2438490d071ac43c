/**
 * One SARIF 2.1.0 log (one run) fit for GitHub code scanning: the driver
 * declares every code as a rule (syntax codes included, so `ruleIndex` of a
 * code is the same in every log of a version), and each diagnostic is a result
 * whose location is relative to `%SRCROOT%`, the repository's root.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Diagnostic, Range, Severity } from "../../diagnostics/diagnostic.js";
import { CATALOG, REPOSITORY_URL } from "../rule-catalog.js";
import { VERSION } from "../version.js";
import { rootRelative, type FileReport, type ReportContext } from "./file-report.js";

type Level = "error" | "warning" | "note";

const LEVEL: Record<Severity, Level> = { error: "error", warning: "warning", info: "note" };

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

const ruleIndex = new Map(CATALOG.map((entry, i) => [entry.code, i]));

const driverRules = CATALOG.map((entry) => ({
  id: entry.code,
  name: entry.name,
  shortDescription: { text: entry.description },
  fullDescription: { text: entry.description },
  helpUri: entry.docs,
  defaultConfiguration: { level: LEVEL[entry.severity] },
}));

/**
 * Where a file is: relative to `%SRCROOT%`, the repository's root (what code
 * scanning resolves against the checkout), when it lies below it, else an
 * absolute `file:` URI.
 */
function artifactLocation(filename: string, context: ReportContext): ArtifactLocation {
  const rel = rootRelative(filename, context);
  if (rel === undefined) return { uri: pathToFileURL(resolve(context.cwd, filename)).href };
  return { uri: rel.split("/").map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
}

/** SARIF regions are 1-based and, like our ranges, end at the column after the last character. */
function region(range: Range): Region {
  return { startLine: range.start.line, startColumn: range.start.column, endLine: range.end.line, endColumn: range.end.column };
}

function result(d: Diagnostic, location: ArtifactLocation): Record<string, unknown> {
  const index = ruleIndex.get(d.code);
  return {
    ruleId: d.code,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [{ physicalLocation: { artifactLocation: location, region: region(d.range) } }],
    ...(d.fix
      ? {
          fixes: [
            {
              artifactChanges: [
                {
                  artifactLocation: location,
                  replacements: [{ deletedRegion: region(d.fix.range), insertedContent: { text: d.fix.text } }],
                },
              ],
            },
          ],
        }
      : {}),
  };
}

/** Renders reports as one SARIF 2.1.0 log. */
export function formatSarif(reports: readonly FileReport[], context: ReportContext): string {
  const results = reports.flatMap((r) => {
    const location = artifactLocation(r.filename, context);
    return r.diagnostics.map((d) => result(d, location));
  });
  const log = {
    $schema: "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: { name: "hpom-lint", version: VERSION, semanticVersion: VERSION, informationUri: REPOSITORY_URL, rules: driverRules },
        },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
