/**
 * `hpom-lint --print-config <file>`: the configuration that applies to a file,
 * as JSON — which config file, whether it is ignored, the pool model, the
 * overrides that match and the level of every rule — so "why is this rule on
 * here?" has an answer. The file need not exist.
 */
import { resolve } from "node:path";
import { knownCodes } from "../../lint/config.js";
import type { RunConfig } from "../config/resolve.js";
import { EXIT, type CliContext } from "../context.js";
import { displayPath } from "../files.js";

/** Prints the effective configuration of `file`; returns the exit code. */
export function printConfig(file: string, config: RunConfig, ctx: CliContext): number {
  const { cwd } = ctx.io;
  const path = resolve(cwd, file);
  const settings = config.forFile(path);
  const overrides = config.file?.config.overrides ?? [];
  const report = {
    file: displayPath(cwd, path),
    configFile: config.file ? displayPath(cwd, config.file.path) : null,
    ignored: config.ignores(path),
    pool: settings.poolPath === undefined ? null : displayPath(cwd, settings.poolPath),
    server: settings.server ?? null,
    dialect: settings.dialect,
    overrides: settings.overrides.map((index) => ({ index, files: overrides[index]!.files })),
    rules: Object.fromEntries(knownCodes().map((k) => [k.code, settings.rules[k.code] ?? k.severity])),
  };
  ctx.io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  return EXIT.ok;
}
