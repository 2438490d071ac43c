/**
 * `hpom-lint/parser`: parse, print and format, without the linter, the generator
 * and the pool model (no zod, no yaml). What an editor extension or the Prettier
 * plugin needs, at a fraction of the main entry's start-up cost; `hpom-lint`
 * exports all of it as well.
 */
export { parse, type ParseOptions, type ParseResult } from "./parse.js";
export { print } from "../printer/print.js";
export { format, HpomSyntaxError } from "../format/format.js";
export type { Diagnostic, Fix, Position, Range, Severity } from "../diagnostics/diagnostic.js";
export type * from "../ast/nodes.js";
