/** `hpom-lint lsp` on the command line: the transport must be named. */
import { describe, expect, it } from "vitest";
import { runInProcess } from "../cli/run-in-process.js";

describe("hpom-lint lsp", () => {
  it("refuses to start without --stdio, in one line and exit code 2", async () => {
    const { code, stdout, stderr } = await runInProcess(["lsp"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe("hpom-lint: lsp: --stdio is required (the server talks to the editor over standard input and output)\n");
  });

  it("is listed in the help", async () => {
    const { stdout } = await runInProcess(["--help"]);
    expect(stdout).toMatch(/^ {2}lsp \[options\] +run the language server for editors/m);
  });
});
