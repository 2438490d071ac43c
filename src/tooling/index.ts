/**
 * Internals for the project's own scripts (grammar files, benchmark): not part
 * of the public API and not in the package's `exports`.
 */
export { scan } from "../lexer/scanner.js";
export { getParser, recognize } from "../parser/parse.js";
export { diagramSupportFiles, grammarFiles } from "./grammar-files.js";
export { snapshotParser, type ParserSnapshot } from "../parser/gast-snapshot.js";
export { buildPoolModelJsonSchema } from "../model/json-schema.js";

declare const __HPOM_GRAMMAR_SNAPSHOT__: unknown;
/** The parser snapshot (grammar and lookahead) embedded in this build, if any (for the test that checks it is current). */
export function embeddedGrammarSnapshot(): unknown {
  return typeof __HPOM_GRAMMAR_SNAPSHOT__ === "undefined" ? undefined : __HPOM_GRAMMAR_SNAPSHOT__;
}
export { rulesIndex } from "./rules-index.js";
export { fileKindFromName, FLEXIBLE_FILE_NAMES, SAMPLE_FILE_NAMES, SAMPLE_FOLDER_NAMES } from "../files/file-kind.js";
export { configJsonSchema } from "../cli/config/schema.js";
