/**
 * `hpom-lint lint --estate <dir>`: the cross-server rules (HP5xxx) over the
 * estate folder, merged into the reports of the folder's files, so every
 * format shows each finding at the file and line that cause it and the exit
 * code counts it as `lint` counts every finding.
 */
import { join, resolve } from "node:path";
import { lintEstate } from "../lint/lint-estate.js";
import { sortAndDedupe } from "../lint/lint.js";
import type { RunConfig } from "./config/resolve.js";
import type { CliContext } from "./context.js";
import { displayPath, type Input } from "./files.js";
import type { FileReport } from "./report/file-report.js";
import { readEstate } from "./read-estate.js";

/** `reports` (of `inputs`, in the same order) with the findings of the cross-server rules over the estate at `estateDir` added. */
export async function withEstateFindings(
  reports: readonly FileReport[],
  inputs: readonly Input[],
  estateDir: string,
  config: RunConfig,
  ctx: CliContext,
): Promise<FileReport[]> {
  const { io } = ctx;
  const root = resolve(io.cwd, estateDir);
  const settings = config.forFile(root);
  const { estate, inputs: files } = await readEstate(estateDir, io, { pool: settings.poolPath, allowSyntaxErrors: true });
  const out = reports.map((r) => ({ ...r, diagnostics: [...r.diagnostics] }));
  const byPath = new Map<string, FileReport>();
  inputs.forEach((input, i) => {
    if (input.kind === "file") byPath.set(input.path, out[i]!);
  });
  const touched = new Set<FileReport>();
  for (const d of lintEstate(estate, { rules: settings.rules })) {
    const path = join(root, d.filename!);
    // A file the configuration ignores is left out of the report, its estate findings too.
    if (config.ignores(path)) continue;
    let report = byPath.get(path);
    if (!report) {
      report = { filename: displayPath(io.cwd, path), text: files.find((f) => f.path === d.filename)!.text, diagnostics: [] };
      byPath.set(path, report);
      out.push(report);
    }
    report.diagnostics.push({ ...d, filename: report.filename });
    touched.add(report);
  }
  for (const report of touched) report.diagnostics = sortAndDedupe(report.diagnostics);
  return out;
}
