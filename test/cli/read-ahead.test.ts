/**
 * Reading ahead in a run linted in this thread (issue #19 item 6): reads
 * overlap linting, yet the reports keep input order, an unreadable file still
 * ends the run as before, and no more than the bound is ever in flight.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readAhead } from "../../src/cli/read-ahead.js";
import { fixtures } from "./run-cli.js";
import { runInProcess } from "./run-in-process.js";
import { workspace } from "./workspace.js";

/** Resolves after `ms` milliseconds of timer time. */
const delay = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

async function collect<R>(results: AsyncIterable<R>): Promise<R[]> {
  const all: R[] = [];
  for await (const r of results) all.push(r);
  return all;
}

describe("readAhead", () => {
  it("keeps at most `limit` reads in flight and yields in input order", async () => {
    let inFlight = 0;
    let most = 0;
    const items = Array.from({ length: 40 }, (_, i) => i);
    // Later items finish first, so an order taken from completion would be reversed.
    const read = async (i: number): Promise<number> => {
      most = Math.max(most, ++inFlight);
      await delay(i % 5 === 0 ? 4 : 0);
      inFlight--;
      return i * 10;
    };
    expect(await collect(readAhead(items, read, 4))).toEqual(items.map((i) => i * 10));
    expect(most).toBe(4);
  });

  it("reads ahead rather than one at a time", async () => {
    let inFlight = 0;
    let most = 0;
    const read = async (i: number): Promise<number> => {
      most = Math.max(most, ++inFlight);
      await delay(1);
      inFlight--;
      return i;
    };
    await collect(readAhead([1, 2, 3, 4, 5, 6], read, 3));
    expect(most).toBe(3);
  });

  it("throws a failed read when its turn comes, after the results before it", async () => {
    const seen: number[] = [];
    const read = async (i: number): Promise<number> => {
      if (i === 2 || i === 4) throw new Error(`cannot read ${i}`);
      await delay(2);
      return i;
    };
    await expect(
      (async () => {
        for await (const r of readAhead([0, 1, 2, 3, 4, 5], read, 8)) seen.push(r);
      })(),
    ).rejects.toThrow("cannot read 2");
    expect(seen).toEqual([0, 1]);
  });
});

describe("a run in this thread", () => {
  const clean = readFileSync(join(fixtures, "allnodes"), "utf8");
  // Named by address in hex, as node files are; 60 of them, below the worker threshold.
  const names = Array.from({ length: 60 }, (_, i) => (0x0a000000 + i).toString(16).padStart(8, "0"));

  it("reports every file in input order, the same with --concurrency 0", async () => {
    const dir = workspace(Object.fromEntries(names.map((n, i) => [n, i % 3 === 0 ? "RESPMGRCONFIGS\n  BOGUS\n" : clean])));
    const first = await runInProcess(["--format", "json", "."], { cwd: dir });
    const second = await runInProcess(["--format", "json", "--concurrency", "0", "."], { cwd: dir });
    expect(second).toEqual(first);
    const report = JSON.parse(first.stdout) as { files: { filename: string; diagnostics: unknown[] }[] };
    expect(report.files.map((f) => f.filename)).toEqual(names);
    expect(report.files.map((f) => f.diagnostics.length > 0)).toEqual(names.map((_, i) => i % 3 === 0));
  });

  it("stops at an unreadable file with the one-line error naming it", async () => {
    const files: Record<string, string | Buffer> = Object.fromEntries(names.map((n) => [n, clean]));
    files[names[30]!] = Buffer.from([0xff, 0xfe, 0x00]);
    const r = await runInProcess(["--concurrency", "0", "."], { cwd: workspace(files) });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`hpom-lint: ${names[30]}: not UTF-8 text; convert it first (e.g. with iconv)\n`);
  });
});
