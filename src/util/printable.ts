/**
 * Text from outside the program — file and folder names, values of a model,
 * text quoted in messages — made safe for a text output. A line break in a
 * file name would start a line of its own (a forged `::error` workflow
 * command on GitHub), an escape sequence would drive the terminal, and a
 * bidirectional override would show the text in another order than it is.
 * Every such character becomes U+FFFD, one character for one, so columns
 * computed on the original still line up. Tab is kept: it moves nothing but
 * the cursor, and code frames expand it.
 */

/**
 * C0 controls but tab, DEL, C1 controls, the line and paragraph separators,
 * and the bidirectional embeddings, overrides and isolates.
 */
const UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character (tab aside) replaced by U+FFFD. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, "\uFFFD");
}

/**
 * A file name for the start of an output line: `printable`, and `./` before a
 * name that would open the line with `::`, which GitHub Actions reads as a
 * workflow command (`::error …`) even after leading spaces.
 */
export function printableName(name: string): string {
  const shown = printable(name);
  return /^\s*::/.test(shown) ? `./${shown}` : shown;
}
