import type { SyntaxName } from "../diagnostics/syntax-codes.js";

/** A syntax problem found while parsing, by offsets; `parse` turns it into a `Diagnostic`. */
export interface SyntaxIssue {
  name: SyntaxName;
  message: string;
  start: number;
  end: number;
  fix?: { start: number; end: number; text: string };
  /**
   * Set on structural errors (a token the grammar did not expect). Such an error
   * right after another one is usually its consequence, and is not reported.
   */
  structural?: boolean;
  /** Where the tokens skipped by recovery after this error end: the cascade window starts there. */
  shadowEnd?: number;
  /**
   * Set when the grammar did not expect the error's token there (Chevrotain's own errors): the
   * broken clause ends before it and recovery resumes at it, so a clause keyword there starts
   * afresh. Otherwise the token was read, e.g. as the start of a misplaced clause.
   */
  resumesAtToken?: boolean;
  /**
   * Set on the scanner's error for a malformed token (`1.2.3`, an unquoted host name). The
   * grammar fails on that token too, silently (`after-invalid`), so what the parser reports
   * right after it, such as the rest of the clause as misplaced, is its cascade.
   */
  malformedToken?: boolean;
}

const MAX_SHOWN = 40;

/** A value for a message: long strings shortened so a message stays one readable line. */
export function quote(text: string): string {
  if (text.length <= MAX_SHOWN) return text;
  let cut = MAX_SHOWN - 1;
  // A cut between the two halves of a surrogate pair would show half a character.
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return `${text.slice(0, cut)}…`;
}

/** "A", "A or B", "A, B or C" — at most eight items. */
export function listOf(items: readonly string[]): string {
  const unique = [...new Set(items)];
  const shown = unique.length > 8 ? [...unique.slice(0, 8), "…"] : unique;
  if (shown.length <= 1) return shown[0] ?? "nothing";
  return `${shown.slice(0, -1).join(", ")} or ${shown[shown.length - 1]}`;
}
