/** The golden files of the CLI's outputs (`golden/`), compared byte for byte. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { root } from "./run-cli.js";

/** The package's version, which outputs carry and golden files hold as `<version>`. */
export const VERSION = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;

/** The folder of the golden files. */
export const GOLDEN = join(__dirname, "golden");

/** Compares `actual` (version normalised) with the golden file `name`, or rewrites it under UPDATE_GOLDEN. */
export function expectGolden(actual: string, name: string): void {
  const normalised = actual.split(VERSION).join("<version>");
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, normalised);
  expect(normalised).toBe(readFileSync(file, "utf8"));
}
