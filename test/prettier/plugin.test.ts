/**
 * The Prettier plugin (`hpom-lint/prettier`), driven through Prettier's own API
 * and CLI: Prettier's output is byte-for-byte what `format()` gives, a syntax
 * error becomes a `SyntaxError` with a 1-based `loc` (so Prettier prints a code
 * frame), and a file with syntax errors is never rewritten. Both the source
 * plugin object and the built `dist/prettier.js` (by path, as users load it) are
 * exercised; `node scripts/build.mjs` must have run first.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, join, relative, resolve } from "node:path";
import * as prettier from "prettier";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { format, parse } from "../../src/index.js";
import plugin, { HpomPrettierSyntaxError, plugin as namedPlugin } from "../../src/prettier/index.js";
import { messUp, rulesFile } from "./files.js";

const root = resolve(__dirname, "../..");
const built = join(root, "dist/prettier.js");
const prettierBin = join(root, "node_modules/prettier/bin/prettier.cjs");
const exampleDir = join(root, "examples");

/**
 * Every hand-written example file (all but the Markdown and the estates'
 * `bbc_inst_defaults`, which are no flexible-management files), as paths
 * relative to `examples/`. The generated pool examples under `examples/pools/`
 * are left to the generator's tests, which check them against `format()` already.
 */
function exampleFiles(dir = exampleDir): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (full !== join(exampleDir, "pools")) out.push(...exampleFiles(full));
    } else if (!entry.name.endsWith(".md") && entry.name !== "bbc_inst_defaults") out.push(relative(exampleDir, full));
  }
  return out.sort();
}

const examples = exampleFiles();

/** `text` without ANSI colour codes. */
function plain(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, "");
}

/** The column (1-based) a code frame's `^` marker points at, and the line it marks. */
function frameMarker(codeFrame: string): { line: number; column: number } {
  const lines = plain(codeFrame).split("\n");
  const at = lines.findIndex((l) => /^>\s*\d+ \|/.test(l));
  if (at < 0) throw new Error(`no marked line in code frame:\n${codeFrame}`);
  const line = Number(/^>\s*(\d+) \|/.exec(lines[at]!)![1]);
  const marker = lines[at + 1]!;
  const bar = marker.indexOf("|");
  return { line, column: marker.indexOf("^") - (bar + 2) + 1 };
}

/** A file whose first syntax error is the bare host name on line 6, column 25. */
const BROKEN = [
  "RESPMGRCONFIGS",
  "  RESPMGRCONFIG",
  '    DESCRIPTION "x"',
  "    SECONDARYMANAGERS",
  "      SECONDARYMANAGER",
  "        NODE IP 0.0.0.0 om1",
  "",
].join("\n");

const plugins = [
  { label: "plugin object", plugin: plugin as prettier.Plugin },
  { label: "built dist/prettier.js by path", plugin: built },
] as const;

beforeAll(() => {
  if (!existsSync(built)) throw new Error("dist/prettier.js is missing: run `node scripts/build.mjs` first");
});

describe("plugin object", () => {
  it("is the default export and the named export", () => {
    expect(namedPlugin).toBe(plugin);
    expect(Object.keys(plugin).sort()).toEqual(["languages", "parsers", "printers"]);
    expect(plugin.parsers.hpom?.astFormat).toBe("hpom");
    expect(plugin.printers.hpom).toBeDefined();
  });

  it("declares one language for the flexible-management file names, parsed by hpom", async () => {
    expect(plugin.languages).toHaveLength(1);
    const [language] = plugin.languages;
    expect(language?.name).toBe("HPOM flexible management");
    expect(language?.parsers).toEqual(["hpom"]);
    // The order is FILE_NAMES'; which names, not their order, is what Prettier matches by.
    expect([...(language?.filenames ?? [])].sort()).toEqual(["allnodes", "escmgr", "mgrconf", "msgforw", "outage"]);
    const info = await prettier.getSupportInfo({ plugins: [plugin as prettier.Plugin] });
    expect(info.languages.map((l) => l.name)).toContain("HPOM flexible management");
  });

  it("loads no prettier code at run time (prettier is an optional peer dependency)", () => {
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, "utf8");
      expect(code, file).not.toMatch(/(from|import|require)\s*\(?\s*["']prettier(\/[^"']*)?["']/);
      for (const m of code.matchAll(/from\s*["'](\.\/[^"']+)["']/g)) visit(join(root, "dist", m[1]!));
    };
    visit(built);
    expect(seen.size).toBeGreaterThan(1);
  });

  it("the CommonJS build is a plugin as well (its namespace carries languages, parsers, printers)", async () => {
    const cjs = createRequire(import.meta.url)(join(root, "dist/prettier.cjs")) as prettier.Plugin & { default: prettier.Plugin };
    const text = readFileSync(join(exampleDir, examples[0]!), "utf8");
    for (const p of [cjs, cjs.default]) {
      await expect(prettier.format(messUp(text), { filepath: "allnodes", plugins: [p] })).resolves.toBe(format(messUp(text)));
    }
  });
});

describe("file names", () => {
  const inferred = async (file: string, withPlugin = true): Promise<string | null> =>
    (await prettier.getFileInfo(join(root, "no-such-dir", file), withPlugin ? { plugins: [built] } : {})).inferredParser;

  it.each(["allnodes", "msgforw", "escmgr", "outage", "mgrconf"])("infers the hpom parser for %s", async (name) => {
    expect(await inferred(name)).toBe("hpom");
    expect(await inferred(`respmgrs/${name}`)).toBe("hpom");
  });

  it.each(["c0a80a0b", "C0A80A0B", "0a0b0c0d"])("infers the hpom parser for the node file %s", async (name) => {
    expect(await inferred(`respmgrs/${name}`)).toBe("hpom");
  });

  it.each(["notes", "allnodes.bak", "c0a80a0", "c0a80a0bb", "g0a80a0b"])("does not claim %s", async (name) => {
    expect(await inferred(name)).toBeNull();
  });

  it("leaves other languages alone", async () => {
    expect(await inferred("README.md")).toBe("markdown");
  });

  it("without the plugin Prettier knows none of these names", async () => {
    expect(await inferred("allnodes", false)).toBeNull();
  });

  it("getFileInfo with the plugin object", async () => {
    const info = await prettier.getFileInfo(join(exampleDir, "backup-server/allnodes"), { plugins: [plugin as prettier.Plugin] });
    expect(info).toEqual({ ignored: false, inferredParser: "hpom" });
  });
});

describe.each(plugins)("prettier.format with the $label", ({ plugin: p }) => {
  it.each(examples)("formats examples/%s exactly like format()", async (file) => {
    const text = readFileSync(join(exampleDir, file), "utf8");
    const name = basename(file);
    const expected = format(text, { filename: name });
    expect(await prettier.format(text, { filepath: name, plugins: [p] })).toBe(expected);

    // A badly laid out copy comes out the same, and the result is stable.
    const messy = messUp(text);
    expect(messy).not.toBe(expected);
    const out = await prettier.format(messy, { filepath: name, plugins: [p] });
    expect(out).toBe(format(messy, { filename: name }));
    expect(out).toBe(expected);
    expect(await prettier.format(out, { filepath: name, plugins: [p] })).toBe(out);
  });

  it("uses the plugin when the parser is named instead of inferred", async () => {
    const text = readFileSync(join(exampleDir, examples[0]!), "utf8");
    expect(await prettier.format(messUp(text), { parser: "hpom", plugins: [p] })).toBe(format(text));
  });

  it("prints every comment itself (Prettier's comment algorithm never runs)", async () => {
    const text = [
      "# leading",
      "RESPMGRCONFIGS   # after the section keyword",
      "  RESPMGRCONFIG",
      "# before the description",
      '      DESCRIPTION "x"    # trailing',
      "",
      "",
      "",
      "# dangling at the end",
      "",
    ].join("\n");
    const out = await prettier.format(text, { filepath: "allnodes", plugins: [p] });
    expect(out).toBe(format(text));
    for (const c of ["# leading", "# after the section keyword", "# before the description", "# trailing", "# dangling at the end"]) {
      expect(out).toContain(c);
    }
  });

  it("keeps empty and comment-only files as format() does, final newline included", async () => {
    for (const text of ["", "\n\n", "# only a comment", "# only a comment\n\n\n", "RESPMGRCONFIGS"]) {
      expect(await prettier.format(text, { filepath: "msgforw", plugins: [p] }), JSON.stringify(text)).toBe(format(text));
    }
  });

  it("honours endOfLine: LF by default, CRLF when asked", async () => {
    const text = readFileSync(join(exampleDir, examples[0]!), "utf8");
    const crlf = text.replace(/\n/g, "\r\n");
    expect(await prettier.format(crlf, { filepath: "allnodes", plugins: [p] })).toBe(format(text));
    expect(await prettier.format(text, { filepath: "allnodes", plugins: [p], endOfLine: "crlf" })).toBe(
      format(text).replace(/\n/g, "\r\n"),
    );
    expect(await prettier.format(crlf, { filepath: "allnodes", plugins: [p], endOfLine: "auto" })).toBe(
      format(text).replace(/\n/g, "\r\n"),
    );
  });

  it("keeps a byte-order mark, which format() drops (Prettier re-adds it after printing)", async () => {
    const text = readFileSync(join(exampleDir, examples[0]!), "utf8");
    expect(await prettier.format(`\uFEFF${text}`, { filepath: "allnodes", plugins: [p] })).toBe(`\uFEFF${format(text)}`);
  });

  it("formatWithCursor (editors, --cursor-offset) gives format()'s text and a cursor in it", async () => {
    const text = 'RESPMGRCONFIGS # c\n RESPMGRCONFIG\n      DESCRIPTION "x"\n';
    const expected = format(text);
    for (const cursorOffset of [0, 3, text.indexOf('"x"') + 1, text.length]) {
      const result = await prettier.formatWithCursor(text, { filepath: "allnodes", plugins: [p], cursorOffset });
      expect(result.formatted).toBe(expected);
      expect(result.cursorOffset).toBeGreaterThanOrEqual(0);
      expect(result.cursorOffset).toBeLessThanOrEqual(expected.length);
    }
    const inString = await prettier.formatWithCursor(text, { filepath: "allnodes", plugins: [p], cursorOffset: text.indexOf('"x"') + 1 });
    expect(inString.cursorOffset).toBe(expected.indexOf('"x"') + 1);
  });

  it("formatWithCursor on a 35 KB file: the cursor stays in its token", async () => {
    // Without the plugin's cursor marks Prettier diffs the whole input against the whole
    // output, character by character: seconds a call here, minutes at twice the size.
    const fileOf = rulesFile;
    const text = fileOf(150);
    const expected = format(text).replace(/\n/g, "\r\n");
    // A date whose part moves (DATE is printed after TIME), a string and a comment; the cursor `at` characters in.
    for (const [token, at] of [
      ["12/24/*", 3],
      ['"n100.example.com"', 5],
      ["# cond 120", 7],
    ] as const) {
      const result = await prettier.formatWithCursor(text, {
        filepath: "allnodes",
        plugins: [p],
        endOfLine: "auto",
        cursorOffset: text.indexOf(token) + at,
      });
      expect(result.formatted).toBe(expected);
      expect(result.formatted.slice(result.cursorOffset - at, result.cursorOffset - at + token.length), token).toBe(token);
    }
  });

  it("rejects a file with a syntax error: SyntaxError with a 1-based loc and a code frame", async () => {
    const [first] = parse(BROKEN).diagnostics.filter((d) => d.severity === "error");
    expect(first?.range.start).toMatchObject({ line: 6, column: 25 });
    const error = (await prettier.format(BROKEN, { filepath: "allnodes", plugins: [p] }).then(
      () => expect.unreachable("formatting a broken file must fail"),
      (e: unknown) => e,
    )) as SyntaxError & { loc: unknown; codeFrame: string };
    expect(error).toBeInstanceOf(SyntaxError);
    expect(error.name).toBe("SyntaxError");
    expect(error.loc).toEqual({
      start: { line: 6, column: 25 },
      end: { line: first!.range.end.line, column: first!.range.end.column },
    });
    expect(error.message.startsWith(`${first!.message} (6:25)`)).toBe(true);
    // Prettier turned `loc` into a code frame whose marker sits under `om1`.
    expect(frameMarker(error.codeFrame)).toEqual({ line: 6, column: 25 });
  });

  it("rejects with the first of several errors, in source order", async () => {
    const text = [
      "RESPMGRCONFIGS",
      "  RESPMGRCONFIG",
      "    DESCRIPTION x",
      "    SECONDARYMANAGERS",
      "      SECONDARYMANAGER",
      '        NODE IP 0.0.0.0 "om1.example.com"',
      "        DESCRIPTION y",
      "",
    ].join("\n");
    const errors = parse(text).diagnostics.filter((d) => d.severity === "error");
    expect(errors.length).toBeGreaterThan(1);
    await expect(prettier.format(text, { filepath: "allnodes", plugins: [p] })).rejects.toMatchObject({
      loc: { start: { line: 3, column: 17 } },
    });
    expect(errors[0]!.range.start).toMatchObject({ line: 3, column: 17 });
  });
});

describe("the parser's error", () => {
  it("carries every syntax error of the file", () => {
    const errors = parse(BROKEN).diagnostics.filter((d) => d.severity === "error");
    const error = new HpomPrettierSyntaxError(errors);
    expect(error.diagnostics).toBe(errors);
    expect(error).toBeInstanceOf(SyntaxError);
  });
});

describe("prettier CLI", () => {
  let dir: string;

  /** Runs Prettier's CLI in `cwd` (default: the repository) with the built plugin. */
  function cli(args: string[], cwd = root, withPlugin = true) {
    const r = spawnSync(process.execPath, [prettierBin, ...(withPlugin ? ["--plugin", built] : []), ...args], {
      cwd,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, output: plain(r.stdout + r.stderr) };
  }

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "hpom-prettier-"));
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  // Every example goes through Prettier's API above; through its CLI, one of each file name is enough
  // to show that the CLI picks the plugin's parser by name (a process start each).
  const onePerName = [
    ...new Map(examples.map((file) => [/^[0-9a-f]{8}$/i.test(basename(file)) ? "node file" : basename(file), file])).values(),
  ];

  it.each(onePerName)("prints examples/%s exactly like format()", (file) => {
    const r = cli([join(exampleDir, file)]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(format(readFileSync(join(exampleDir, file), "utf8")));
  });

  it("the plugin as a relative path (--plugin ./dist/prettier.js)", () => {
    const file = join(exampleDir, examples[0]!);
    const r = spawnSync(process.execPath, [prettierBin, "--plugin", "./dist/prettier.js", relative(root, file)], {
      cwd: root,
      encoding: "utf8",
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(format(readFileSync(file, "utf8")));
  });

  it("--check passes the canonical examples and flags a badly laid out copy", () => {
    expect(cli(["--check", ...examples.map((f) => join(exampleDir, f))]).status).toBe(0);
    const messyDir = join(dir, "check");
    rmSync(messyDir, { recursive: true, force: true });
    mkdirSync(join(messyDir, "ok"), { recursive: true });
    const text = readFileSync(join(exampleDir, "node-specific/c0a80a0b"), "utf8");
    writeFileSync(join(messyDir, "c0a80a0b"), messUp(text));
    writeFileSync(join(messyDir, "ok/c0a80a0b"), text);
    const r = cli(["--check", join(messyDir, "c0a80a0b"), join(messyDir, "ok/c0a80a0b")]);
    expect(r.status).toBe(1);
    expect(r.output).toContain("c0a80a0b");
    expect(r.output).not.toContain("ok/c0a80a0b");
  });

  it("--write rewrites a temp copy to exactly format()'s text", () => {
    const targets = examples.map((file) => join(dir, "write", file));
    examples.forEach((file, i) => {
      mkdirSync(join(targets[i]!, ".."), { recursive: true });
      writeFileSync(targets[i]!, messUp(readFileSync(join(exampleDir, file), "utf8")));
    });
    const r = cli(["--write", ...targets]);
    expect(r.status, r.output).toBe(0);
    examples.forEach((file, i) =>
      expect(readFileSync(targets[i]!, "utf8"), file).toBe(format(readFileSync(join(exampleDir, file), "utf8"))),
    );
  });

  it("reports a syntax error with line, column and a code frame, exit code 2", () => {
    const target = join(dir, "broken", "allnodes");
    mkdirSync(join(target, ".."), { recursive: true });
    writeFileSync(target, BROKEN);
    const [first] = parse(BROKEN).diagnostics;
    const r = cli([target]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`SyntaxError: ${first!.message} (6:25)`);
    expect(r.stderr).toMatch(/> 6 \| {9}NODE IP 0\.0\.0\.0 om1/);
    expect(
      frameMarker(
        r.stderr
          .split("\n")
          .map((l) => l.replace(/^\[error\] /, ""))
          .join("\n"),
      ),
    ).toEqual({
      line: 6,
      column: 25,
    });
  });

  it("--write and --check leave a file with syntax errors untouched, byte for byte", () => {
    const target = join(dir, "broken-write", "c0a80a0b");
    mkdirSync(join(target, ".."), { recursive: true });
    // CRLF line ends and odd layout: anything Prettier might touch if it wrote the file.
    const bytes = Buffer.from(`\uFEFF${messUp(BROKEN)}`, "utf8");
    writeFileSync(target, bytes);
    const write = cli(["--write", target]);
    expect(write.status).toBe(2);
    // messUp removed the indentation: `om1` now starts at column 17.
    expect(write.output).toContain("(6:17)");
    expect(readFileSync(target).equals(bytes)).toBe(true);
    const check = cli(["--check", target]);
    expect(check.status).toBe(2);
    expect(readFileSync(target).equals(bytes)).toBe(true);
  });

  it("the README's fallback override for node files (Prettier without isSupported) matches only node files", async () => {
    const project = join(dir, "override");
    mkdirSync(join(project, "respmgrs"), { recursive: true });
    const hex = "[0-9a-fA-F]".repeat(8);
    writeFileSync(join(project, ".prettierrc"), JSON.stringify({ overrides: [{ files: hex, options: { parser: "hpom" } }] }));
    const parserOf = async (name: string) => (await prettier.resolveConfig(join(project, "respmgrs", name)))?.parser;
    expect(await parserOf("c0a80a0b")).toBe("hpom");
    expect(await parserOf("C0A80A0B")).toBe("hpom");
    expect(await parserOf("c0a80a0bb")).toBeUndefined();
    expect(await parserOf("notes")).toBeUndefined();
  });

  it('finds the plugin from a .prettierrc ("plugins": ["hpom-lint/prettier"]) and node files in a folder', () => {
    // A project that has hpom-lint installed: node_modules/hpom-lint is this repository.
    const project = join(dir, "project");
    mkdirSync(join(project, "node_modules"), { recursive: true });
    mkdirSync(join(project, "respmgrs"), { recursive: true });
    symlinkSync(root, join(project, "node_modules", "hpom-lint"), "dir");
    writeFileSync(join(project, ".prettierrc"), '{ "plugins": ["hpom-lint/prettier"] }\n');
    writeFileSync(join(project, ".prettierignore"), ".prettierrc\n");
    const node = readFileSync(join(exampleDir, "node-specific/c0a80a0b"), "utf8");
    const msgforw = readFileSync(join(exampleDir, "pool-forwarding/msgforw"), "utf8");
    writeFileSync(join(project, "respmgrs", "c0a80a0b"), messUp(node));
    writeFileSync(join(project, "respmgrs", "msgforw"), messUp(msgforw));
    writeFileSync(join(project, "respmgrs", "notes"), "not a flexible-management file\n");

    const check = cli(["--check", "."], project, false);
    expect(check.status, check.output).toBe(1);
    expect(check.output).toContain("respmgrs/c0a80a0b");
    expect(check.output).toContain("respmgrs/msgforw");
    expect(check.output).not.toContain("notes");

    const write = cli(["--write", "."], project, false);
    expect(write.status, write.output).toBe(0);
    expect(readFileSync(join(project, "respmgrs", "c0a80a0b"), "utf8")).toBe(format(node));
    expect(readFileSync(join(project, "respmgrs", "msgforw"), "utf8")).toBe(format(msgforw));
    expect(readFileSync(join(project, "respmgrs", "notes"), "utf8")).toBe("not a flexible-management file\n");
    expect(cli(["--check", "."], project, false).status).toBe(0);
  });
});
