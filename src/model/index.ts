/** The pool model: schema, validation, reading from YAML or JSON, and its errors. */
export { poolModelSchema, type PoolModel, type Pool, type Sender, type Assignment, type NodeRef, type VirtualDetails, type LoadBalancer } from "./schema.js";
export { parsePoolModel } from "./parse-pool-model.js";
export { PoolModelError, formatPoolModelIssue, type PoolModelIssue } from "./pool-model-error.js";
export { poolModelJsonSchema, type JsonSchema } from "./json-schema.js";
export { validatePoolModel } from "./validate.js";
