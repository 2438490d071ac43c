/**
 * Matching a path against the globs of a configuration file, with picomatch's
 * semantics for what configs use: `*` and `?` stay within one folder name, `**`
 * is any number of folders, `[abc]` / `[!abc]` classes, `{a,b}` alternatives,
 * `\` escapes, and a name starting with a dot is matched only where the glob
 * spells the dot. Paths are matched as they are, without touching the disk, so
 * the same answer holds for a file that does not exist yet (`--stdin-filename`,
 * `--print-config`). tinyglobby's own matcher is not exported, and a
 * dependency of its own is not worth the few lines below.
 */

/** Patterns a single glob may expand to through `{a,b}`; more is surely a mistake. */
const MAX_ALTERNATIVES = 256;

/** The index of the `}` closing the `{` at `open`, or -1. */
function closingBrace(glob: string, open: number): number {
  let depth = 0;
  for (let i = open; i < glob.length; i++) {
    const c = glob[i];
    if (c === "\\") i++;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i;
  }
  return -1;
}

/** The `,`-separated alternatives inside braces (nested braces kept whole), or undefined without a top-level comma. */
function alternatives(inner: string): string[] | undefined {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === "\\") i++;
    else if (c === "{") depth++;
    else if (c === "}") depth--;
    else if (c === "," && depth === 0) {
      parts.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  if (parts.length === 0) return undefined;
  parts.push(inner.slice(start));
  return parts;
}

/** `a/{b,c}/d` → `a/b/d`, `a/c/d`; braces without a comma stay literal. */
function expandBraces(glob: string): string[] {
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] === "\\") {
      i++;
      continue;
    }
    if (glob[i] !== "{") continue;
    const close = closingBrace(glob, i);
    if (close < 0) return [glob];
    const parts = alternatives(glob.slice(i + 1, close));
    if (!parts) continue;
    const head = glob.slice(0, i);
    const tails = expandBraces(glob.slice(close + 1));
    const out: string[] = [];
    for (const part of parts) {
      for (const middle of expandBraces(part)) {
        for (const tail of tails) {
          out.push(head + middle + tail);
          if (out.length > MAX_ALTERNATIVES) throw new Error(`glob ${JSON.stringify(glob)} expands to more than ${MAX_ALTERNATIVES} patterns`);
        }
      }
    }
    return out;
  }
  return [glob];
}

const escapeRegExp = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");

/** One folder or file name of any spelling that does not start with a dot. */
const ANY_NAME = "(?!\\.)[^/]+";

/** The regular expression of one glob segment (no `/` in it, not `**`). */
function segmentSource(segment: string): string {
  let out = /^[*?[]/.test(segment) ? "(?!\\.)" : "";
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === "\\") {
      out += escapeRegExp(segment[++i] ?? "\\");
    } else if (c === "*") {
      out += "[^/]*";
    } else if (c === "?") {
      out += "[^/]";
    } else if (c === "[") {
      // A `]` right after `[` or `[!` belongs to the class.
      let j = i + 1;
      if (segment[j] === "!" || segment[j] === "^") j++;
      if (segment[j] === "]") j++;
      const close = segment.indexOf("]", j);
      if (close < 0) {
        out += "\\[";
        continue;
      }
      let body = segment.slice(i + 1, close);
      const negated = body.startsWith("!") || body.startsWith("^");
      if (negated) body = body.slice(1);
      out += `(?!/)[${negated ? "^" : ""}${body.replace(/\\/g, "\\\\").replace(/]/g, "\\]")}]`;
      i = close;
    } else {
      out += escapeRegExp(c);
    }
  }
  return out;
}

/** The regular expression of a glob without braces. */
function globSource(glob: string): string {
  let g = glob.replace(/^(\.\/)+/, "");
  if (g.endsWith("/")) g += "**";
  // `**/**` means no more than `**`.
  const segments = g.split("/").filter((s, i, all) => !(s === "**" && all[i - 1] === "**"));
  let out = "";
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === "**") {
      if (segments.length === 1) out += `${ANY_NAME}(?:/${ANY_NAME})*`;
      else if (last) out += `(?:/${ANY_NAME})*`;
      else out += `(?:${ANY_NAME}/)*`;
      return;
    }
    out += segmentSource(segment);
    const next = segments[i + 1];
    if (!last && !(next === "**" && i + 1 === segments.length - 1)) out += "/";
  });
  return out;
}

/** Compiles globs into one test of a `/`-separated relative path. */
export function compileGlobs(globs: readonly string[]): (path: string) => boolean {
  const sources = globs.flatMap(expandBraces).map(globSource);
  if (sources.length === 0) return () => false;
  const re = new RegExp(`^(?:${sources.join("|")})$`);
  return (path) => re.test(path);
}

/**
 * Whether any of the globs matches `path` (relative, `/`-separated) or one of
 * the folders it is in, so a glob naming a folder covers all its files.
 */
export function matchesFileOrFolder(test: (path: string) => boolean, path: string): boolean {
  if (path === "" || path === ".." || path.startsWith("../")) return false;
  if (test(path)) return true;
  for (let slash = path.indexOf("/"); slash > 0; slash = path.indexOf("/", slash + 1)) {
    if (test(path.slice(0, slash))) return true;
  }
  return false;
}
