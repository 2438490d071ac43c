/** The pool model: schema, reading from YAML or JSON, its errors and its JSON Schema. */
export { poolModelSchema, type PoolModel } from "./schema.js";
export { parsePoolModel } from "./parse-pool-model.js";
export { PoolModelError, type PoolModelIssue } from "./pool-model-error.js";
export { poolModelJsonSchema, type JsonSchema } from "./json-schema.js";
