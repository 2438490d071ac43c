/**
 * Internals for the project's own scripts (grammar files, benchmark): not part
 * of the public API and not in the package's `exports`.
 */
export { scan } from "../lexer/scanner.js";
export { getParser } from "../parser/parse.js";
export { diagramSupportFiles, grammarFiles } from "./grammar-files.js";
