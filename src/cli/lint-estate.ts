/**
 * `hpom-lint lint --estate <dir>`: the cross-server rules (HP5xxx) over the
 * estate folder, merged into the reports of the folder's files, so every
 * format shows each finding at the file and line that cause it and the exit
 * code counts it as `lint` counts every finding.
 */
import { join, resolve } from "node:path";
import { loadEstate } from "../estate/load.js";
import { lintEstate } from "../lint/lint-estate.js";
import { sortAndDedupe } from "../lint/lint.js";
import type { RunConfig } from "./config/resolve.js";
import { CliError, type CliContext } from "./context.js";
import { displayPath, type Input } from "./files.js";
import { stat } from "./fs-async.js";
import type { PoolModels } from "./load-pool.js";
import type { FileReport } from "./report/file-report.js";
import { noteLine, readEstateFolder } from "./route-estate.js";

/** `reports` (of `inputs`, in the same order) with the findings of the cross-server rules over the estate at `estateDir` added. */
export async function withEstateFindings(
  reports: readonly FileReport[],
  inputs: readonly Input[],
  estateDir: string,
  config: RunConfig,
  pools: PoolModels,
  ctx: CliContext,
): Promise<FileReport[]> {
  const { io } = ctx;
  const root = resolve(io.cwd, estateDir);
  const shown = root === resolve(io.cwd) ? "." : displayPath(io.cwd, root);
  const settings = config.forFile(root);
  const model = settings.poolPath === undefined ? undefined : await pools.get(settings.poolPath);
  // The paths were linted already, so the folder exists: it may still be one file.
  if (!(await stat(root)).isDirectory())
    throw new CliError(`${shown}: not a folder (--estate reads an estate folder with one folder per server)`);
  const files = await readEstateFolder(root, shown, io);
  const estate = loadEstate(files, model ? { pool: model } : {});
  if (estate.servers.size === 0) {
    throw new CliError(
      `${shown}: no server in this folder: put each server's files in a folder named by its FQDN (om1.example.com/allnodes)`,
    );
  }
  const prefix = shown === "." ? "" : `${shown}/`;
  // HP's samples are never a server's configuration, and a syntax error is in the report of its file already.
  for (const note of estate.notes) {
    if (note.type !== "sample" && note.type !== "syntax-error") io.stderr(`hpom-lint: note: ${noteLine(note, prefix)}\n`);
  }
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
