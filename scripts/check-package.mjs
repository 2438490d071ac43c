#!/usr/bin/env node
// Checks the package as it would be published: packs the built dist/ (without
// running the build again) and runs publint (strict: warnings fail too) and
// Are the Types Wrong? (profile node16: Node 16+ from CommonJS and ES modules,
// and bundlers) on the tarball. Node 10 resolution (no `exports`) reaches the
// subpath entries through `typesVersions`; README's "Library" section says so.
// Run by `npm test` (test/packaging.test.ts) and on its own: `node scripts/check-package.mjs`.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => join(root, "node_modules/.bin", name);
const dir = mkdtempSync(join(tmpdir(), "hpom-lint-pack-"));

function check(label, command, args) {
  try {
    execFileSync(command, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    process.stdout.write(`${label}: ok\n`);
    return true;
  } catch (error) {
    process.stdout.write(`${label}: failed\n${error.stdout ?? ""}${error.stderr ?? ""}\n`);
    return false;
  }
}

try {
  execFileSync("npm", ["pack", "--ignore-scripts", "--pack-destination", dir], { cwd: root, stdio: "pipe" });
  const [tarball] = readdirSync(dir).filter((f) => f.endsWith(".tgz"));
  if (!tarball) throw new Error("npm pack wrote no tarball");
  const results = [
    check("publint", bin("publint"), ["run", "--strict", "--pack", "false", join(dir, tarball)]),
    check("attw", bin("attw"), [join(dir, tarball), "--profile", "node16", "--no-color", "--no-emoji", "--format", "ascii"]),
  ];
  process.exitCode = results.every(Boolean) ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
