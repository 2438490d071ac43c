/**
 * The extension's entry: starts `hpom-lint lsp --stdio` through vscode-languageclient and
 * restarts it when the settings that choose it, or the workspace's trust, change.
 */
import { commands, window, workspace, type ExtensionContext, type LogOutputChannel } from "vscode";
import { LanguageClient, State, type Executable, type LanguageClientOptions } from "vscode-languageclient/node";
import { findServer, type ServerCommand } from "./server-location.js";

/** The client's id: VS Code reads its trace level from `hpomLint.trace.server`. */
const CLIENT_ID = "hpomLint";
const CLIENT_NAME = "hpom-lint";

let client: LanguageClient | undefined;

/** The process options for a server command: Electron runs as Node.js only when told to. */
function executable(server: ServerCommand): Executable {
  const env = server.editorAsNode ? { ...process.env, ELECTRON_RUN_AS_NODE: "1" } : process.env;
  // No `transport`: with one, the client would append `--stdio` itself, and for a module `--clientProcessId` too.
  return { command: server.command, args: [...server.args], options: { env, shell: server.shell } };
}

function clientOptions(output: LogOutputChannel): LanguageClientOptions {
  return {
    documentSelector: [
      { scheme: "file", language: "hpom" },
      { scheme: "untitled", language: "hpom" },
      // Pool models: the server reports the cross-field errors of those it recognises and ignores the rest.
      { scheme: "file", language: "yaml" },
      { scheme: "file", language: "json" },
    ],
    synchronize: {
      configurationSection: "hpomLint",
      fileEvents: workspace.createFileSystemWatcher("**/{.hpom-lint.json,package.json}"),
    },
    outputChannel: output,
  };
}

/** Starts a client for the hpom-lint the settings and the workspace choose; shows why when there is none. */
async function start(context: ExtensionContext, output: LogOutputChannel): Promise<void> {
  const settings = workspace.getConfiguration("hpomLint");
  let server: ServerCommand;
  try {
    server = findServer({
      serverPath: settings.get<string | null>("server.path") ?? undefined,
      runtime: settings.get<string | null>("server.runtime") ?? undefined,
      workspaceFolders: (workspace.workspaceFolders ?? []).map((folder) => folder.uri.fsPath),
      trusted: workspace.isTrusted,
      bundledPackage: context.asAbsolutePath("out/server"),
      editorExecutable: process.execPath,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    output.error(message);
    void window.showErrorMessage(`hpom-lint: ${message}`);
    return;
  }
  output.info(`Starting the ${server.source} hpom-lint: ${[server.command, ...server.args].join(" ")}`);
  const serverOptions = executable(server);
  client = new LanguageClient(CLIENT_ID, CLIENT_NAME, { run: serverOptions, debug: serverOptions }, clientOptions(output));
  try {
    await client.start();
  } catch (error) {
    // The client has shown the failure and written the server's stderr to the output channel; the extension stays up for a restart.
    output.error(`the language server did not start: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  // A client whose server failed to start has no connection to shut down, and its stop() throws.
  if (running?.state === State.Running) await running.stop();
}

/** Called by VS Code on the first hpom file, or in a workspace with a `.hpom-lint.json`. */
export async function activate(context: ExtensionContext): Promise<void> {
  const output = window.createOutputChannel(CLIENT_NAME, { log: true });
  // Restarts run one after another: a settings change and a grant of trust may come together.
  let restarting = Promise.resolve();
  const restart = () =>
    (restarting = restarting.then(async () => {
      await stop();
      await start(context, output);
    }));
  context.subscriptions.push(
    output,
    commands.registerCommand("hpomLint.restartServer", restart),
    commands.registerCommand("hpomLint.showOutput", () => output.show()),
    workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration("hpomLint.server")) void restart();
    }),
    // Trust lets the workspace's own node_modules/hpom-lint serve it instead of the shipped copy.
    workspace.onDidGrantWorkspaceTrust(() => void restart()),
  );
  await start(context, output);
}

/** Called by VS Code on shutdown: stops the server (shutdown and exit requests). */
export function deactivate(): Promise<void> {
  return stop();
}
