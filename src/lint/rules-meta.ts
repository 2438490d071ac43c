/** The metadata of every rule, apart from the engine's index so the CLI's reporters can load it alone. */
import { CODES } from "./codes.js";
import { metaOf, type RuleMeta } from "./rule.js";

/** Metadata of every rule (HP2xxx and up; syntax codes are in `SYNTAX`), in code order. */
export const rules: readonly RuleMeta[] = Object.freeze(CODES.filter((c) => !c.syntax).map(metaOf));
