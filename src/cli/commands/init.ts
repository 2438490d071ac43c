/**
 * `hpom-lint --init`: writes a starter `.hpom-lint.json` in the working
 * directory. It never replaces a configuration that is already there.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { EXIT, type CliContext } from "../context.js";
import { CONFIG_FILE, PACKAGE_KEY } from "../config/load.js";

/** Where `$schema` points: the schema shipped in the package, as installed beside the project. */
export const SCHEMA_REFERENCE = "./node_modules/hpom-lint/schema/hpom-lint-config.schema.json";

/** The starter configuration: every setting present and changing nothing, for editors to complete. */
export const STARTER_CONFIG = {
  $schema: SCHEMA_REFERENCE,
  rules: {},
  ignore: [],
  overrides: [],
};

async function packageJsonHasConfig(cwd: string): Promise<boolean> {
  try {
    const manifest: unknown = JSON.parse(await readFile(join(cwd, "package.json"), "utf8"));
    return manifest !== null && typeof manifest === "object" && Object.hasOwn(manifest, PACKAGE_KEY);
  } catch {
    return false; // no package.json, or one that is not JSON: nothing to be overshadowed
  }
}

/** Writes the starter configuration; returns the exit code. */
export async function init(ctx: CliContext): Promise<number> {
  const { io } = ctx;
  if (await packageJsonHasConfig(io.cwd)) {
    io.stderr(`hpom-lint: package.json already has an "${PACKAGE_KEY}" key; not writing ${CONFIG_FILE}, which would take its place\n`);
    return EXIT.failure;
  }
  const path = join(io.cwd, CONFIG_FILE);
  try {
    // "wx": fails if the file exists, with no window between a check and the write.
    await writeFile(path, `${JSON.stringify(STARTER_CONFIG, null, 2)}\n`, { flag: "wx" });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr(
      code === "EEXIST"
        ? `hpom-lint: ${CONFIG_FILE} already exists; not overwritten\n`
        : `hpom-lint: ${CONFIG_FILE}: cannot write (${code ?? String(error)})\n`,
    );
    return EXIT.failure;
  }
  io.stdout(`Created ${CONFIG_FILE}: set "rules", "ignore", "overrides" and "pool" there (its $schema gives editors completion).\n`);
  return EXIT.ok;
}
