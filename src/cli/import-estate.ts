/**
 * What `hpom-lint import` does (registered in `commands/import.ts`): reads the
 * estate folder, infers the pool model with the library's `importPoolModel`,
 * and prints it as commented YAML, writes it to `--out` (atomically), or
 * prints the migration plan.
 */
import { basename, resolve } from "node:path";
import { loadEstate } from "../estate/load.js";
import { formatPlanText } from "../import/format-plan.js";
import { ImportError, importPoolModel } from "../import/import.js";
import { importedModelYaml } from "../import/model-yaml.js";
import { migrationPlan } from "../import/plan.js";
import { printable } from "../util/printable.js";
import { CliError, EXIT, type CliContext } from "./context.js";
import { displayPath } from "./files.js";
import { writeFileAtomically } from "./replace-file.js";
import { noteLine, readEstateFolder } from "./route-estate.js";

/** The options of `import`. */
export interface ImportCommandOptions {
  out?: string;
  plan?: boolean;
}

/** Runs `import` and returns the exit code. */
export async function importCommand(estateDir: string, options: ImportCommandOptions, ctx: CliContext): Promise<number> {
  const { io } = ctx;
  const root = resolve(io.cwd, estateDir);
  const shown = root === resolve(io.cwd) ? "." : displayPath(io.cwd, root);
  const prefix = shown === "." ? "" : `${shown}/`;
  const inputs = await readEstateFolder(root, shown, io);
  const estate = loadEstate(inputs);
  const errors = estate.notes.filter((n) => n.type === "syntax-error");
  if (errors.length > 0) {
    throw new CliError(
      "the estate has files with syntax errors; fix them first (hpom-lint lint shows every problem):",
      errors.map((n) => noteLine(n, prefix)),
    );
  }
  if (estate.servers.size === 0) {
    throw new CliError(
      `${shown}: no server in this folder: put each server's files in a folder named by its FQDN (om1.example.com/msgforw)`,
    );
  }
  for (const note of estate.notes) if (note.type !== "sample") io.stderr(`hpom-lint: note: ${noteLine(note, prefix)}\n`);

  let result;
  try {
    result = importPoolModel(estate);
  } catch (error) {
    if (error instanceof ImportError) {
      const details = error.problems.map((p) =>
        p.source ? `${prefix}${p.source.file}:${p.source.line}:${p.source.column}: ${p.message}` : p.message,
      );
      throw new CliError(`${shown}: ${error.message}${details.length > 0 ? ":" : ""}`, details);
    }
    throw error;
  }
  const out = options.out === undefined ? undefined : resolve(io.cwd, options.out);
  const plan = migrationPlan(estate, result, { source: out === undefined ? "pool.yaml" : basename(out), inputs });
  const yaml = importedModelYaml(result, { estate: shown, plan });
  if (out !== undefined) {
    const outShown = displayPath(io.cwd, out);
    if (inputs.some((i) => resolve(root, i.path) === out)) {
      throw new CliError(`${outShown}: --out names a file of the estate; the model would replace it`);
    }
    try {
      await writeFileAtomically(out, yaml);
    } catch (error) {
      throw new CliError(`${outShown}: cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    io.stderr(`hpom-lint: wrote ${printable(outShown)}\n`);
  }
  if (options.plan) io.stdout(formatPlanText(plan, prefix));
  else if (out === undefined) io.stdout(yaml);
  return EXIT.ok;
}
