/**
 * The language server end to end: the built `hpom-lint lsp --stdio`, driven by
 * a real JSON-RPC client through every request editors send.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DocumentFormattingRequest,
  DocumentRangeFormattingRequest,
  DocumentSymbolRequest,
  ExitNotification,
  FoldingRangeRequest,
  HoverRequest,
  ReferencesRequest,
  RenameRequest,
  ShutdownRequest,
  type Diagnostic,
  type DocumentSymbol,
  type Location,
  type MarkupContent,
  type TextEdit,
  type WorkspaceEdit,
} from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root } from "../cli/run-cli.js";
import { workspace } from "../cli/workspace.js";
import { startSession, uriOf, type Session } from "./client.js";

const MSGFORW = `TIMETEMPLATES
  TIMETEMPLATE "night"
    DESCRIPTION "weekday nights"
    TIMETMPLCONDS
      TIMETMPLCOND
        TIMECONDTYPE Match
        TIME FROM 18:00 TO 24:00
        WEEKDAY FROM Monday TO Friday
  TIMETEMPLATE "night"
    DESCRIPTION "again"
RESPMGRCONFIGS
  RESPMGRCONFIG
    DESCRIPTION "forwarding"
    SECONDARYMANAGERS
    ACTIONALLOWMANAGERS
    MSGTARGETRULES
      MSGTARGETRULE
        DESCRIPTION "critical at night"
        MSGTARGETRULECONDS
          MSGTARGETRULECOND
            DESCRIPTION "critical"
            SEVERITY Critical
        MSGTARGETMANAGERS
          MSGTARGETMANAGER
            TIMETEMPLATE "night"
            OPCMGR IP 0.0.0.0 "om2.example.com"
          MSGTARGETMANAGER
            TIMETEMPLATE $OPC_ALWAYS
            OPCMGR IP 0.0.0.0 "om1.example.com"
`;

const POOL = readFileSync(join(root, "examples/pools/one-virtual-interface/pool.yaml"), "utf8");

let dir: string;
let s: Session;
let version = 1;

/** Where `needle` starts in `text` (its `nth` occurrence, from 0), as a protocol position. */
function at(text: string, needle: string, nth = 0, delta = 0): { line: number; character: number } {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = text.indexOf(needle, offset + 1);
  if (offset < 0) throw new Error(`${needle} not in the text`);
  return TextDocument.create("x:", "hpom", 0, text).positionAt(offset + delta);
}

function applied(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create("x:", "hpom", 0, text), [...edits]);
}

function editsOf(edit: WorkspaceEdit | null | undefined, uri: string): TextEdit[] {
  return edit?.changes?.[uri] ?? [];
}

function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}

beforeAll(async () => {
  dir = workspace({
    // Only files under pooled/ are checked with the pool model: the pooling rules would find much to say about the others.
    "pooled/.hpom-lint.json": JSON.stringify({ pool: "../pool.yaml" }),
    "pool.yaml": POOL,
    "bad-pool.yaml":
      "# yaml-language-server: $schema=https://example.com/pool-model.schema.json\nversion: 1\npools:\n  - name: core\n    members: [om1.example.com, om2.example.com]\n    virtual: [om1.example.com]\n",
    "broken/.hpom-lint.json": '{ "rules": { "no-such-rule": "off" } }',
  });
  s = await startSession(dir);
});

afterAll(() => {
  if (s.child.exitCode === null) s.child.kill();
});

describe("hpom-lint lsp --stdio", () => {
  const uri = () => uriOf(join(dir, "files/msgforw"));

  it("publishes diagnostics on open with code, docs URL, related information and fix", async () => {
    await s.open(uri(), MSGFORW);
    const { diagnostics, version: v } = await s.diagnostics(uri());
    expect(v).toBe(1);
    expect(codes(diagnostics)).toEqual(["HP2002", "HP2019", "HP2041"]);
    const duplicate = diagnostics[0]!;
    expect(duplicate.source).toBe("hpom-lint");
    expect(duplicate.message).toContain("[duplicate-time-template]");
    expect(duplicate.range.start).toEqual({ line: 8, character: 15 });
    expect(duplicate.codeDescription?.href).toMatch(/^https:\/\/github\.com\/hpom-lint\/hpom-lint\/blob\/v[^/]+\/docs\/rules\/HP2002\.md$/);
    expect(duplicate.relatedInformation).toEqual([
      {
        location: { uri: uri(), range: { start: { line: 1, character: 2 }, end: { line: 1, character: 22 } } },
        message: "first defined here",
      },
    ]);
    expect(diagnostics[2]!.data).toMatchObject({ fix: { newText: '"$OPC_ALWAYS"' } });
  });

  it("re-checks after an incremental change", async () => {
    version = 2;
    // Removes the second, duplicate template (lines 9 and 10).
    await s.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: uri(), version },
      contentChanges: [{ range: { start: { line: 8, character: 0 }, end: { line: 10, character: 0 } }, text: "" }],
    });
    const { diagnostics } = await s.diagnostics(uri(), (p) => p.version === 2);
    expect(codes(diagnostics)).toEqual(["HP2041"]);
  });

  const current = () => MSGFORW.replace('  TIMETEMPLATE "night"\n    DESCRIPTION "again"\n', "");

  it("applies a diagnostic's quick fix, and offers disabling the rule for the line and fixing all", async () => {
    const { diagnostics } = await s.diagnostics(uri(), (p) => p.version === 2);
    const actions = await s.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: uri() },
      range: diagnostics[0]!.range,
      context: { diagnostics },
    });
    const titles = (actions ?? []).map((a) => a.title);
    expect(titles).toEqual([
      expect.stringMatching(/^Fix: /),
      "Disable HP2041 (bare-variable) for this line",
      "Fix all auto-fixable hpom-lint problems (1)",
    ]);
    const fix = actions![0]! as { edit: WorkspaceEdit };
    expect(applied(current(), editsOf(fix.edit, uri()))).toContain('TIMETEMPLATE "$OPC_ALWAYS"');
    const disable = actions![1]! as { edit: WorkspaceEdit };
    const disabled = applied(current(), editsOf(disable.edit, uri()));
    expect(disabled).toContain("            # hpom-lint-disable-next-line HP2041\n            TIMETEMPLATE $OPC_ALWAYS");
    // The directive really silences the rule: the server finds nothing in the edited text.
    const other = uriOf(join(dir, "files/disabled/msgforw"));
    await s.open(other, disabled);
    expect((await s.diagnostics(other)).diagnostics).toEqual([]);

    const fixAll = await s.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: uri() },
      range: diagnostics[0]!.range,
      context: { diagnostics: [], only: ["source.fixAll"] },
    });
    expect(fixAll?.map((a) => ("kind" in a ? a.kind : undefined))).toEqual(["source.fixAll.hpom-lint"]);
  });

  it("formats the document, and the clauses covering a range", async () => {
    const messy = current()
      .replace('        DESCRIPTION "critical at night"', 'DESCRIPTION     "critical at night"')
      .replace("            SEVERITY Critical", "  SEVERITY   Critical");
    const u = uriOf(join(dir, "fmt/msgforw"));
    await s.open(u, messy);
    const whole = await s.connection.sendRequest(DocumentFormattingRequest.type, {
      textDocument: { uri: u },
      options: { tabSize: 2, insertSpaces: true },
    });
    expect(applied(messy, whole ?? [])).toBe(current());
    const line = at(messy, "SEVERITY").line;
    const ranged = await s.connection.sendRequest(DocumentRangeFormattingRequest.type, {
      textDocument: { uri: u },
      range: { start: { line, character: 0 }, end: { line, character: 5 } },
      options: { tabSize: 2, insertSpaces: true },
    });
    expect(ranged).toEqual([
      { range: { start: { line, character: 0 }, end: { line, character: 21 } }, newText: "            SEVERITY Critical" },
    ]);
    // A file with syntax errors is left as it is, as `fmt` leaves it.
    const broken = uriOf(join(dir, "fmt/broken/msgforw"));
    await s.open(broken, 'RESPMGRCONFIGS\n  RESPMGRCONFIG\n    MSGTARGETRULES "x\n');
    expect(
      await s.connection.sendRequest(DocumentFormattingRequest.type, {
        textDocument: { uri: broken },
        options: { tabSize: 2, insertSpaces: true },
      }),
    ).toEqual([]);
  });

  it("hovers keywords, time templates and diagnostics", async () => {
    const text = current();
    const hover = async (position: { line: number; character: number }) =>
      (
        (await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri() }, position }))?.contents as
          MarkupContent | undefined
      )?.value ?? "";
    expect(await hover(at(text, "MSGTARGETMANAGERS", 0, 3))).toContain(
      'target-managers    = "MSGTARGETMANAGERS" { target-manager } [ "ACKNONLOCALMGR" ] ;',
    );
    const schedule = await hover(at(text, '"night"', 1, 2));
    expect(schedule).toContain("weekday nights");
    expect(schedule).toContain("1. true from 18:00 to 24:00, Monday to Friday");
    const quoted = text.replace("TIMETEMPLATE $OPC_ALWAYS", 'TIMETEMPLATE "$OPC_ALWAYS"');
    const u = uriOf(join(dir, "quoted/msgforw"));
    await s.open(u, quoted);
    const builtIn = await s.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: u },
      position: at(quoted, "$OPC_ALWAYS", 0, 2),
    });
    expect((builtIn?.contents as MarkupContent).value).toBe("**$OPC_ALWAYS**: HPOM's built-in time template, always true");
    const rule = await hover(at(text, "$OPC_ALWAYS", 0, 2));
    expect(rule).toMatch(
      /\*\*HP2041\*\* `bare-variable`: .*\[Documentation\]\(https:\/\/github\.com\/hpom-lint\/hpom-lint\/blob\/v[^)]+\/docs\/rules\/HP2041\.md\)/,
    );
  });

  it("completes keywords, values, template names and the pool's servers", async () => {
    const complete = async (text: string, position: { line: number; character: number }): Promise<string[]> => {
      const u = uriOf(join(dir, `pooled/${version++}/msgforw`));
      await s.open(u, text);
      const result = await s.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: u }, position });
      return (Array.isArray(result) ? result : (result?.items ?? [])).map((i) => i.label);
    };
    const text = current();
    const severity = text.replace("SEVERITY Critical", "SEVERITY ");
    expect(await complete(severity, at(severity, "SEVERITY ", 0, 9))).toEqual([
      "Unknown",
      "Normal",
      "Warning",
      "Minor",
      "Major",
      "Critical",
    ]);
    const template = text.replace('TIMETEMPLATE "night"\n            OPCMGR', 'TIMETEMPLATE "ni\n            OPCMGR');
    expect(await complete(template, at(template, '"ni\n', 0, 3))).toEqual(['"$OPC_ALWAYS"', '"night"']);
    const server = text.replace('OPCMGR IP 0.0.0.0 "om2.example.com"', "OPCMGR IP 0.0.0.0 ");
    expect(await complete(server, at(server, "OPCMGR IP 0.0.0.0 ", 0, 18))).toEqual([
      '"om1.example.com"',
      '"om2.example.com"',
      '"om-pool.example.com"',
    ]);
    const next = `${text}          `;
    const keywords = await complete(next, TextDocument.create("x:", "hpom", 0, next).positionAt(next.length));
    expect(keywords).toContain("MSGTARGETMANAGER");
    expect(keywords).toContain("ACKNONLOCALMGR");
    expect(keywords).toContain("MSGTARGETRULE");
    expect(keywords).not.toContain("SEVERITY");
  });

  it("goes to a template's definition, finds its references and renames it", async () => {
    const text = current();
    const reference = at(text, '"night"', 1, 1);
    const definition = (await s.connection.sendRequest(DefinitionRequest.type, {
      textDocument: { uri: uri() },
      position: reference,
    })) as Location[];
    expect(definition).toEqual([{ uri: uri(), range: { start: { line: 1, character: 15 }, end: { line: 1, character: 22 } } }]);
    const references = await s.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: uri() },
      position: at(text, '"night"', 0, 1),
      context: { includeDeclaration: true },
    });
    expect(references?.map((r) => r.range.start.line)).toEqual([1, at(text, '"night"', 1).line]);
    const rename = await s.connection.sendRequest(RenameRequest.type, {
      textDocument: { uri: uri() },
      position: reference,
      newName: 'late "shift"',
    });
    const renamed = applied(text, editsOf(rename, uri()));
    expect(renamed.match(/"late \\"shift\\""/g)).toHaveLength(2);
    expect(renamed).not.toContain('"night"');
  });

  it("lists document symbols and folding ranges", async () => {
    const symbols = (await s.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uri() } })) as DocumentSymbol[];
    expect(symbols.map((x) => x.name)).toEqual(["TIMETEMPLATES", "RESPMGRCONFIGS"]);
    expect(symbols[0]!.children?.map((x) => x.name)).toEqual(['"night"']);
    expect(symbols[1]!.children?.[0]?.children?.map((x) => x.name)).toEqual(['MSGTARGETRULE "critical at night"']);
    const folds = await s.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: uri() } });
    expect(folds).toContainEqual({ startLine: 1, endLine: 7 });
  });

  it("reports a pool model's cross-field errors at their line", async () => {
    const bad = uriOf(join(dir, "bad-pool.yaml"));
    await s.open(bad, readFileSync(join(dir, "bad-pool.yaml"), "utf8"), "yaml");
    const { diagnostics } = await s.diagnostics(bad);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.range.start.line).toBe(5);
    expect(diagnostics[0]!.message).toMatch(/^pools\[0\]\.virtual\[0\]: .*om1\.example\.com/);
    const good = uriOf(join(dir, "pool.yaml"));
    await s.open(good, POOL, "yaml");
    expect((await s.diagnostics(good)).diagnostics.filter((d) => d.severity === 1)).toEqual([]);
  });

  it("says in one diagnostic why the project's configuration could not be used", async () => {
    const u = uriOf(join(dir, "broken/msgforw"));
    await s.open(u, current());
    const { diagnostics } = await s.diagnostics(u);
    expect(diagnostics[0]!.message).toBe('not checked with the project\'s settings: .hpom-lint.json: rules: unknown rule "no-such-rule"');
    expect(codes(diagnostics).slice(1)).toEqual(["HP2041"]);
  });

  it("clears diagnostics on close, then shuts down and exits", async () => {
    await s.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: uri() } });
    expect((await s.diagnostics(uri(), (p) => p.version === undefined)).diagnostics).toEqual([]);
    const exited = new Promise<number | null>((done) => s.child.on("exit", (code) => done(code)));
    await s.connection.sendRequest(ShutdownRequest.type);
    await s.connection.sendNotification(ExitNotification.type);
    expect(await exited).toBe(0);
    expect(s.stderr()).toBe("");
  });
});
