/**
 * A real JSON-RPC client for the built language server: `hpom-lint lsp --stdio`
 * spawned through bin/hpom-lint.js, spoken to with vscode-languageserver-protocol.
 * One server per test file; it is shut down (or killed) after it.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { pathToFileURL } from "node:url";
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";
import { bin } from "../cli/run-cli.js";

/** A running server and a client connected to it. */
export interface Session {
  child: ChildProcessWithoutNullStreams;
  connection: ProtocolConnection;
  /** Every publishDiagnostics received so far, in order. */
  published: PublishDiagnosticsParams[];
  /** Resolves with the first publication for `uri`, received before or after the call, that satisfies `test`. */
  diagnostics(uri: string, test?: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  /** What the server wrote to stderr. */
  stderr(): string;
  /** Opens `text` as the document `uri` (language `hpom`, version 1). */
  open(uri: string, text: string, languageId?: string): Promise<void>;
}

/** The file URI of `path`. */
export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}

/** Starts the server in `root` and initializes it with `hpomLint` settings. */
export async function startSession(root: string, settings: Record<string, unknown> = {}): Promise<Session> {
  const child = spawn(process.execPath, [bin, "lsp", "--stdio"], { cwd: root, env: { ...process.env, NO_COLOR: "1" } });
  let err = "";
  child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published: PublishDiagnosticsParams[] = [];
  const waiting: {
    uri: string;
    test: (p: PublishDiagnosticsParams) => boolean;
    from: number;
    done: (p: PublishDiagnosticsParams) => void;
  }[] = [];
  const settle = () => {
    for (const w of [...waiting]) {
      const hit = published.slice(w.from).find((p) => p.uri === w.uri && w.test(p));
      if (hit) {
        waiting.splice(waiting.indexOf(w), 1);
        w.done(hit);
      }
    }
  };
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    published.push(p);
    settle();
  });
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: uriOf(root),
    workspaceFolders: [{ uri: uriOf(root), name: "workspace" }],
    capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: false } } },
    initializationOptions: { hpomLint: settings },
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return {
    child,
    connection,
    published,
    diagnostics(uri, test = () => true) {
      return new Promise((done) => {
        waiting.push({ uri, test, from: 0, done });
        settle();
      });
    },
    stderr: () => err,
    async open(uri, text, languageId = "hpom") {
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    },
  };
}
