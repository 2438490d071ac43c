/**
 * The report formats and `run` in-process, for what the end-to-end tests cannot
 * reach with real files: escaping of GitHub's workflow commands, control
 * characters in code frames, and an internal failure (a failing output
 * stream, through the `CliIo` that `run` is given).
 */
import { describe, expect, it } from "vitest";
import { run, type CliIo } from "../../src/cli/index.js";
import type { FileReport } from "../../src/cli/report/file-report.js";
import { formatGithub } from "../../src/cli/report/github.js";
import { formatSarif } from "../../src/cli/report/sarif.js";
import { formatStylish } from "../../src/cli/report/stylish.js";
import { lint } from "../../src/index.js";

function reportOf(filename: string, text: string): FileReport {
  return { filename, text, diagnostics: lint(text, { filename }) };
}

const UNDEFINED_TEMPLATE =
  'RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "x"\n    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS\n    MSGTARGETRULES\n      MSGTARGETRULE\n        DESCRIPTION "all"\n        MSGTARGETRULECONDS\n        MSGTARGETMANAGERS\n          MSGTARGETMANAGER\n            TIMETEMPLATE "50%,a:b"\n            OPCMGR IP 0.0.0.0 "om1.example.com"\n';

describe("github format", () => {
  it("escapes % CR LF in messages, and also : and , in properties", () => {
    const report = reportOf("a,b:c/allnodes", UNDEFINED_TEMPLATE);
    report.diagnostics[0]!.message = "100% wrong\r\nsecond line: a, b";
    const [line] = formatGithub([report], { color: false, cwd: "/" }).split("\n");
    expect(line).toBe(
      "::error file=a%2Cb%3Ac/allnodes,line=12,col=26,endLine=12,endColumn=35,title=HP2001/undefined-time-template::100%25 wrong%0D%0Asecond line: a, b",
    );
  });
});

describe("stylish format", () => {
  it("shows control characters from the file as U+FFFD, keeping the caret aligned", () => {
    const text = UNDEFINED_TEMPLATE.replace('TIMETEMPLATE "50%,a:b"', '\u001b[2JTIMETEMPLATE "x"');
    const out = formatStylish([reportOf("allnodes", text)], { color: false, cwd: "/" });
    expect(out).not.toContain("\u001b");
    expect(out).toContain("allnodes:12:13: error: unexpected characters \uFFFD[: ");
    expect(out).toContain('  12 |             \uFFFD[2JTIMETEMPLATE "x"\n     |             ^^\n');
  });
});

describe("sarif format", () => {
  it("percent-encodes file names into URIs", () => {
    const log = JSON.parse(formatSarif([reportOf("my respmgrs/allnodes", UNDEFINED_TEMPLATE)], { color: false, cwd: "/work" })) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: unknown } }[] }[] }[];
    };
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({
      uri: "my%20respmgrs/allnodes",
      uriBaseId: "%SRCROOT%",
    });
  });
});

describe("run", () => {
  function failingIo(): CliIo & { err: string } {
    const io = {
      err: "",
      stdout: () => {
        throw new Error("output stream broke\nsecond line");
      },
      stderr: (text: string) => {
        io.err += text;
      },
      readStdin: async () => new Uint8Array(),
      cwd: process.cwd(),
      isTTY: false,
      isStderrTTY: false,
      env: {},
    };
    return io;
  }

  it("reports an internal failure in one line, exit 2, its stack only with --debug", async () => {
    const io = failingIo();
    expect(await run(["rules"], io)).toBe(2);
    expect(io.err).toBe("hpom-lint: internal error: output stream broke (run with --debug for details)\n");
    const debug = failingIo();
    expect(await run(["rules", "--debug"], debug)).toBe(2);
    expect(debug.err).toMatch(/^hpom-lint: internal error: output stream broke\nError: output stream broke\nsecond line\n\s+at /);
  });
});
