/**
 * The printer writes LF line breaks and no byte-order mark; a file rewritten
 * by `fmt --write` or `--fix` keeps the style it had, so that a Windows-edited
 * file does not show every line changed.
 */

const BOM = "\uFEFF";

/** Whether the text's line breaks are CRLF (judged by its first one, as Prettier's `endOfLine: "auto"` does). */
function usesCrlf(text: string): boolean {
  const nl = text.indexOf("\n");
  return nl > 0 && text[nl - 1] === "\r";
}

/** `output` in the line-ending style of `original`, with its byte-order mark if it had one. */
export function inStyleOf(output: string, original: string): string {
  let out = output;
  if (usesCrlf(original)) out = out.replace(/\r?\n/g, "\r\n");
  if (original.startsWith(BOM) && !out.startsWith(BOM)) out = BOM + out;
  return out;
}
