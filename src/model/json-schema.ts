/**
 * The pool model's JSON Schema, for editors (hover help, completion) and other
 * validators. It is generated from the zod schema by `npm run schema` and
 * committed as `schema/pool-model.schema.json` (package export
 * `hpom-lint/schema.json`); a test fails when the committed file is stale, so
 * the object exported here, read from that file, always matches the zod schema.
 */
import { z } from "zod";
import committed from "../../schema/pool-model.schema.json";
import { poolModelSchema } from "./schema.js";

/** A JSON Schema document. */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** The JSON Schema of the pool model (draft-07, which editors' YAML and JSON support reads best). */
export const poolModelJsonSchema: JsonSchema = committed;

/** A fresh JSON Schema from the zod schema: what `schema/pool-model.schema.json` must contain. */
export function buildPoolModelJsonSchema(): JsonSchema {
  return z.toJSONSchema(poolModelSchema, { target: "draft-7" });
}
