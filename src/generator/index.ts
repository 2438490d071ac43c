/** The generator: pool model → flexible-management files, installation defaults and a runbook per pool. */
export { generate, type GenerateOptions } from "./generate.js";
export type { GeneratedFile, GeneratedFileKind } from "./generated-file.js";
