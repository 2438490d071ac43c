/** HP5006 through `hpom-lint lint --estate`, in process: service-hours' deliberate gap, its level, and a directive that keeps it. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, estates } from "./estates.js";

const HOURS = "examples/estates/service-hours";

describe("hpom-lint lint --estate: coverage gaps (HP5006)", () => {
  it("warns of service-hours' Saturday maintenance window at the outage template that causes it, exit 0 as for every warning", async () => {
    const r = await cli(["lint", "--estate", HOURS]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `${HOURS}/om1.example.com/outage:36:13: warning: messages with node db1.example.com reach no server Sat 22:00-24:00 (UTC, every week): om1.example.com's outage suppresses them (rule "db1 maintenance window", template "saturday-maintenance") [HP5006/estate-coverage-gap]`,
    );
    expect(r.stdout).toContain("1 problem (0 errors, 1 warning)");
    expect((await cli(["lint", "--estate", HOURS, "--max-warnings", "0"])).code).toBe(1);
    expect(await cli(["lint", "--estate", HOURS, "--rule", "estate-coverage-gap=off"])).toMatchObject({ code: 0, stdout: "" });
  });

  it("puts the finding at its file and line in JSON", async () => {
    const json = JSON.parse((await cli(["lint", "--estate", HOURS, "--format", "json"])).stdout) as {
      files: { filename: string; diagnostics: { code: string; range: { start: { line: number; column: number } } }[] }[];
    };
    const found = json.files.flatMap((f) =>
      f.diagnostics.map((d) => `${f.filename}:${d.range.start.line}:${d.range.start.column} ${d.code}`),
    );
    expect(found).toEqual([`${HOURS}/om1.example.com/outage:36:13 HP5006`]);
  });

  it("keeps a gap that is meant with a directive above the line it points at", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hpom-lint-gap-"));
    cpSync(join(estates, "service-hours"), dir, { recursive: true });
    const outage = join(dir, "om1.example.com/outage");
    const text = readFileSync(outage, "utf8");
    const marked = text.replace(
      '            TIMETEMPLATE "saturday-maintenance"',
      '            # hpom-lint-disable-next-line HP5006 -- db1 is patched then\n            TIMETEMPLATE "saturday-maintenance"',
    );
    expect(marked).not.toBe(text);
    writeFileSync(outage, marked);
    expect(await cli(["lint", "--estate", dir])).toMatchObject({ code: 0, stdout: "" });
  });
});
