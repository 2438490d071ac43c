/**
 * `hpom-lint lsp --stdio`: the language server. It wires the capabilities (one
 * module each) to a connection over standard input and output; documents are
 * checked with the configuration and pool model the CLI would use for them.
 * Built as a bundle of its own (dist/lsp.cjs) that the CLI loads only for this
 * command, so no other command pays for the protocol library.
 */
import { basename, dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  createConnection,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  Location,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  TextEdit,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { quoteString } from "../ast/literals.js";
import type { ConfigFile } from "../ast/nodes.js";
import { parse } from "../parser/parse.js";
import { checkDocument, isCheckable, reasonOf, type CheckResult } from "./check.js";
import { CODE_ACTION_KINDS, codeActions } from "./code-actions.js";
import { completionsAt } from "./completion.js";
import { documentProblem, rangeOf } from "./diagnostics.js";
import { formatDocument, formatRange } from "./formatting.js";
import { hoverAt } from "./hover.js";
import { nameSites, sameName, siteAt, type NameSite } from "./names.js";
import { documentSymbols, foldingRanges } from "./outline.js";
import { declaresPoolModelSchema, POOL_MODEL_FILE, poolModelDiagnostics } from "./pool-diagnostics.js";
import { Project, type DocumentSettings } from "./project.js";
import { DiagnosticsScheduler } from "./scheduler.js";

/** Milliseconds after the last change before a document is checked, unless `hpomLint.debounceMs` says otherwise. */
const DEBOUNCE_MS = 30;

/** The server's client settings, under `initializationOptions.hpomLint`. */
interface ClientSettings {
  debounceMs?: number;
}

function clientSettings(params: InitializeParams): ClientSettings {
  const options: unknown = params.initializationOptions;
  const settings = typeof options === "object" && options !== null ? (options as { hpomLint?: unknown }).hpomLint : undefined;
  return typeof settings === "object" && settings !== null ? settings : {};
}

/** The workspace folder of the session: the first one, else the root, else the working directory. */
function workspaceRoot(params: InitializeParams): string {
  const uri = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
  return uri?.startsWith("file:") ? fileURLToPath(uri) : process.cwd();
}

/** The file of a document, when it has one. */
function pathOf(uri: string): string | undefined {
  try {
    return uri.startsWith("file:") ? resolve(fileURLToPath(uri)) : undefined;
  } catch {
    return undefined;
  }
}

/** The trees of the open documents, parsed once per version. */
class Trees {
  private readonly trees = new Map<string, { version: number; ast: ConfigFile }>();

  of(doc: TextDocument): ConfigFile {
    const cached = this.trees.get(doc.uri);
    if (cached?.version === doc.version) return cached.ast;
    const { ast } = parse(isCheckable(doc) ? doc.getText() : "");
    this.trees.set(doc.uri, { version: doc.version, ast });
    return ast;
  }

  forget(uri: string): void {
    this.trees.delete(uri);
  }
}

/** Serves one client over `connection` until it exits. */
function serve(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const trees = new Trees();
  let project = new Project(process.cwd());
  let root = process.cwd();
  let scheduler: DiagnosticsScheduler | undefined;
  let canWatch = false;
  const opened = new Set<string>();

  const display = (path: string) => {
    const rel = relative(root, path);
    return rel === "" || rel.startsWith("..") ? path : rel;
  };
  const settingsOf = async (doc: TextDocument): Promise<DocumentSettings> => {
    const path = pathOf(doc.uri);
    if (path === undefined) return { options: { filename: basename(doc.uri) }, pool: undefined, problem: undefined };
    return project.settingsOf(path, display(path));
  };
  const isPoolModel = async (path: string, text: string): Promise<boolean> =>
    declaresPoolModelSchema(text) || (await project.poolPathIn(dirname(path), path)) === path;

  const check = async (doc: TextDocument): Promise<CheckResult> => {
    try {
      const path = pathOf(doc.uri);
      if (path !== undefined && POOL_MODEL_FILE.test(path)) {
        const model = isCheckable(doc) && (await isPoolModel(path, doc.getText()));
        return { findings: [], diagnostics: model ? poolModelDiagnostics(doc, display(path)) : [] };
      }
      return checkDocument(doc, await settingsOf(doc));
    } catch (error) {
      return {
        findings: [],
        diagnostics: [documentProblem(`hpom-lint failed while checking this file (${reasonOf(error)}); please report this`, "HP1000")],
      };
    }
  };

  const recheckAll = () => {
    project.invalidate();
    for (const doc of documents.all()) scheduler?.schedule(doc, true);
  };

  connection.onInitialize((params): InitializeResult => {
    root = workspaceRoot(params);
    project = new Project(root);
    const debounce = clientSettings(params).debounceMs;
    scheduler = new DiagnosticsScheduler(
      {
        current: (uri) => documents.get(uri),
        check,
        publish: (uri, version, diagnostics) =>
          void connection.sendDiagnostics({ uri, ...(version === undefined ? {} : { version }), diagnostics }),
      },
      typeof debounce === "number" && debounce >= 0 ? debounce : DEBOUNCE_MS,
    );
    canWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [" ", '"'] },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
      },
      serverInfo: { name: "hpom-lint" },
    };
  });

  connection.onInitialized(() => {
    if (!canWatch) return;
    // The configuration and pool models are re-read when they change on disk.
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: "**/.hpom-lint.json" }, { globPattern: "**/package.json" }, { globPattern: "**/*.{yaml,yml,json}" }],
    });
  });
  connection.onDidChangeWatchedFiles(recheckAll);

  documents.onDidOpen((e) => opened.add(e.document.uri));
  documents.onDidChangeContent((e) => scheduler?.schedule(e.document, opened.delete(e.document.uri)));
  documents.onDidSave((e) => {
    if (POOL_MODEL_FILE.test(e.document.uri)) recheckAll();
  });
  documents.onDidClose((e) => {
    opened.delete(e.document.uri);
    trees.forget(e.document.uri);
    scheduler?.close(e.document.uri);
  });

  /** The open, checkable document of a request; requests on others get no answer but null. */
  const docOf = (uri: string): TextDocument | undefined => {
    const doc = documents.get(uri);
    return doc && isCheckable(doc) && !POOL_MODEL_FILE.test(uri) ? doc : undefined;
  };
  const siteOf = (doc: TextDocument, position: { line: number; character: number }): { sites: NameSite[]; site: NameSite | undefined } => {
    const sites = nameSites(trees.of(doc));
    return { sites, site: siteAt(sites, doc.offsetAt(position)) };
  };
  const locationOf = (doc: TextDocument, s: NameSite) => Location.create(doc.uri, rangeOf(doc, s.literal.range.start, s.literal.range.end));

  connection.onDocumentFormatting(async (p) => {
    const doc = docOf(p.textDocument.uri);
    return doc ? formatDocument(doc, (await settingsOf(doc)).options.filename ?? "") : null;
  });
  connection.onDocumentRangeFormatting(async (p) => {
    const doc = docOf(p.textDocument.uri);
    return doc ? formatRange(doc, p.range, (await settingsOf(doc)).options.filename ?? "") : null;
  });
  connection.onCodeAction(async (p) => {
    const doc = docOf(p.textDocument.uri);
    return doc ? codeActions(doc, p, (await settingsOf(doc)).options) : null;
  });
  connection.onHover((p) => {
    const doc = docOf(p.textDocument.uri);
    if (!doc) return null;
    const findings = scheduler?.resultOf(doc)?.findings ?? [];
    return hoverAt(doc, trees.of(doc), findings, doc.offsetAt(p.position));
  });
  connection.onCompletion(async (p) => {
    const doc = docOf(p.textDocument.uri);
    if (!doc) return null;
    const { pool } = await settingsOf(doc);
    return completionsAt(doc, trees.of(doc), doc.offsetAt(p.position), pool);
  });
  connection.onDefinition((p) => {
    const doc = docOf(p.textDocument.uri);
    const found = doc && siteOf(doc, p.position);
    if (!doc || !found?.site) return null;
    return sameName(found.sites, found.site)
      .filter((s) => s.definition)
      .map((s) => locationOf(doc, s));
  });
  connection.onReferences((p) => {
    const doc = docOf(p.textDocument.uri);
    const found = doc && siteOf(doc, p.position);
    if (!doc || !found?.site) return null;
    return sameName(found.sites, found.site)
      .filter((s) => p.context.includeDeclaration || !s.definition)
      .map((s) => locationOf(doc, s));
  });
  connection.onPrepareRename((p) => {
    const doc = docOf(p.textDocument.uri);
    const found = doc && siteOf(doc, p.position);
    if (!doc || !found?.site) return null;
    if (found.site.kind === "template" && found.site.name === "$OPC_ALWAYS") {
      throw new ResponseError(ErrorCodes.InvalidRequest, "$OPC_ALWAYS is built into HPOM and cannot be renamed");
    }
    const { literal } = found.site;
    return { range: rangeOf(doc, literal.range.start, literal.range.end), placeholder: found.site.name };
  });
  connection.onRenameRequest((p) => {
    const doc = docOf(p.textDocument.uri);
    const found = doc && siteOf(doc, p.position);
    if (!doc || !found?.site) return null;
    if (/[\u0000-\u001f\u007f]/.test(p.newName))
      throw new ResponseError(ErrorCodes.InvalidParams, "a name cannot hold line breaks or control characters");
    const edits = sameName(found.sites, found.site).map((s) =>
      TextEdit.replace(rangeOf(doc, s.literal.range.start, s.literal.range.end), quoteString(p.newName)),
    );
    return { changes: { [doc.uri]: edits } };
  });
  connection.onDocumentSymbol((p) => {
    const doc = docOf(p.textDocument.uri);
    return doc ? documentSymbols(doc, trees.of(doc)) : null;
  });
  connection.onFoldingRanges((p) => {
    const doc = docOf(p.textDocument.uri);
    return doc ? foldingRanges(doc, trees.of(doc)) : null;
  });

  documents.listen(connection);
  connection.listen();
}

/**
 * Starts the server on standard input and output. The protocol library ends
 * the process on `exit` or when the client goes away, so the promise never
 * settles.
 */
export function startLanguageServer(): Promise<number> {
  const connection = createConnection();
  // The last line of defence: one bad message or request must not end every editor feature.
  process.on("uncaughtException", (error) => connection.console.error(`hpom-lint: ${reasonOf(error)}`));
  process.on("unhandledRejection", (error) => connection.console.error(`hpom-lint: ${reasonOf(error)}`));
  serve(connection);
  return new Promise(() => undefined);
}
