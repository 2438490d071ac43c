/**
 * Validation of a pool model against `poolModelSchema`, with zod's issues
 * turned into one plain sentence per problem: a missing field is "missing",
 * an unknown field is named (with "did you mean"), and a union that failed
 * reports the alternative the value was meant to be.
 */
import type { z } from "zod";
import { closest, typoBudget } from "../util/did-you-mean.js";
import type { ModelPath } from "./checks.js";
import { poolModelSchema, type PoolModel } from "./schema.js";

/** A problem at a path of the model; `atKey` when the key itself is wrong (an unknown field). */
export interface ModelProblem {
  path: ModelPath;
  message: string;
  atKey?: boolean;
}

/** The model, or every problem found in it. */
export type Validation = { ok: true; model: PoolModel } | { ok: false; problems: ModelProblem[] };

type ZodIssue = z.core.$ZodIssue;

/** Validates `value` as a pool model. */
export function validatePoolModel(value: unknown): Validation {
  const result = poolModelSchema.safeParse(value);
  if (result.success) return { ok: true, model: result.data };
  const problems: ModelProblem[] = [];
  for (const issue of result.error.issues) for (const problem of explain(issue, [], value)) problems.push(problem);
  return { ok: false, problems };
}

/** The value at `path` in `root`, or undefined where the path leaves the data. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let at = root;
  for (const key of path) {
    if (at === null || typeof at !== "object") return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

/** Field names the schema allows at `path` (an object's keys), for "did you mean". */
function knownKeys(path: readonly PropertyKey[]): string[] {
  let schema: z.core.$ZodType | undefined = poolModelSchema;
  for (const key of path) schema = schema && child(schema, key);
  const def = schema && unwrap(schema)._zod.def;
  return def?.type === "object" ? Object.keys((def as z.core.$ZodObjectDef).shape) : [];
}

/** The schema inside optional and lazy wrappers. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  const def = schema._zod.def;
  if (def.type === "optional") return unwrap((def as z.core.$ZodOptionalDef).innerType);
  if (def.type === "lazy") return unwrap((schema as z.core.$ZodLazy)._zod.innerType); // built once, then cached
  return schema;
}

function child(schema: z.core.$ZodType, key: PropertyKey): z.core.$ZodType | undefined {
  const def = unwrap(schema)._zod.def;
  if (def.type === "object") return (def as z.core.$ZodObjectDef).shape[String(key)];
  if (def.type === "array") return (def as z.core.$ZodArrayDef).element;
  if (def.type === "union") {
    // The object alternative (node references): the only union whose alternatives have fields.
    for (const option of (def as z.core.$ZodUnionDef).options) if (unwrap(option)._zod.def.type === "object") return child(option, key);
  }
  return undefined;
}

/** Whether a union alternative failed only because the value is of another type. */
function wrongType(issues: readonly ZodIssue[]): boolean {
  return issues.length === 1 && issues[0]!.code === "invalid_type" && issues[0].path.length === 0;
}

/** The problems one zod issue stands for; `base` is the path of the value the issue's path is relative to. */
function explain(issue: ZodIssue, base: ModelPath, root: unknown): ModelProblem[] {
  const path: ModelPath = [...base, ...(issue.path as ModelPath)];
  if (issue.code === "unrecognized_keys") {
    const known = knownKeys(path);
    return issue.keys.map((key) => {
      const guess = closest(key, known, typoBudget(key.length));
      return { path: [...path, key], message: `unknown field "${key}"${guess ? `; did you mean "${guess}"?` : ""}`, atKey: true };
    });
  }
  const key = path[path.length - 1];
  const parent = valueAt(root, path.slice(0, -1));
  if (typeof key === "string" && parent !== null && typeof parent === "object" && valueAt(root, path) === undefined) {
    return [{ path, message: `missing required field "${key}"` }];
  }
  if (issue.code === "invalid_union") {
    const meant = issue.errors.filter((branch) => !wrongType(branch));
    if (meant.length === 1) return meant[0]!.flatMap((inner) => explain(inner, path, root));
  }
  return [{ path, message: issue.message.replace(/^Invalid input: /, "") }];
}
