/**
 * The HPOM product a file is written for (docs/language.md#dialects). The products share one
 * grammar; only HPOM for Windows changes a verdict: its server-based
 * flexible-management policy is a `msgforw` without time templates that may
 * even be empty. Nothing in a file tells the products apart, so the dialect
 * comes from `LintOptions.dialect`.
 */
import type { FileKind } from "./file-kind.js";

/** `omu`: HPOM for UNIX/Linux and its predecessors ITO, VPO and OVO (the default); `omw`: HPOM for Windows policies. */
export type Dialect = "omu" | "omw";

/** The dialect of a file when nothing says otherwise. */
export const DEFAULT_DIALECT: Dialect = "omu";

/** Whether the file is an HPOM for Windows server-based policy: a `msgforw` linted in the `omw` dialect. */
export function isOmwServerPolicy(kind: FileKind | undefined, dialect: Dialect): boolean {
  return dialect === "omw" && kind === "msgforw";
}
