/**
 * Properties of `parse` (fast-check, 1,000 runs each; a failure prints its
 * seed and counterexample):
 * - it never throws and always returns a tree and well-formed diagnostics,
 *   on arbitrary strings and on random token-level mutations of valid files;
 * - the layout of a valid file does not matter: any whitespace (and any
 *   comments) between tokens gives the same bare tree and no diagnostics.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineMap, parse, type ParseResult } from "../../src/index.js";
import { scan } from "../../src/lexer/scanner.js";
import { bareTree } from "../helpers.js";

const RUNS = { numRuns: 1000 };

// ---- valid sample files (one per file kind and then some) ----

const AGENT = `TIMETEMPLATES
  TIMETEMPLATE "emea-day"
    DESCRIPTION "EMEA office hours, except public holidays"
    TIMETMPLCONDS
      TIMETMPLCOND
        TIMECONDTYPE Suppress
        DATE ON 12/25/*
      TIMETMPLCOND
        TIMECONDTYPE Match
        TIME FROM 7:00 TO 19:00
        WEEKDAY FROM Monday TO Friday
RESPMGRCONFIGS
  RESPMGRCONFIG
    DESCRIPTION "responsible managers for EMEA nodes"
    SECONDARYMANAGERS
      SECONDARYMANAGER
        NODE IP 0.0.0.0 "om-emea.example.com"
    ACTIONALLOWMANAGERS
      ACTIONALLOWMANAGER
        NODE IP 0.0.0.0 "$OPC_PRIMARY_MGR"
    MSGTARGETRULES
      MSGTARGETRULE
        DESCRIPTION "everything"
        MSGTARGETRULECONDS
        MSGTARGETMANAGERS
          MSGTARGETMANAGER
            TIMETEMPLATE "emea-day"
            OPCMGR IP 0.0.0.0 "om-emea.example.com"
          MSGTARGETMANAGER
            TIMETEMPLATE "$OPC_ALWAYS"
            OPCMGR IP 0.0.0.0 "$OPC_PRIMARY_MGR"
`;

const MSGFORW = `TIMETEMPLATES
  TIMETEMPLATE "night"
    DESCRIPTION "night shift"
    TIMETMPLCONDS
      TIMETMPLCOND
        TIME FROM 18:00 TO 24:00
      TIMETMPLCOND
        TIME FROM 0:00 TO 6:00
RESPMGRCONFIGS
  RESPMGRCONFIG
    DESCRIPTION "forwarding"
    SECONDARYMANAGERS
    ACTIONALLOWMANAGERS
    MSGTARGETRULES
      MSGTARGETRULE
        DESCRIPTION "critical database messages"
        MSGTARGETRULECONDS
          MSGTARGETRULECOND
            DESCRIPTION "db"
            SEVERITY Critical
            APPLICATION "Oracle"
            MSGGRP "DB"
            OBJECT "tablespace"
            MSGTYPE "t1"
            NODE IP 10.1.2.3 IP 10.1.2.4 "db2" NODEGROUP "databases"
            MSGCONDTYPE Match
        MSGTARGETMANAGERS
          MSGTARGETMANAGER
            TIMETEMPLATE "night"
            OPCMGR IP 0.0.0.0 "central.example.com" ID "4a5b-core"
            MSGCONTROLLINGMGR
          MSGTARGETMANAGER
            TIMETEMPLATE $OPC_ALWAYS
            OPCMGR IP 192.168.1.10 "backup.example.com"
            NOTIFYMGR
        ACKNONLOCALMGR
`;

const OUTAGE = `TIMETEMPLATES
  TIMETEMPLATE "maint"
    DESCRIPTION "maintenance window"
    TIMEZONETYPE Fix
    TIMEZONEVALUE "GMT+01"
    TIMETMPLCONDS
      TIMETMPLCOND
        TIMECONDTYPE Unmatch
        DATE FROM 08/06/* TO 09/10/*
        WEEKDAY ON Sunday
        DATE ON 01/01/98
CONDSTATUSVARS
  CONDSTATUSVAR "ora_down" True
  CONDSTATUSVAR "sap_down" False
RESPMGRCONFIGS
  RESPMGRCONFIG
    DESCRIPTION "outage"
    MSGTARGETRULES
      MSGTARGETRULE
        DESCRIPTION "oracle"
        MSGTARGETRULECONDS
          MSGTARGETRULECOND
            DESCRIPTION "ora"
            CONDSTATUSVAR "ora_down"
            TEXT "^ORA-\\"x\\"" SEPARATORS " -" ICASE
            SERVICE "db"
            SERVICE_NAME "svc" ICASE
            NODE OTHER "mpe"
        MSGOPERATIONS
          MSGOPERATION TIMETEMPLATE "maint" SUPPRESS
          MSGOPERATION LOGONLY
          MSGOPERATION INSERVICE
          MSGOPERATION TIMETEMPLATE "maint" TROUBLETICKET True
          MSGOPERATION NOTIFICATION False
`;

const LENIENT = `RESPMGRCONFIGS
  RESPMGRCONFIG
    DESCRIPTION "one"
    SECONDARYMANAGERS
      SECONDARYMANAGER NODE $OPC_PRIMARY_MGR DESCRIPTION "bare variable"
      SECONDARYMANAGER NODE "bare.example.com"
    ACTIONALLOWMANAGERS
      ACTIONALLOWMANAGER NODE IP 0.0.0.0 $OPC_PRIMARY_MGR
  RESPMGRCONFIG
    DESCRIPTION "two"
    MSGTARGETRULES
      MSGTARGETRULE
        DESCRIPTION "r"
        MSGTARGETRULECONDS
          MSGTARGETRULECOND
            DESCRIPTION "c"
        MSGTARGETMANAGERS
`;

const MINIMAL = `RESPMGRCONFIGS
  RESPMGRCONFIG
    DESCRIPTION ""
    SECONDARYMANAGERS
    ACTIONALLOWMANAGERS
`;

const SAMPLES = [AGENT, MSGFORW, OUTAGE, LENIENT, MINIMAL];

/** The token images of a text, in order (strings keep their quotes and escapes). */
const tokenImages = (text: string): string[] => scan(text).tokens.map((t) => t.image);
const SAMPLE_TOKENS = SAMPLES.map(tokenImages);
const TIDY_TREES = SAMPLES.map((s) => bareTree(parse(s).ast));

// ---- checks ----

const CHEVROTAIN_WORDING = /Expecting|token of type|-->|<--|NoViableAlt|MismatchedToken|EarlyExit|NotAllInputParsed/;
const SEVERITIES = new Set(["error", "warning", "info"]);

/** Fails with `message` unless `condition` holds (plain checks: `expect` is too slow for thousands of runs). */
function check(condition: boolean, message: () => string): void {
  if (!condition) throw new Error(message());
}

/** Everything `parse` promises about its result, whatever the input. */
function checkResult(text: string, result: ParseResult): void {
  const { ast, diagnostics } = result;
  check(ast !== null && typeof ast === "object" && ast.type === "ConfigFile", () => "no ConfigFile");
  check(ast.range.start === 0 && ast.range.end === text.length, () => `file range ${JSON.stringify(ast.range)} for length ${text.length}`);
  check(Array.isArray(ast.danglingComments), () => "danglingComments is not an array");
  check(Array.isArray(diagnostics), () => "diagnostics is not an array");
  const lines = LineMap.of(text);
  let previous = -1;
  let errors = 0;
  let notes = 0;
  for (const d of diagnostics) {
    const show = () => JSON.stringify(d);
    check(/^HP1\d\d\d$/.test(d.code), () => `bad code: ${show()}`);
    check(d.code !== "HP1000", () => `internal error: ${show()}`);
    check(SEVERITIES.has(d.severity), () => `bad severity: ${show()}`);
    check(typeof d.message === "string" && d.message.length > 0, () => `bad message: ${show()}`);
    check(!CHEVROTAIN_WORDING.test(d.message), () => `Chevrotain wording: ${show()}`);
    for (const p of [d.range.start, d.range.end, ...(d.fix ? [d.fix.range.start, d.fix.range.end] : [])]) {
      check(Number.isInteger(p.line) && p.line >= 1, () => `line not 1-based: ${show()}`);
      check(Number.isInteger(p.column) && p.column >= 1, () => `column not 1-based: ${show()}`);
      check(
        Number.isInteger(p.offset) && p.offset >= 0 && p.offset <= text.length,
        () => `offset outside the text (${text.length}): ${show()}`,
      );
      const expected = lines.position(p.offset);
      check(
        expected.line === p.line && expected.column === p.column,
        () => `line/column ${p.line}:${p.column} do not match offset ${p.offset} (${expected.line}:${expected.column})`,
      );
    }
    check(d.range.end.offset >= d.range.start.offset, () => `inverted range: ${show()}`);
    check(d.range.start.offset >= previous, () => `not sorted by position: ${show()}`);
    previous = d.range.start.offset;
    if (d.severity === "error") errors++;
    if (d.code === "HP1011") notes++;
  }
  check(errors <= 100, () => `${errors} errors`);
  check(notes <= 1, () => `${notes} too-many-errors notes`);
}

/** Every node of the tree has a range inside the text with start <= end. */
function checkNodeRanges(text: string, ast: unknown): void {
  const walk = (value: unknown): void => {
    if (!value || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (const v of value) walk(v);
      return;
    }
    const node = value as { type?: unknown; range?: { start: number; end: number } };
    const type = node.type;
    if (typeof type === "string" && node.range) {
      const { start, end } = node.range;
      check(
        Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length,
        () => `${type} has range ${String(start)}-${String(end)} in a text of length ${text.length}`,
      );
    }
    for (const [k, v] of Object.entries(value)) if (k !== "range") walk(v);
  };
  walk(ast);
}

/** Every comment of the tree, by a generic walk. */
function treeComments(ast: unknown): string[] {
  const out: { text: string; start: number }[] = [];
  const walk = (value: unknown): void => {
    if (!value || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (const v of value) walk(v);
      return;
    }
    const node = value as { type?: unknown; text?: string; range?: { start: number } };
    if (node.type === "Comment") {
      out.push({ text: node.text!, start: node.range!.start });
      return;
    }
    for (const v of Object.values(value)) walk(v);
  };
  walk(ast);
  return out.sort((a, b) => a.start - b.start).map((c) => c.text);
}

// ---- arbitraries ----

/** Whitespace between two tokens: at least one separator character. */
const whitespace = fc
  .array(fc.constantFrom(" ", "  ", "\t", "\n", "\r\n", "\n\n", " \t ", "\f"), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join(""));

type Edit =
  | { kind: "delete"; at: number }
  | { kind: "duplicate"; at: number }
  | { kind: "swap"; a: number; b: number }
  | { kind: "move"; from: number; to: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("swap" as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant("move" as const), from: fc.nat(), to: fc.nat() }),
);

function applyEdits(tokens: readonly string[], edits: readonly Edit[]): string[] {
  const out = tokens.slice();
  for (const e of edits) {
    if (out.length === 0) break;
    switch (e.kind) {
      case "delete":
        out.splice(e.at % out.length, 1);
        break;
      case "duplicate": {
        const i = e.at % out.length;
        out.splice(i, 0, out[i]!);
        break;
      }
      case "swap": {
        const a = e.a % out.length;
        const b = e.b % out.length;
        [out[a], out[b]] = [out[b]!, out[a]!];
        break;
      }
      case "move": {
        const [tok] = out.splice(e.from % out.length, 1);
        out.splice(e.to % (out.length + 1), 0, tok!);
        break;
      }
    }
  }
  return out;
}

/** Joins tokens with the given separators (cycled), ending with a newline. */
function join(tokens: readonly string[], separators: readonly string[]): string {
  let text = "";
  tokens.forEach((t, i) => {
    text += (i === 0 ? "" : separators[i % separators.length]!) + t;
  });
  return `${text}\n`;
}

// ---- properties ----

describe("parse never throws and returns well-formed results", () => {
  it("on arbitrary binary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        const result = parse(text);
        checkResult(text, result);
        checkNodeRanges(text, result.ast);
      }),
      RUNS,
    );
  });

  it("on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const result = parse(text);
        checkResult(text, result);
        checkNodeRanges(text, result.ast);
      }),
      RUNS,
    );
  });

  it("on arbitrary strings over the language's own alphabet (keywords, values, literals, quotes, #)", () => {
    const piece = fc.constantFrom(
      "TIMETEMPLATES",
      "TIMETEMPLATE",
      "DESCRIPTION",
      "TIMETMPLCONDS",
      "TIMETMPLCOND",
      "TIME",
      "FROM",
      "TO",
      "ON",
      "WEEKDAY",
      "DATE",
      "RESPMGRCONFIGS",
      "RESPMGRCONFIG",
      "SECONDARYMANAGERS",
      "SECONDARYMANAGER",
      "ACTIONALLOWMANAGERS",
      "NODE",
      "IP",
      "OTHER",
      "MSGTARGETRULES",
      "MSGTARGETRULE",
      "MSGTARGETRULECONDS",
      "MSGTARGETRULECOND",
      "SEVERITY",
      "MSGTARGETMANAGERS",
      "MSGTARGETMANAGER",
      "OPCMGR",
      "MSGOPERATIONS",
      "MSGOPERATION",
      "SUPPRESS",
      "CONDSTATUSVARS",
      "CONDSTATUSVAR",
      "Critical",
      "Monday",
      "True",
      "Suppress",
      "0.0.0.0",
      "7:00",
      "12/25/*",
      "$OPC_ALWAYS",
      '"m"',
      '"',
      "#",
      "\\",
      "{",
      "1.2.3",
      "foo",
      " ",
      "\n",
      "\r\n",
      "\t",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join("");
        const result = parse(text);
        checkResult(text, result);
        checkNodeRanges(text, result.ast);
      }),
      RUNS,
    );
  });

  it("on random deletions, duplications, swaps and moves of the tokens of valid files", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: SAMPLES.length - 1 }),
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom(" ", "\n", "\r\n", "\t", "  "), { minLength: 1, maxLength: 8 }),
        (sample, edits, separators) => {
          const text = join(applyEdits(SAMPLE_TOKENS[sample]!, edits), separators);
          const result = parse(text);
          checkResult(text, result);
          checkNodeRanges(text, result.ast);
        },
      ),
      RUNS,
    );
  });
});

describe("layout does not matter", () => {
  it("the tidy samples are valid", () => {
    for (const s of SAMPLES) expect(parse(s).diagnostics).toEqual([]);
  });

  it("random whitespace between tokens (spaces, tabs, newlines, CRLF) gives the tidy tree and no diagnostics", () => {
    fc.assert(
      fc.property(
        fc
          .nat({ max: SAMPLES.length - 1 })
          .chain((sample) =>
            fc.tuple(
              fc.constant(sample),
              fc.array(whitespace, { minLength: SAMPLE_TOKENS[sample]!.length, maxLength: SAMPLE_TOKENS[sample]!.length }),
              whitespace,
              whitespace,
            ),
          ),
        ([sample, gaps, lead, tail]) => {
          const tokens = SAMPLE_TOKENS[sample]!;
          const text = lead + tokens.map((t, i) => (i === 0 ? t : gaps[i]! + t)).join("") + tail;
          const result = parse(text);
          expect(result.diagnostics).toEqual([]);
          expect(bareTree(result.ast)).toEqual(TIDY_TREES[sample]);
          checkNodeRanges(text, result.ast);
        },
      ),
      RUNS,
    );
  });

  it("comments between tokens change neither the tree nor the diagnostics, and each is kept exactly once", () => {
    const gap = fc.oneof(
      { weight: 3, arbitrary: whitespace },
      {
        weight: 1,
        arbitrary: fc.tuple(whitespace, fc.stringMatching(/^[ -~]{0,12}$/)).map(([ws, body]) => `${ws}#${body.replace(/[\r\n]/g, "")}\n`),
      },
    );
    fc.assert(
      fc.property(
        fc
          .nat({ max: SAMPLES.length - 1 })
          .chain((sample) =>
            fc.tuple(
              fc.constant(sample),
              fc.array(gap, { minLength: SAMPLE_TOKENS[sample]!.length + 1, maxLength: SAMPLE_TOKENS[sample]!.length + 1 }),
            ),
          ),
        ([sample, gaps]) => {
          const tokens = SAMPLE_TOKENS[sample]!;
          const text = tokens.map((t, i) => gaps[i]! + t).join("") + gaps[tokens.length]!;
          const result = parse(text);
          expect(result.diagnostics).toEqual([]);
          expect(bareTree(result.ast)).toEqual(TIDY_TREES[sample]);
          expect(treeComments(result.ast)).toEqual(scan(text).comments.map((c) => c.text));
        },
      ),
      RUNS,
    );
  });
});
