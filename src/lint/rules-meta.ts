/** The metadata of every rule, apart from the engine's index so the CLI's reporters can load it alone. */
import { ALL_RULES } from "../rules/index.js";
import { metaOf, type RuleMeta } from "./rule.js";

/** Metadata of every rule (HP2xxx and up; syntax codes are in `SYNTAX`), in code order. */
export const rules: readonly RuleMeta[] = Object.freeze(ALL_RULES.map(metaOf));
