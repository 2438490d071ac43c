#!/usr/bin/env node
/**
 * The file names and patterns of the `hpom` language in the extension's package.json, made from
 * hpom-lint's own lists (src/files/file-kind.ts, through the built dist/tooling.js), so that VS Code
 * opens as hpom exactly the files hpom-lint reads as flexible-management syntax. Run by itself
 * (`npm run manifest -w editors/vscode`, after the root build) it writes them into package.json;
 * build.mjs refuses to build while they differ.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const extensionRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const repositoryRoot = join(extensionRoot, "../..");
/** The extension's package.json. */
export const manifestPath = join(extensionRoot, "package.json");

/** The built internals of hpom-lint, or an error saying to build them. */
async function tooling() {
  const url = pathToFileURL(join(repositoryRoot, "dist/tooling.js")).href;
  try {
    return await import(url);
  } catch (error) {
    throw new Error(`cannot load ${fileURLToPath(url)} (run \`npm run build\` at the repository root first): ${error.message}`, {
      cause: error,
    });
  }
}

/** `filenames` and `filenamePatterns` of the hpom language, from hpom-lint's lists. */
export async function languageFiles() {
  const { FLEXIBLE_FILE_NAMES, SAMPLE_FILE_NAMES, SAMPLE_FOLDER_NAMES } = await tooling();
  return {
    filenames: [...FLEXIBLE_FILE_NAMES],
    filenamePatterns: [
      // A node-specific file is named by the node's IPv4 address as eight hex digits (fileKindFromName's
      // pattern, which a glob cannot import: test/editors/vscode-manifest.test.ts checks they agree).
      "[0-9a-fA-F]".repeat(8),
      // HP's sample files count only in its sample and working folders; a pattern with a `/` is matched against the path.
      `**/{${SAMPLE_FOLDER_NAMES.join(",")}}/{${SAMPLE_FILE_NAMES.join(",")}}`,
    ],
  };
}

/** The manifest as read, and its text with the language's file lists replaced by hpom-lint's. */
export async function regeneratedManifest() {
  const text = readFileSync(manifestPath, "utf8");
  const manifest = JSON.parse(text);
  const language = manifest.contributes.languages.find((entry) => entry.id === "hpom");
  Object.assign(language, await languageFiles());
  return { text, expected: `${JSON.stringify(manifest, null, 2)}\n` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { text, expected } = await regeneratedManifest();
  if (text !== expected) {
    const temp = `${manifestPath}.${process.pid}.tmp`;
    writeFileSync(temp, expected);
    renameSync(temp, manifestPath);
    console.error(`updated ${manifestPath}`);
  }
}
