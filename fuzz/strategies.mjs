/**
 * The fuzzer's input strategies. Each takes the input's Random, the corpus and
 * the size cap, and returns `{ text, filename, note }`: `filename` (a name HPOM
 * reads, or undefined) decides the file kind lint assumes, `note` says in a few
 * words how the input was made, for the failure report. Repetitions also return
 * `quarter`, the input with a quarter of the repetitions, for the scaling check.
 */
import { KEYWORDS, VALUE_SETS } from "../dist/index.js";
import { tokens } from "./tokens.mjs";

/** File names that select each kind, and none: the kind-dependent rules run on every input. */
const NAMES = ["allnodes", "msgforw", "escmgr", "mgrconf", "outage", "c0a80a0b", "bbc_inst_defaults", undefined];

const VALUE_WORDS = Object.values(VALUE_SETS).flat();

/** Characters that are edge cases for a scanner, a line map or a terminal. */
const AWKWARD = [
  "\0",
  "\r",
  "\n",
  "\r\n",
  "\t",
  "\v",
  "\f",
  "\x1b",
  "\x7f",
  "\x85",
  "\u00a0",
  "\u2028",
  "\u2029",
  "\ufeff",
  "\u200b",
  "\ud800",
  "\udc00",
  "\ud83d\ude00",
  "\\",
  '"',
  "#",
  "$",
  "*",
  "/",
  ":",
  ".",
  "-",
];

/** Lines whose repetition once was (or could be) slow or deep: junk, directives, escapes, nesting. */
const REPEATED_UNITS = [
  '"\n',
  "@\n",
  "1.2\n",
  "msgtargetrules\n",
  "\\",
  "# hpom-lint-disable-next-line HP2003\n",
  "# hpom-lint-disable HP2003\n",
  "# hpom-lint-disable HP2003\n# hpom-lint-enable HP2003\n",
  "RESPMGRCONFIGS\n",
  'RESPMGRCONFIG DESCRIPTION "c"\n',
  "MSGTARGETRULES\n",
  'MSGTARGETRULE DESCRIPTION "r" MSGTARGETRULECONDS MSGTARGETRULECOND DESCRIPTION "c" SEVERITY Critical\n',
  "TIMETEMPLATES\n",
  "TIMETMPLCONDS TIMETMPLCOND TIMECONDTYPE Match TIME FROM 8:00 TO 17:00\n",
  'NODE IP 0.0.0.0 "m.example.com"\n',
  'NODE IP 0.0.0.0 "m.example.com" ',
  "#\r\r",
  "\r",
  "\t \t",
  'MSGTARGETMANAGERS MSGTARGETMANAGER TIMETEMPLATE "undefined-template" OPCMGR IP 0.0.0.0 "m"\n',
];

/** Where a repeated unit goes: into an empty file, a string, a comment, or a line of a corpus file; or one junk character a line. */
const REPEAT_FRAMES = ["alone", "string", "comment", "backslash-string", "in-file", "span-of-file", "error-lines"];

/** Lines that are each one syntax error. */
const ERROR_LINES = ['"\n', "@\n", ";\n", "1\n"];

function nameFor(rng, entry) {
  return entry && rng.chance(0.8) ? entry.name : rng.pick(NAMES);
}

function randomChar(rng) {
  const r = rng.float();
  if (r < 0.3) return rng.pick(AWKWARD);
  if (r < 0.6) return String.fromCharCode(rng.int(0x20, 0x7e));
  if (r < 0.8) return String.fromCharCode(rng.int(0x80, 0xffff));
  return String.fromCodePoint(rng.int(0x10000, 0x10ffff));
}

/** Random bytes read as Latin-1 (every byte one character: NUL, CR, ESC and all), sometimes sprinkled with keywords. */
function bytes(rng) {
  const n = rng.logInt(1, 4096);
  let text = "";
  for (let i = 0; i < n; i++) {
    text += rng.chance(0.02) ? ` ${rng.pick(KEYWORDS)} ` : String.fromCharCode(rng.int(0, 255));
  }
  return { text, filename: rng.pick(NAMES), note: `${n} random bytes` };
}

/** Random code points, lone surrogates and line separators included, mixed with the language's words. */
function unicode(rng) {
  const n = rng.logInt(1, 4096);
  let text = "";
  for (let i = 0; i < n; i++) {
    const r = rng.float();
    if (r < 0.1) text += ` ${rng.pick(KEYWORDS)} `;
    else if (r < 0.15) text += ` ${rng.pick(VALUE_WORDS)} `;
    else text += randomChar(rng);
  }
  return { text, filename: rng.pick(NAMES), note: `${n} random code points` };
}

function flipCase(rng, token) {
  let out = "";
  for (const c of token) out += rng.chance(0.5) ? c.toLowerCase() : c.toUpperCase();
  return out === token ? token.toLowerCase() : out;
}

function dropQuotes(rng, token) {
  if (!token.startsWith('"')) return token.replace(/[A-Za-z]/, '"$&');
  const r = rng.int(0, 2);
  if (r === 0) return token.slice(1);
  if (r === 1) return token.endsWith('"') && token.length > 1 ? token.slice(0, -1) : `${token}"`;
  return token.replaceAll('"', "");
}

const MUTATIONS = ["insert", "delete", "duplicate", "swap", "case", "quotes", "keyword", "char"];

/** One edit of the token list in place. */
function mutateOnce(rng, list) {
  const kind = rng.pick(MUTATIONS);
  if (list.length === 0) {
    list.push(rng.pick(KEYWORDS));
    return "insert";
  }
  const i = rng.int(0, list.length - 1);
  const j = rng.int(0, list.length - 1);
  switch (kind) {
    case "insert":
      list.splice(
        i,
        0,
        rng.chance(0.5) ? list[j] : rng.pick([...KEYWORDS, ...VALUE_WORDS, " ", "\n", '"x"', "0.0.0.0", "12:00", "1/2/2026"]),
      );
      break;
    case "delete":
      list.splice(i, rng.int(1, 4));
      break;
    case "duplicate":
      list.splice(i, 0, ...list.slice(i, i + rng.int(1, 12)));
      break;
    case "swap":
      [list[i], list[j]] = [list[j], list[i]];
      break;
    case "case":
      list[i] = flipCase(rng, list[i]);
      break;
    case "quotes":
      list[i] = dropQuotes(rng, list[i]);
      break;
    case "keyword":
      list[i] = rng.chance(0.8) ? rng.pick(KEYWORDS) : rng.pick(VALUE_WORDS);
      break;
    case "char": {
      const t = list[i];
      const at = rng.int(0, t.length);
      list[i] = t.slice(0, at) + randomChar(rng) + t.slice(at + (rng.chance(0.5) ? 1 : 0));
      break;
    }
  }
  return kind;
}

/** A corpus file with a few token edits: insert, delete, duplicate, swap, flip case, drop quotes, splice keywords. */
function mutate(rng, corpus) {
  const entry = rng.pick(corpus.files);
  const list = tokens(entry.text);
  const n = rng.logInt(1, 16);
  const kinds = [];
  for (let i = 0; i < n; i++) kinds.push(mutateOnce(rng, list));
  return { text: list.join(""), filename: nameFor(rng, entry), note: `${entry.path} with ${kinds.join(", ")}` };
}

function separator(rng) {
  switch (rng.weighted({ space: 6, newline: 4, crlf: 2, cr: 1, tab: 2, blank: 1, comment: 1, many: 1, formfeed: 1 })) {
    case "space":
      return " ";
    case "newline":
      return "\n";
    case "crlf":
      return "\r\n";
    case "cr":
      return "\r";
    case "tab":
      return "\t";
    case "blank":
      return rng.pick(["\n\n", "\r\n\r\n", "\n \n\t\n"]);
    case "comment":
      return ` #${rng.pick(["", " c", "#", ' "', " \t", "\r"])}${rng.pick(["\n", "\r\n", "\r"])}`;
    case "many":
      return " ".repeat(rng.logInt(2, 200));
    default:
      return rng.pick(["\f", "\v", "\u00a0", "\u2028", "\x85"]);
  }
}

/** A corpus file's tokens laid out anew: random spaces, tabs, LF, CRLF, lone CR and comments between them. */
function relayout(rng, corpus) {
  const entry = rng.pick(corpus.files);
  const code = tokens(entry.text).filter((t) => !/^\s+$/.test(t));
  let text = rng.chance(0.1) ? "\ufeff" : "";
  for (const t of code) text += t + (t.startsWith("#") ? rng.pick(["\n", "\r\n", "\r"]) : separator(rng));
  if (rng.chance(0.3)) text = text.trimEnd();
  return { text, filename: nameFor(rng, entry), note: `${entry.path} re-laid out` };
}

/** A unit repeated 10²–2·10⁵ times (within the size cap): many errors, deep nesting, huge lines, long strings. */
function repeat(rng, corpus, maxSize) {
  const frame = rng.pick(REPEAT_FRAMES);
  const entry = rng.pick(corpus.files);
  const lines = entry.text.split(/(?<=\n)/);
  let unit = frame === "backslash-string" ? "\\" : frame === "error-lines" ? rng.pick(ERROR_LINES) : rng.pick(REPEATED_UNITS);
  let what = JSON.stringify(unit);
  if (frame === "span-of-file") {
    const from = rng.int(0, lines.length - 1);
    const to = Math.min(lines.length, from + rng.int(1, 20));
    unit = lines.slice(from, to).join("");
    what = `lines ${from + 1}–${to} of ${entry.path}`;
  }
  const most = Math.floor(maxSize / Math.max(1, unit.length));
  // Some limits only show at the size cap (over ~125,000 error lines once overflowed the stack), so it is drawn often.
  const count = Math.max(1, rng.chance(frame === "error-lines" ? 0.3 : 0.1) ? most : Math.min(rng.logInt(100, 200000), most));
  const at = rng.int(0, lines.length);
  const build = (n) => {
    const body = unit.repeat(n);
    switch (frame) {
      case "string":
        return `RESPMGRCONFIGS RESPMGRCONFIG DESCRIPTION "${body}"\n`;
      case "comment":
        return `# ${body.replace(/[\r\n]/g, " ")}\n`;
      case "backslash-string":
        return `"${body}x`;
      case "in-file":
      case "span-of-file":
        return lines.slice(0, at).join("") + body + lines.slice(at).join("");
      default:
        return body;
    }
  };
  return {
    text: build(count),
    // The same input with a quarter of the repetitions: linear code takes about a quarter of the time on it.
    ...(count >= 400 ? { quarter: build(Math.floor(count / 4)) } : {}),
    filename: nameFor(rng, frame.endsWith("file") ? entry : undefined),
    note: `${what} × ${count} (${frame})`,
  };
}

/** Every strategy by name. */
export const STRATEGIES = { bytes, unicode, mutate, relayout, repeat };

/** How often each strategy runs: repetitions are few but each is large. */
export const STRATEGY_WEIGHTS = { bytes: 15, unicode: 15, mutate: 40, relayout: 24, repeat: 6 };
