#!/usr/bin/env node
/**
 * Builds the extension into out/, what package.json's `main` and contributions point at: the
 * extension bundled by esbuild into one CommonJS file (only `vscode` stays outside) with the licences
 * of the packages inside it in out/THIRD-PARTY-NOTICES, copies of the
 * TextMate grammar and the JSON Schemas, and in out/server/ the hpom-lint package exactly as
 * `npm pack` would publish it, the server the extension falls back on. Also copies the licence
 * beside package.json, where vsce looks for it. Needs the root build (`npm run build`), and runs
 * before `vsce package` as `vscode:prepublish`.
 *
 * out/ is assembled in a folder of its own and swapped in whole, so a failed build leaves the
 * previous out/ as it was.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { writeThirdPartyNotices } from "../../../scripts/third-party-notices.mjs";
import { manifestPath, regeneratedManifest } from "./manifest.mjs";

const extensionRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const repositoryRoot = join(extensionRoot, "../..");
const out = join(extensionRoot, "out");
const staging = join(extensionRoot, `out.${process.pid}.tmp`);

/** Copies `from` (relative to the repository root) to `to` (relative to the staging folder). */
function copy(from, to) {
  const target = join(staging, to);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(repositoryRoot, from), target);
}

/** The files `npm pack` would put in hpom-lint's tarball, relative to the repository root. */
function publishedFiles() {
  const json = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: repositoryRoot,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    shell: process.platform === "win32",
  });
  return JSON.parse(json)[0].files.map((file) => file.path);
}

const { text, expected } = await regeneratedManifest();
if (text !== expected) {
  console.error(
    `${manifestPath}: the hpom language's file names differ from src/files/file-kind.ts; run \`npm run manifest -w editors/vscode\``,
  );
  process.exit(1);
}

rmSync(staging, { recursive: true, force: true });
try {
  const { metafile } = await build({
    entryPoints: [join(extensionRoot, "src/extension.ts")],
    outfile: join(staging, "extension.js"),
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    external: ["vscode"],
    minify: true,
    metafile: true,
    // The metafile names inputs relative to this folder.
    absWorkingDir: extensionRoot,
    logLevel: "warning",
  });
  const bundled = Object.keys(metafile.inputs)
    .filter((input) => input.includes("node_modules/"))
    .map((input) => join(extensionRoot, input));
  const bundledList = join(staging, "bundled-files.json");
  writeFileSync(bundledList, JSON.stringify(bundled));
  writeThirdPartyNotices(
    bundledList,
    staging,
    "The extension's out/extension.js includes code of the packages below, each under its own licence,\n" +
      "reproduced here as those licences ask. out/server/ is hpom-lint itself, with its own notices in dist/.\n",
  );
  rmSync(bundledList);
  copy("grammar/hpom.tmLanguage.json", "grammar/hpom.tmLanguage.json");
  copy("schema/pool-model.schema.json", "schema/pool-model.schema.json");
  copy("schema/hpom-lint-config.schema.json", "schema/hpom-lint-config.schema.json");
  for (const file of publishedFiles()) copy(file, join("server", file));
  rmSync(out, { recursive: true, force: true });
  renameSync(staging, out);
} finally {
  rmSync(staging, { recursive: true, force: true });
}
copyFileSync(join(repositoryRoot, "LICENSE"), join(extensionRoot, "LICENSE"));
