/**
 * The CLI takes its surroundings from the `CliIo` it is given, not from the
 * process it runs in: what makes a run in process print what a child prints.
 */
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/index.js";
import type { CliIo } from "../../src/cli/io.js";
import { fixtures } from "./run-cli.js";

/** The help text of a run whose standard output is a terminal `columns` wide (or a pipe). */
async function helpAt(columns: number | undefined): Promise<string> {
  let out = "";
  const io: CliIo = {
    stdout: (text) => void (out += String(text)),
    stderr: () => undefined,
    readStdin: async () => new Uint8Array(),
    cwd: fixtures,
    isTTY: columns !== undefined,
    isStderrTTY: false,
    ...(columns === undefined ? {} : { columns }),
    env: {},
  };
  expect(await run(["--help"], io)).toBe(0);
  return out;
}

describe("a run's io", () => {
  it("gives the width help is wrapped to: the terminal's, or 80 columns for a pipe", async () => {
    const pipe = await helpAt(undefined);
    expect(pipe).toBe(await helpAt(80));
    expect(await helpAt(60)).not.toBe(pipe);
    expect(await helpAt(200)).not.toBe(pipe);
  });
});
