/**
 * How host names are compared everywhere (rules, pool model, paths): without
 * letter case, without the root's trailing dot, and without blanks at either
 * end of a quoted name. Blanks are dropped because `" m1.example.com"` is
 * plainly meant as m1.example.com: a self-forward or a missing pool member must
 * not go unreported for a stray blank. One definition, so that no two rules can
 * disagree about whether two names are the same host.
 */

/** A name {@link normaliseFqdn} leaves as it is: lower case, no blanks at either end, no trailing dot. */
const NORMAL = /^[a-z0-9_-](?:[a-z0-9_.-]*[a-z0-9_-])?$/;

/** `name` as compared: lower case, trimmed, without a trailing dot. */
export function normaliseFqdn(name: string): string {
  // Called for every target of a file, several times, and names are mostly written normalised: a test is cheaper than three copies.
  return NORMAL.test(name) ? name : name.trim().replace(/\.$/, "").toLowerCase();
}
