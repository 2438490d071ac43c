/**
 * When documents are checked: at once on open, a short while after the last
 * change, and never for a version that has been superseded — a pending check is
 * dropped by the next change, and a finished one is published only if its
 * version is still the document's. The last result of each document is kept
 * for hover and code actions.
 */
import type { Diagnostic as LspDiagnostic } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { CheckResult } from "./check.js";

/** What the scheduler needs from the server. */
export interface SchedulerHooks {
  /** The document's current version, or undefined once it is closed. */
  current(uri: string): TextDocument | undefined;
  /** Checks one version of a document. */
  check(doc: TextDocument): Promise<CheckResult>;
  /** Sends the diagnostics of one version of a document. */
  publish(uri: string, version: number | undefined, diagnostics: LspDiagnostic[]): void;
}

/** Checks documents on open and change, and remembers each one's last result. */
export class DiagnosticsScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly results = new Map<string, { version: number; result: CheckResult }>();

  constructor(
    private readonly hooks: SchedulerHooks,
    /** Milliseconds after the last change before a check starts. */
    private readonly delayMs: number,
  ) {}

  /** Checks `doc` after the delay (or now), dropping any check still pending for it. */
  schedule(doc: TextDocument, now = false): void {
    this.cancel(doc.uri);
    if (now) {
      void this.run(doc.uri, doc.version);
      return;
    }
    this.timers.set(
      doc.uri,
      setTimeout(() => void this.run(doc.uri, doc.version), this.delayMs),
    );
  }

  /** Stops checking `uri` and clears its diagnostics (the document was closed). */
  close(uri: string): void {
    this.cancel(uri);
    this.results.delete(uri);
    this.hooks.publish(uri, undefined, []);
  }

  /** The last result for `doc`, if it is of its current version. */
  resultOf(doc: TextDocument): CheckResult | undefined {
    const last = this.results.get(doc.uri);
    return last?.version === doc.version ? last.result : undefined;
  }

  private cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(uri);
  }

  private async run(uri: string, version: number): Promise<void> {
    this.timers.delete(uri);
    const doc = this.hooks.current(uri);
    if (doc?.version !== version) return;
    const result = await this.hooks.check(doc);
    // The settings are read asynchronously: the document may have changed or closed meanwhile.
    if (this.hooks.current(uri)?.version !== version) return;
    this.results.set(uri, { version, result });
    this.hooks.publish(uri, version, result.diagnostics);
  }
}
