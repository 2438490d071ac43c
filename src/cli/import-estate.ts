/**
 * What `hpom-lint import` does (registered in `commands/import.ts`): reads the
 * estate folder, infers the pool model with the library's `importPoolModel`,
 * and prints it as commented YAML, writes it to `--out` (atomically), or
 * prints the migration plan.
 */
import { basename, resolve } from "node:path";
import { formatPlanText } from "../import/format-plan.js";
import { ImportError, importPoolModel } from "../import/import.js";
import { importedModelYaml } from "../import/model-yaml.js";
import { migrationPlan } from "../import/plan.js";
import { printable } from "../util/printable.js";
import { CliError, EXIT, type CliContext } from "./context.js";
import { displayPath } from "./files.js";
import { writeFileAtomically } from "./replace-file.js";
import { readEstate } from "./read-estate.js";

/** The options of `import`. */
export interface ImportCommandOptions {
  out?: string;
  plan?: boolean;
}

/** Runs `import` and returns the exit code. */
export async function importCommand(estateDir: string, options: ImportCommandOptions, ctx: CliContext): Promise<number> {
  const { io } = ctx;
  const { estate, inputs, root, shown, prefix } = await readEstate(estateDir, io);

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
