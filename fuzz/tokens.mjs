/** The fuzzer's tokeniser, for mutating and minimising at token boundaries. */

/** Strings (closed or not), comments, whitespace runs and other runs: the language's token boundaries, near enough. */
const TOKEN = /"(?:[^"\\\r\n]|\\.)*"?|#[^\r\n]*|\s+|[^\s"#]+/g;

/** The tokens of `text`, whitespace and comments included: joining them gives the text back. */
export function tokens(text) {
  return text.match(TOKEN) ?? [];
}
