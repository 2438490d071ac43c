/**
 * HPOM's pattern-matching language, the part a route can evaluate: `TEXT` and
 * `SERVICE` conditions of the outage file (docs/language.md#patterns-in-a-route).
 * `<*>` any text, `<n*>` n characters, `<#>` one or more digits, `<@>` a word
 * without separators, `<_>` one or more separators, `^` and `$` anchors, `\`
 * takes the next character literally; otherwise the pattern matches anywhere in
 * the text. Anything else in `<…>` (alternatives, negation, variables) is not
 * evaluated.
 */

/** A compiled pattern, or `unsupported` when it uses constructs a route does not evaluate. */
export type CompiledPattern = { type: "regexp"; regexp: RegExp } | { type: "unsupported"; construct: string };

/** Separators when a condition names none: blank and tab (HPOM's default). */
const DEFAULT_SEPARATORS = " \t";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");

/** `pattern` as a regular expression, with `separators` for `<_>` and `<@>`. */
export function compilePattern(pattern: string, separators: string = DEFAULT_SEPARATORS, ignoreCase = false): CompiledPattern {
  const sep = `[${escapeRegExp(separators)}]`;
  const notSep = `[^${escapeRegExp(separators)}]`;
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "\\" && i + 1 < pattern.length) {
      out += escapeRegExp(pattern[++i]!);
    } else if (c === "^" && i === 0) {
      out += "^";
    } else if (c === "$" && i === pattern.length - 1) {
      out += "$";
    } else if (c === "<") {
      const close = pattern.indexOf(">", i);
      const body = close < 0 ? undefined : pattern.slice(i + 1, close);
      const piece = body === undefined ? undefined : construct(body, sep, notSep);
      if (piece === undefined) return { type: "unsupported", construct: close < 0 ? pattern.slice(i) : pattern.slice(i, close + 1) };
      out += piece;
      i = close;
    } else {
      out += escapeRegExp(c);
    }
  }
  return { type: "regexp", regexp: new RegExp(out, ignoreCase ? "iu" : "u") };
}

function construct(body: string, sep: string, notSep: string): string | undefined {
  const counted = /^(\d*)([*#@_])$/.exec(body);
  if (!counted) return undefined;
  const n = counted[1] === "" ? undefined : Number(counted[1]);
  const atom = { "*": "[^]", "#": "\\d", "@": notSep, _: sep }[counted[2] as "*" | "#" | "@" | "_"];
  if (n !== undefined) return `${atom}{${n}}`;
  return counted[2] === "*" ? `${atom}*` : `${atom}+`;
}
