/**
 * The properties every input must have, checked through the built library:
 * nothing throws, no HP1000, every range inside the text with line and column
 * matching its offset, format idempotent, comments kept and tree unchanged by
 * format, fixes never breaking a file without syntax errors, and each call
 * within a linear time bound and growing linearly with repetitions.
 * `runChecks` returns the failures and the time of each call.
 */
import { fixText, format, HpomSyntaxError, lint, parse } from "../dist/index.js";
import { fileKindFromName, scan } from "../dist/tooling.js";

/** The names of the checks, in the order the summary lists them. */
export const CHECKS = ["throws", "internal-error", "range", "format-contract", "idempotent", "comments", "tree", "fix-syntax", "time"];

/**
 * Linear time bounds: a fixed allowance plus microseconds per character, several
 * times what error recovery on junk (the slowest linear path) needs on a loaded
 * two-core machine. They catch hangs and gross slowness on any input; the
 * scaling check below catches super-linear growth on repetitions.
 */
const BOUND = { baseMs: 1500, microsPerChar: { parse: 80, lint: 100, format: 80, fixText: 100 } };

/** A repetition may take at most this many times as long as its quarter (quadratic would be 16), plus the slack. */
const SCALING = { ratio: 8, slackMs: 300 };

/** The time bound of one call of `op` on `size` characters (`passes` lint runs for fixText). */
export function timeBound(op, size, passes = 1) {
  return BOUND.baseMs + (BOUND.microsPerChar[op] * size * passes) / 1000;
}

/**
 * How long the worker may take on one input (quarter included) before it counts
 * as hung: less than the sum of its calls' bounds, so a runaway input is reported
 * without eating the budget of a short run.
 */
export function hangBound(size) {
  return 10_000 + (300 * size) / 1000;
}

function isSyntaxError(d) {
  return d.severity === "error" && /^HP1/.test(d.code);
}

/** Offsets of every line start, the first after a byte-order mark (LF ends a line; CR alone does not). */
function lineStarts(text) {
  const starts = [text.charCodeAt(0) === 0xfeff ? 1 : 0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function expectedPosition(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: Math.max(1, offset - starts[lo] + 1) };
}

/** What is wrong with one range against `text` (`{ key, message }`), or undefined. */
function rangeProblem(range, text, starts) {
  if (!range || !range.start || !range.end) return { key: "missing", message: "no range" };
  const { start, end } = range;
  for (const p of [start, end]) {
    if (!Number.isInteger(p.offset) || p.offset < 0 || p.offset > text.length) {
      return { key: "outside", message: `offset ${p.offset} outside 0..${text.length}` };
    }
    const want = expectedPosition(starts, p.offset);
    if (p.line !== want.line || p.column !== want.column) {
      return { key: "line/column", message: `offset ${p.offset} at ${p.line}:${p.column}, expected ${want.line}:${want.column}` };
    }
  }
  if (start.offset > end.offset) return { key: "reversed", message: `start ${start.offset} after end ${end.offset}` };
  return undefined;
}

const IGNORED_IN_TREE = new Set(["range", "leadingComments", "trailingComments", "danglingComments", "blankLineBefore"]);

/** The canonical order of a TIMETMPLCOND's parts (TIMECONDTYPE, TIME, WEEKDAY, DATE), which format writes them in. */
const PART_RANK = { TimeCondType: 0, TimeRange: 1, WeekdayOn: 2, WeekdayRange: 2, DateOn: 3, DateRange: 3 };

/** Strips what format may change (ranges, comments, blank lines, the order of a condition's parts) so two trees can be compared. */
function treeShape(ast) {
  return JSON.stringify(ast, (key, value) => {
    if (IGNORED_IN_TREE.has(key)) return undefined;
    if (value?.type === "TimeCondition") return { ...value, parts: [...value.parts].sort((a, b) => PART_RANK[a.type] - PART_RANK[b.type]) };
    return value;
  });
}

function commentTexts(text) {
  return scan(text)
    .comments.map((c) => c.text)
    .sort();
}

/** The control characters of a comment, which is where a change of comment usually comes from. */
function controlsOf(comment) {
  return JSON.stringify(comment.replace(/[^\0-\x1f\x7f-\x9f\u2028\u2029]/g, "").slice(0, 4));
}

function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return { at: i, was: JSON.stringify(a.slice(Math.max(0, i - 20), i + 20)), now: JSON.stringify(b.slice(Math.max(0, i - 20), i + 20)) };
}

/** The calls the scaling check times, on any text; format's rejection of syntax errors is part of its time. */
const SCALED_CALLS = {
  parse: (text, filename) => parse(text, { filename }),
  lint: (text, filename) => lint(text, { filename }),
  format: (text, filename) => {
    try {
      format(text, { filename });
    } catch {
      // An HpomSyntaxError: the whole input was rejected the same way.
    }
  },
  fixText: (text, filename) => fixText(text, { filename }),
};

function timeOf(call) {
  const t0 = performance.now();
  call();
  return performance.now() - t0;
}

/** The time of each call on the quarter input against the same call on the whole one. */
function checkScaling(text, quarter, filename, times, fail) {
  const tooSlow = (large, small) => large > SCALING.ratio * small + SCALING.slackMs;
  for (const [op, call] of Object.entries(SCALED_CALLS)) {
    const small = timeOf(() => call(quarter, filename));
    let large = times[op];
    // The whole input ran first, while the code was still being compiled: time it again, warm, before blaming it.
    if (tooSlow(large, small))
      large = Math.min(
        large,
        timeOf(() => call(text, filename)),
      );
    if (tooSlow(large, small)) {
      fail(
        "time",
        "slow",
        `${op} took ${Math.round(large)} ms on ${text.length} characters but ${Math.round(small)} ms on a quarter of the repetitions (${quarter.length} characters)`,
      );
    }
  }
}

/**
 * Runs every check on one input. `pool` is `{ model, server }` or undefined;
 * `quarter`, when given, is the input with a quarter of its repetitions.
 * Returns `{ failures: [{ check, key, message }], times: { op: ms } }`.
 */
export function runChecks(text, filename, pool, quarter) {
  const failures = [];
  const times = {};
  const starts = lineStarts(text);
  // `key` tells failures apart for minimising: the same check and key is the same failure.
  const fail = (check, key, message) => failures.push({ check, key, message });

  const timed = (op, call, passes) => {
    const t0 = performance.now();
    try {
      return { value: call() };
    } catch (error) {
      return { error };
    } finally {
      const ms = performance.now() - t0;
      times[op] = Math.max(times[op] ?? 0, ms);
      const bound = timeBound(op.replace(/\W.*/, ""), text.length, passes?.() ?? 1);
      if (ms > bound) fail("time", "slow", `${op} took ${Math.round(ms)} ms on ${text.length} characters (bound ${Math.round(bound)} ms)`);
    }
  };

  const checkDiagnostics = (op, diagnostics, against, againstStarts) => {
    for (const d of diagnostics) {
      if (d.code === "HP1000") fail("internal-error", d.message.replace(/\d+/g, "N").slice(0, 80), `${op}: HP1000 ${d.message}`);
      const problem =
        rangeProblem(d.range, against, againstStarts) ?? (d.fix ? rangeProblem(d.fix.range, against, againstStarts) : undefined);
      if (problem) fail("range", problem.key, `${op}: ${d.code} ${problem.message}`);
    }
  };

  const threw = (op, error) =>
    fail(
      "throws",
      `${op}: ${error?.name}: ${String(error?.message ?? error)
        .split("\n")[0]
        .replace(/\d+/g, "N")
        .slice(0, 80)}`,
      `${op} threw ${error?.name ?? typeof error}: ${String(error?.message ?? error).split("\n")[0]}`,
    );

  const parsed = timed("parse", () => parse(text, { filename }));
  if (parsed.error) threw("parse", parsed.error);
  const syntaxErrors = parsed.value?.diagnostics.filter(isSyntaxError).length ?? 0;
  if (parsed.value) checkDiagnostics("parse", parsed.value.diagnostics, text, starts);

  const linted = timed("lint", () => lint(text, { filename }));
  if (linted.error) threw("lint", linted.error);
  else checkDiagnostics("lint", linted.value, text, starts);

  if (pool) {
    const pooled = timed("lint+pool", () => lint(text, { filename, pool: pool.model, server: pool.server }));
    if (pooled.error) threw("lint+pool", pooled.error);
    else checkDiagnostics("lint+pool", pooled.value, text, starts);
  }

  const formatted = timed("format", () => format(text, { filename }));
  // HP's installer owns the layout of bbc_inst_defaults (no flexible-management file): format keeps it as written.
  const keptAsWritten = filename !== undefined && fileKindFromName(filename) === "bbc_inst_defaults";
  if (formatted.error && !(formatted.error instanceof HpomSyntaxError)) threw("format", formatted.error);
  else if (keptAsWritten) {
    if (formatted.value !== text)
      fail("format-contract", "bbc_inst_defaults changed", "format changed a bbc_inst_defaults file, which it keeps as written");
  } else if (formatted.error && parsed.value && syntaxErrors === 0)
    fail("format-contract", "rejects valid", `format rejected a text parse finds no syntax error in: ${formatted.error.message}`);
  else if (!formatted.error && syntaxErrors > 0)
    fail("format-contract", "accepts invalid", `format accepted a text with ${syntaxErrors} syntax errors`);
  if (formatted.value !== undefined && !keptAsWritten) {
    const once = formatted.value;
    const twice = timed("format(format)", () => format(once, { filename }));
    if (twice.error)
      fail("idempotent", "second format threw", `format of the formatted text threw: ${String(twice.error.message).split("\n")[0]}`);
    else if (twice.value !== once) {
      const d = firstDifference(once, twice.value);
      fail(
        "idempotent",
        `differs at ${JSON.stringify(once.slice(d.at, d.at + 2))}`,
        `format(format(x)) differs at ${d.at}: ${d.was} became ${d.now}`,
      );
    }
    const before = commentTexts(text);
    const after = commentTexts(once);
    if (before.join("\0") !== after.join("\0")) {
      const lost = before.filter((c) => !after.includes(c));
      const added = after.filter((c) => !before.includes(c));
      fail(
        "comments",
        `changed ${controlsOf(lost[0] ?? "")}/${controlsOf(added[0] ?? "")}`,
        `format changed the comments: lost ${JSON.stringify(lost.slice(0, 3))}, added ${JSON.stringify(added.slice(0, 3))} (${before.length} before, ${after.length} after)`,
      );
    }
    const reparsed = timed("parse(format)", () => parse(once, { filename }));
    if (reparsed.error) threw("parse(format)", reparsed.error);
    else if (parsed.value && treeShape(reparsed.value.ast) !== treeShape(parsed.value.ast)) {
      const d = firstDifference(treeShape(parsed.value.ast), treeShape(reparsed.value.ast));
      fail("tree", "changed", `format changed the tree at ${d.at}: ${d.was} became ${d.now}`);
    }
  }

  let fixPasses = 1;
  const fixed = timed(
    "fixText",
    () => {
      const result = fixText(text, { filename });
      fixPasses = result.passes + 1;
      return result;
    },
    () => fixPasses,
  );
  if (fixed.error) threw("fixText", fixed.error);
  else {
    const output = fixed.value.output;
    checkDiagnostics("fixText remaining", fixed.value.remaining, output, lineStarts(output));
    // Only from a clean file: one misspelling costs one error by design, so fixing it may bring to light what it hid.
    if (output !== text && syntaxErrors === 0) {
      const after = parse(output, { filename }).diagnostics.filter(isSyntaxError);
      if (after.length > 0)
        fail(
          "fix-syntax",
          after[0].code,
          `fixes of a file without syntax errors made ${after.length}, first ${after[0].code} ${after[0].message}`,
        );
    }
  }
  if (quarter !== undefined && failures.every((f) => f.check !== "throws")) checkScaling(text, quarter, filename, times, fail);
  return { failures, times };
}
