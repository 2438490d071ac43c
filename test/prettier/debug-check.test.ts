/**
 * `prettier --debug-check`: Prettier formats each file, parses the input and
 * the output, passes both trees through the printer's `massageAstNode` and
 * fails when they differ. The canonical layout reorders TIMETMPLCOND parts and
 * moves comments between the lines of their clause (leading ↔ trailing), which
 * must pass; a change of content must not. The CLI is the supported way to run
 * the check; `prettier.__debug.parse(text, options, { massage: true })` is what
 * the CLI calls for each tree, used here to look at the trees themselves.
 * `node scripts/build.mjs` must have run first.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import * as prettier from "prettier";
import { beforeAll, describe, expect, it } from "vitest";
import { isFlexibleManagementName } from "../../src/files/file-kind.js";
import { format } from "../../src/index.js";
import plugin from "../../src/prettier/index.js";

const root = resolve(__dirname, "../..");
const built = join(root, "dist/prettier.js");
const prettierBin = join(root, "node_modules/prettier/bin/prettier.cjs");
const formatFixtures = join(root, "test/format");

beforeAll(() => {
  if (!existsSync(built)) throw new Error("dist/prettier.js is missing: run `node scripts/build.mjs` first");
});

/** Every `test/format/<case>/input`: all the layout changes and comment positions of the formatter. */
const inputs = readdirSync(formatFixtures, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => join(formatFixtures, e.name, "input"))
  .sort();

/** Every HPOM file under `examples/` (by file name), generated pool examples included. */
const examples = readdirSync(join(root, "examples"), { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && isFlexibleManagementName(e.name))
  .map((e) => relative(root, join(e.parentPath, e.name)))
  .sort();

/** Prettier's own debug API, which the CLI's `--debug-check` uses (not in Prettier's type declarations). */
const debug = (
  prettier as unknown as {
    __debug: { parse(text: string, options: prettier.Options, dev: { massage: boolean }): Promise<{ ast: unknown }> };
  }
).__debug;

/** The tree `--debug-check` compares for `text`, as it compares it (JSON). */
async function massaged(text: string): Promise<string> {
  const { ast } = await debug.parse(text, { parser: "hpom", plugins: [plugin as prettier.Plugin] }, { massage: true });
  return JSON.stringify(ast, null, 2);
}

const fixture = (name: string) => readFileSync(join(formatFixtures, name, "input"), "utf8");

describe("prettier --debug-check", () => {
  it("passes every format fixture (reordered TIMETMPLCOND parts, comments moved within their clause)", () => {
    expect(inputs.length).toBeGreaterThan(20);
    const r = spawnSync(process.execPath, [prettierBin, "--plugin", built, "--parser", "hpom", "--debug-check", ...inputs], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("passes every example file", () => {
    expect(examples.map((f) => basename(f))).toContain("c0a80a0b");
    const r = spawnSync(process.execPath, [prettierBin, "--plugin", built, "--debug-check", ...examples], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});

describe("the trees --debug-check compares", () => {
  it.each([
    "time-templates-part-order",
    "comments-several-trailing",
    "comments-between-tokens",
    "comments-on-continuation-lines",
    "blank-lines",
  ])("are equal for %s and its formatted text, which really differ", async (name) => {
    const input = fixture(name);
    const output = format(input);
    expect(output).not.toBe(input);
    expect(await massaged(output)).toBe(await massaged(input));
  });

  it("keep every comment, by its text, on the clause it belongs to", async () => {
    const tree = JSON.parse(await massaged(fixture("comments-several-trailing"))) as unknown;
    const text = JSON.stringify(tree);
    expect(text).not.toContain('"range"');
    expect(text).not.toContain('"blankLineBefore"');
    expect(text).not.toContain('"leadingComments"');
    expect(text).not.toContain('"trailingComments"');
    expect(text).toContain('"comments":["# after TIMETEMPLATE","# after the name"]');
  });

  const base = [
    "TIMETEMPLATES",
    '  TIMETEMPLATE "t"  # on the template',
    "    TIMETMPLCONDS",
    "      TIMETMPLCOND",
    "        TIMECONDTYPE Match",
    "        DATE ON 01/01/*",
    "        DATE ON 12/31/*",
    "RESPMGRCONFIGS",
    "  RESPMGRCONFIG",
    '    DESCRIPTION "x"',
    "    MSGTARGETRULES",
    "      MSGTARGETRULE",
    '        DESCRIPTION "r"',
    "        MSGTARGETRULECONDS",
    "          MSGTARGETRULECOND",
    "            # on the severity",
    "            SEVERITY Major",
    "        MSGTARGETMANAGERS",
    "          MSGTARGETMANAGER",
    '            TIMETEMPLATE "t"',
    '            OPCMGR IP 0.0.0.0 "m"',
    "",
  ].join("\n");

  it.each([
    ["a different severity", (t: string) => t.replace("SEVERITY Major", "SEVERITY Minor")],
    ["a comment changed", (t: string) => t.replace("# on the severity", "# on the severity!")],
    ["a comment lost", (t: string) => t.replace("            # on the severity\n", "")],
    ["a comment added", (t: string) => t.replace('DESCRIPTION "x"', 'DESCRIPTION "x"  # new')],
    [
      "a comment moved to another clause",
      (t: string) => t.replace("  # on the template", "").replace("TIMETMPLCONDS", "TIMETMPLCONDS  # on the template"),
    ],
    [
      "two DATE parts swapped",
      (t: string) =>
        t.replace("DATE ON 01/01/*", "DATE ON @").replace("DATE ON 12/31/*", "DATE ON 01/01/*").replace("DATE ON @", "DATE ON 12/31/*"),
    ],
  ])("differ after %s", async (_label, change) => {
    const changed = change(base);
    expect(changed).not.toBe(base);
    expect(await massaged(changed)).not.toBe(await massaged(base));
  });

  it("are equal for a comment moved from above a clause to its end, a blank line and reordered parts", async () => {
    const moved = base
      .replace("            # on the severity\n            SEVERITY Major", "\n            SEVERITY Major  # on the severity")
      .replace("        TIMECONDTYPE Match\n        DATE ON 01/01/*", "        DATE ON 01/01/*\n        TIMECONDTYPE Match");
    expect(moved).not.toBe(base);
    expect(await massaged(moved)).toBe(await massaged(base));
  });
});
