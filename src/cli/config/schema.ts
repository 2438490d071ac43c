/**
 * The configuration file's shape (`.hpom-lint.json`, or the `hpom-lint` key of
 * package.json), as a strict zod schema: unknown keys and unknown rule names
 * are errors, so a typo never silently turns a setting off. The committed
 * `schema/hpom-lint-config.schema.json` is generated from it
 * (`npm run schema:config`; a test fails when it is stale).
 */
import { z } from "zod";
import { knownCodes } from "../../lint/config.js";
import { rulesSchema } from "../../lint/rules-schema.js";

/** The codes that cannot be turned off, as a range ("HP1000-HP1010"): the registry lists them in code order. */
function mandatoryRange(): string {
  const codes = knownCodes().filter((c) => c.mandatory);
  return `${codes[0]!.code}-${codes[codes.length - 1]!.code}`;
}

/** Also the JSON Schema's `patternErrorMessage`, which editors show instead of the bare regular expression. */
const NEGATED_GLOB_ERROR = "negated globs (!…) are not supported; list what to match instead";

const globList = z
  .array(z.string().min(1).regex(/^[^!]/, { error: NEGATED_GLOB_ERROR }).meta({ patternErrorMessage: NEGATED_GLOB_ERROR }))
  .describe(
    "Globs relative to the folder of this file, with picomatch semantics (`*` stays within a folder, `**` crosses folders, names starting with a dot are matched only when the glob spells the dot). A glob that names a folder covers every file under it.",
  );

// An id makes the JSON Schema define the rule list once and refer to it from `rules` and each override.
const rules = rulesSchema().meta({
  id: "ruleLevels",
  description: `Levels by rule code (HP2003) or alias (unused-time-template): "off", "info", "warning" or "error". Syntax errors (${mandatoryRange()}) can be re-levelled but not turned off.`,
});

/** The zod schema of the configuration file. */
export const configSchema = z
  .strictObject({
    $schema: z.string().optional().describe("The JSON Schema of this file, for editors."),
    pool: z
      .string()
      .min(1)
      .optional()
      .describe(
        "Path of the pool model (YAML or JSON), relative to the folder of this file; turns on the pooling rules. `--pool` overrides it.",
      ),
    dialect: z
      .enum(["omu", "omw"])
      .optional()
      .describe(
        'The HPOM product the files are written for: "omu" (HPOM for UNIX/Linux, ITO, VPO, OVO; the default) or "omw" (HPOM for Windows policies). `--dialect` overrides it.',
      ),
    rules: rules.optional(),
    ignore: globList
      .optional()
      .describe(
        "Files not to check or format (globs relative to the folder of this file); a glob that names a folder covers every file under it.",
      ),
    overrides: z
      .array(
        z.strictObject({
          files: globList.min(1).describe("The files this override applies to (globs relative to the folder of this file)."),
          rules: rules,
        }),
      )
      .optional()
      .describe("Rule levels for some files: every override whose `files` match a file applies, in order, after the top-level `rules`."),
  })
  .meta({
    title: "hpom-lint configuration",
    description:
      "Configuration of hpom-lint: `.hpom-lint.json`, or the `hpom-lint` key of package.json, found upward from the working directory.",
  });

/** A valid configuration file. */
export type HpomLintConfig = z.output<typeof configSchema>;

/** The JSON Schema (draft-07) of the configuration file, as committed in `schema/`. */
export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(configSchema, { target: "draft-07", io: "input" });
}
