/** Helpers shared by the time-template rules. */
import type { StringLiteral, TimeTemplateRef, VariableLiteral } from "../ast/nodes.js";

/** The always-true time template every file may reference without defining it. */
export const OPC_ALWAYS = "$OPC_ALWAYS";

/** The template name a reference means: a string's value, or `$NAME` for a bare variable. */
export function referencedName(ref: TimeTemplateRef): string {
  return nameOf(ref.name);
}

/** The text a string or bare variable stands for. */
export function nameOf(literal: StringLiteral | VariableLiteral): string {
  return literal.type === "String" ? literal.value : `$${literal.name}`;
}

/** `value` as an HPOM string literal. */
export function quoteString(value: string): string {
  return `"${value.replace(/["\\]/g, "\\$&")}"`;
}

/** Whether a literal was invented by the parser's error recovery (nothing was written; fields are NaN). */
export function isRecovered(literal: { raw: string }): boolean {
  return literal.raw === "";
}
