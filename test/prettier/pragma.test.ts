/**
 * `requirePragma`, `insertPragma` and `checkIgnorePragma` through Prettier's API, with the source
 * plugin object and the built `dist/prettier.js`: the pragma is a line
 * `# @format` or `# @prettier` in the file's leading comment block (its comment
 * and blank lines before the first token), and `insertPragma` writes
 * `# @format` and a blank line above the file; under `checkIgnorePragma` a line
 * `# @noformat` or `# @noprettier` there keeps the file as it is.
 * `node scripts/build.mjs` must have run first.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import * as prettier from "prettier";
import { beforeAll, describe, expect, it } from "vitest";
import { format } from "../../src/index.js";
import plugin from "../../src/prettier/index.js";

const built = join(resolve(__dirname, "../.."), "dist/prettier.js");

const plugins = [
  { label: "plugin object", plugin: plugin as prettier.Plugin },
  { label: "built dist/prettier.js by path", plugin: built },
] as const;

beforeAll(() => {
  if (!existsSync(built)) throw new Error("dist/prettier.js is missing: run `node scripts/build.mjs` first");
});

/** A small file, badly laid out: formatting it changes it. */
const BODY = 'RESPMGRCONFIGS\nRESPMGRCONFIG\nDESCRIPTION   "x"\n';

describe.each(plugins)("pragmas ($label)", ({ plugin: p }) => {
  const run = (text: string, options: Partial<prettier.Options> = {}) =>
    prettier.format(text, { parser: "hpom", plugins: [p], ...options });

  it("requirePragma: a file without the pragma is left exactly as it is", async () => {
    for (const text of [BODY, `# header\n${BODY}`, `${BODY}# @format\n`, `# @formatted\n${BODY}`, `# not @format\n${BODY}`]) {
      expect(await run(text, { requirePragma: true }), JSON.stringify(text)).toBe(text);
    }
  });

  it("requirePragma: a file with the pragma in its leading comment block is formatted", async () => {
    const texts = [
      `# @format\n${BODY}`,
      `# @prettier\n${BODY}`,
      `#@format\n${BODY}`,
      `  #\t@format  \n\n${BODY}`,
      `# header\n#\n\n# @prettier\n# more header\n\n${BODY}`,
      `# @format\r\n${BODY.replace(/\n/g, "\r\n")}`,
      `\uFEFF# @format\n${BODY}`,
      "# @format",
    ];
    for (const text of texts) {
      const expected = (text.startsWith("\uFEFF") ? "\uFEFF" : "") + format(text);
      expect(expected, JSON.stringify(text)).not.toBe(text);
      expect(await run(text, { requirePragma: true }), JSON.stringify(text)).toBe(expected);
    }
  });

  it("requirePragma: a pragma after the first token does not count", async () => {
    const text = `RESPMGRCONFIGS # @format\n# @format\nRESPMGRCONFIG\n`;
    expect(await run(text, { requirePragma: true })).toBe(text);
  });

  it("insertPragma: adds `# @format` and a blank line first, and formats the rest as format() does", async () => {
    const out = await run(BODY, { insertPragma: true });
    expect(out).toBe(`# @format\n\n${format(BODY)}`);
    expect(format(out)).toBe(out);
    // What it wrote is a pragma: formatting again with both options changes nothing.
    expect(await run(out, { insertPragma: true })).toBe(out);
    expect(await run(out, { requirePragma: true })).toBe(out);
  });

  it("insertPragma: keeps a header comment, a byte-order mark and CRLF", async () => {
    const header = `# header\n\n${BODY}`;
    expect(await run(header, { insertPragma: true })).toBe(`# @format\n\n${format(header)}`);
    expect(await run(`\uFEFF${BODY}`, { insertPragma: true })).toBe(`\uFEFF# @format\n\n${format(BODY)}`);
    expect(await run(BODY.replace(/\n/g, "\r\n"), { insertPragma: true, endOfLine: "auto" })).toBe(
      `# @format\n\n${format(BODY)}`.replace(/\n/g, "\r\n"),
    );
    expect(await run("", { insertPragma: true })).toBe("# @format\n");
  });

  it("checkIgnorePragma: a file with `# @noformat` or `# @noprettier` in its leading comment block is left as it is", async () => {
    for (const text of [
      `# @noformat\n${BODY}`,
      `# header\n\n#\t@noprettier\n${BODY}`,
      `\uFEFF# @noformat\r\n${BODY.replace(/\n/g, "\r\n")}`,
    ]) {
      expect(await run(text, { checkIgnorePragma: true }), JSON.stringify(text)).toBe(text);
      // Without the option the pragma is an ordinary comment.
      expect(await run(text), JSON.stringify(text)).not.toBe(text);
    }
    for (const text of [BODY, `# @noformat please\n${BODY}`, `RESPMGRCONFIGS # @noformat\n# @noformat\nRESPMGRCONFIG\nDESCRIPTION "x"\n`]) {
      expect(await run(text, { checkIgnorePragma: true }), JSON.stringify(text)).toBe(format(text));
    }
  });

  it("insertPragma: a file that has the pragma gets no second one", async () => {
    const text = `# header\n# @prettier\n${BODY}`;
    expect(await run(text, { insertPragma: true })).toBe(format(text));
  });
});

describe("the printer's insertPragma", () => {
  const insert = plugin.printers.hpom!.insertPragma!;
  const hasPragma = plugin.parsers.hpom!.hasPragma!;

  it("puts the pragma first, after a byte-order mark, and leaves the rest as it is", () => {
    expect(insert(BODY)).toBe(`# @format\n\n${BODY}`);
    expect(insert(`\uFEFF${BODY}`)).toBe(`\uFEFF# @format\n\n${BODY}`);
    expect(insert("")).toBe("# @format\n\n");
  });

  it("writes a file that has the pragma, parses, and is stable under format()", () => {
    for (const text of ["", BODY, `# header\n${BODY}`, `\uFEFF${BODY}`, `\n\n${BODY}`]) {
      const inserted = insert(text);
      expect(hasPragma(inserted), JSON.stringify(text)).toBe(true);
      const once = format(inserted);
      expect(hasPragma(once), JSON.stringify(text)).toBe(true);
      expect(format(once)).toBe(once);
    }
  });
});
