#!/usr/bin/env node
/**
 * The language server as an editor sees it: how long after the last change of
 * a 100 KB file its diagnostics arrive (the debounce included), measured
 * against the built `hpom-lint lsp --stdio` over stdio with a real client, and
 * how long a full re-parse of a 1 MB file takes (the server re-parses the whole
 * document on every change; issue #19 item 7).
 *
 *   import { measureLanguageServer } from "./lsp.mjs"
 *   node bench/lsp.mjs        (prints both figures)
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import protocol from "vscode-languageserver-protocol/node";
import { generate } from "./generate.mjs";

const ROOT = join(new URL(".", import.meta.url).pathname, "..");
const KB = 1024;
const CHANGES = 20;
const PARSES = 7;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Milliseconds from each change of a 100 KB file to its diagnostics, and of full parses of a 1 MB file. */
export async function measureLanguageServer() {
  const dir = mkdtempSync(join(tmpdir(), "hpom-lint-bench-lsp-"));
  const child = spawn(process.execPath, [join(ROOT, "bin/hpom-lint.js"), "lsp", "--stdio"], {
    cwd: dir,
    stdio: ["pipe", "pipe", "inherit"],
  });
  const connection = protocol.createProtocolConnection(
    new protocol.StreamMessageReader(child.stdout),
    new protocol.StreamMessageWriter(child.stdin),
  );
  const arrived = new Map();
  connection.onNotification(protocol.PublishDiagnosticsNotification.type, (p) => arrived.get(p.version)?.(p));
  connection.listen();
  const uri = pathToFileURL(join(dir, "msgforw")).href;
  const published = (version) => new Promise((done) => arrived.set(version, done));
  try {
    await connection.sendRequest(protocol.InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      capabilities: {},
    });
    await connection.sendNotification(protocol.InitializedNotification.type, {});
    const text = generate(100 * KB, 1);
    const opened = published(1);
    await connection.sendNotification(protocol.DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: "hpom", version: 1, text },
    });
    await opened;
    const diagnosticsMs = [];
    for (let version = 2; version < 2 + CHANGES; version++) {
      const done = published(version);
      const start = performance.now();
      await connection.sendNotification(protocol.DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: `# edit ${version}\n` }],
      });
      await done;
      diagnosticsMs.push(performance.now() - start);
    }
    await connection.sendRequest(protocol.ShutdownRequest.type);
    await connection.sendNotification(protocol.ExitNotification.type);
    const { parse } = await import(pathToFileURL(join(ROOT, "dist/parser.js")).href);
    const big = generate(1024 * KB, 1);
    const parseMs = [];
    for (let i = 0; i < PARSES + 2; i++) {
      const start = performance.now();
      parse(big);
      if (i >= 2) parseMs.push(performance.now() - start);
    }
    return {
      diagnostics100KB: { medianMs: median(diagnosticsMs), bestMs: Math.min(...diagnosticsMs), runs: diagnosticsMs },
      reparse1MB: { medianMs: median(parseMs), bestMs: Math.min(...parseMs), runs: parseMs },
    };
  } finally {
    connection.dispose();
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await measureLanguageServer();
  console.log(
    `diagnostics of a 100 KB file after a change: median ${r.diagnostics100KB.medianMs.toFixed(1)} ms (best ${r.diagnostics100KB.bestMs.toFixed(1)})`,
  );
  console.log(`full re-parse of a 1 MB file: median ${r.reparse1MB.medianMs.toFixed(1)} ms (best ${r.reparse1MB.bestMs.toFixed(1)})`);
}
