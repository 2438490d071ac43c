/**
 * The fuzzer's own parts (`npm run fuzz` itself is not part of the suite): the
 * minimiser, replaying inputs from a seed, and its usage errors. Needs the
 * built dist/, as the fuzzer does.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const FUZZ = join(ROOT, "fuzz");

type Fails = (text: string) => Promise<boolean>;
interface Made {
  text: string;
  filename?: string;
  note: string;
}
interface Corpus {
  files: { path: string; name?: string; text: string }[];
  pools: { path: string; text: string; servers: string[] }[];
}

async function load<T>(file: string): Promise<T> {
  return (await import(pathToFileURL(join(FUZZ, file)).href)) as T;
}

describe("fuzz", () => {
  it("minimises a failure at the end of a valid file to its core", async () => {
    const { minimise } = await load<{ minimise: (text: string, fails: Fails, deadline: number) => Promise<string> }>("minimise.mjs");
    const text = 'RESPMGRCONFIGS\n  RESPMGRCONFIG\n    DESCRIPTION "x"\n    SECONDARYMANAGERS\n    ACTIONALLOWMANAGERS IP 0.0.0.0#\r\r';
    // Fails like format("#\r\r") once did: only with the comment and both carriage returns.
    const fails: Fails = async (t) => t.includes("#\r\r");
    expect(await minimise(text, fails, Date.now() + 10_000)).toBe("#\r\r");
  });

  it("makes the same inputs from the same seed, and other ones from another", async () => {
    const { Random, inputSeed } = await load<{ Random: new (seed: number) => unknown; inputSeed: (seed: number, index: number) => number }>(
      "random.mjs",
    );
    const { STRATEGIES } = await load<{ STRATEGIES: Record<string, (rng: unknown, corpus: Corpus, maxSize: number) => Made> }>(
      "strategies.mjs",
    );
    const { loadCorpus } = await load<{ loadCorpus: (root: string) => Corpus }>("corpus.mjs");
    const corpus = loadCorpus(ROOT);
    expect(corpus.files.map((f) => f.path)).toContain(join("examples", "backup-server", "allnodes"));
    expect(corpus.pools.length).toBeGreaterThan(0);
    for (const [name, strategy] of Object.entries(STRATEGIES)) {
      const make = (seed: number) => Array.from({ length: 5 }, (_, i) => strategy(new Random(inputSeed(seed, i)), corpus, 65_536).text);
      expect(make(7), name).toEqual(make(7));
      expect(make(7), name).not.toEqual(make(8));
    }
  });

  it("refuses a budget that is not a number of seconds, naming the option", () => {
    const run = spawnSync(process.execPath, [join(FUZZ, "fuzz.mjs"), "--budget", "soon"], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--budget takes a number of seconds, not "soon"');
    expect(run.stdout).toBe("");
  });
});
