/**
 * What must never stop the language server: malformed messages, unknown
 * methods, huge and binary documents, a configuration that cannot be used;
 * and no work is published for a superseded version of a document.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  DocumentSymbolRequest,
  ErrorCodes,
  HoverRequest,
  ResponseError,
} from "vscode-languageserver-protocol/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workspace } from "../cli/workspace.js";
import { startSession, uriOf, type Session } from "./client.js";

const VALID =
  'TIMETEMPLATES\n  TIMETEMPLATE "night"\n    DESCRIPTION "nights"\n    TIMETMPLCONDS\n      TIMETMPLCOND\n        TIME FROM 18:00 TO 24:00\n';

let dir: string;
let s: Session;

/** Whether the server still answers: a request on a small document gets its reply. */
async function alive(): Promise<void> {
  const uri = uriOf(join(dir, `alive/${Math.random()}/msgforw`));
  await s.open(uri, VALID);
  const symbols = await s.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
  expect(symbols).toHaveLength(1);
  expect(s.child.exitCode).toBeNull();
}

beforeAll(async () => {
  dir = workspace({ "x/.hpom-lint.json": "{ not json" });
  // A long delay, so every change of a burst arrives before the first check would start.
  s = await startSession(dir, { debounceMs: 400 });
});

afterAll(() => {
  if (s.child.exitCode === null) s.child.kill();
});

describe("hpom-lint lsp --stdio keeps serving", () => {
  it("after a message that is no JSON, and one that is no request", async () => {
    s.child.stdin.write("Content-Length: 9\r\n\r\n{not json");
    const body = JSON.stringify({ jsonrpc: "2.0", id: 99999, method: 42 });
    s.child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    await alive();
  });

  it("answers an unknown method with MethodNotFound", async () => {
    const error = await s.connection.sendRequest("hpom/noSuchMethod", {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as ResponseError<unknown>).code).toBe(ErrorCodes.MethodNotFound);
    await alive();
  });

  it("checks a 50 MB document no further than saying it is too large", async () => {
    const uri = uriOf(join(dir, "big/msgforw"));
    const text = VALID.repeat(Math.ceil((50 * 1024 * 1024) / VALID.length));
    await s.open(uri, text);
    const { diagnostics } = await s.diagnostics(uri);
    expect(diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(/^this file \(50\.0 MB\) is larger than the 5 MB the editor checks; run hpom-lint on it$/),
    ]);
    expect(await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 3 } })).toBeNull();
    await alive();
  });

  it("checks a document of pure binary, with no control character in what it says", async () => {
    const uri = uriOf(join(dir, "binary/msgforw"));
    const bytes = Array.from({ length: 64 * 1024 }, (_, i) => String.fromCharCode((i * 7919) % 256));
    await s.open(uri, bytes.join(""));
    const { diagnostics } = await s.diagnostics(uri);
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) expect(d.message).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    await alive();
  });

  it("turns what keeps a file from its settings into one diagnostic, and still checks it", async () => {
    const uri = uriOf(join(dir, "x/msgforw"));
    await s.open(uri, VALID.replace("TIME FROM", "TIME  FROM").replace('"nights"', '"nights'));
    const { diagnostics } = await s.diagnostics(uri);
    expect(diagnostics[0]!.message).toMatch(/^not checked with the project's settings: \.hpom-lint\.json:1:3: invalid JSON: /);
    expect(diagnostics.slice(1).map((d) => d.code)).toContain("HP1002");
  });

  it("re-reads the configuration when the client reports it changed", async () => {
    const uri = uriOf(join(dir, "x/msgforw"));
    writeFileSync(join(dir, "x/.hpom-lint.json"), JSON.stringify({ rules: { HP1002: "error" } }));
    await s.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: uriOf(join(dir, "x/.hpom-lint.json")), type: FileChangeType.Changed }],
    });
    const { diagnostics } = await s.diagnostics(
      uri,
      (p) => !p.diagnostics.some((d) => typeof d.message === "string" && d.message.startsWith("not checked")),
    );
    expect(diagnostics.map((d) => d.code)).toContain("HP1002");
  });

  it("publishes nothing for a superseded version", async () => {
    const uri = uriOf(join(dir, "burst/msgforw"));
    await s.open(uri, VALID);
    await s.diagnostics(uri, (p) => p.version === 1);
    for (let version = 2; version <= 6; version++) {
      await s.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ text: `${VALID}# edit ${version}\n` }],
      });
    }
    await s.diagnostics(uri, (p) => p.version === 6);
    expect(s.published.filter((p) => p.uri === uri).map((p) => p.version)).toEqual([1, 6]);
    expect(s.stderr()).toBe("");
  });
});
