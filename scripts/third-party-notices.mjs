// Writes dist/THIRD-PARTY-NOTICES: the name, version, licence and licence text of
// every package whose code the build put inside dist/, which the MIT, ISC and
// Apache licences ask to ship with copies of that code. The packages are those
// of the files the bundles read from node_modules (tsup.config.ts records them).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder of the package a file in node_modules belongs to. */
function packageDir(file) {
  const match = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(file);
  if (!match) throw new Error(`${file}: not inside a package of node_modules`);
  return match[1];
}

/** Licence texts of packages that ship none, kept in scripts/licences/ (`@scope/name` as `@scope+name.txt`). */
const KEPT_HERE = join(dirname(fileURLToPath(import.meta.url)), "licences");

function licenceText(dir, name) {
  const files = readdirSync(dir)
    .filter((f) => /^(licen[cs]e|copying|notice)(\.|-|$)/i.test(f))
    .sort();
  const kept = join(KEPT_HERE, `${name.replace("/", "+")}.txt`);
  if (files.length === 0 && existsSync(kept)) return readFileSync(kept, "utf8").trim();
  if (files.length === 0) throw new Error(`${name}: no licence file in ${dir}; add its licence text as ${kept}`);
  return files.map((f) => readFileSync(join(dir, f), "utf8").trim()).join("\n\n");
}

const DIST_INTRO =
  "hpom-lint's files in dist/ include code of the packages below, each under its own licence,\n" +
  "reproduced here as those licences ask.\n";

/**
 * Writes `notices` in `distDir` for the files listed in `bundledListFile`, after `intro` (which says what
 * files hold the code); returns the package names.
 */
export function writeThirdPartyNotices(bundledListFile, distDir, intro = DIST_INTRO) {
  if (!existsSync(bundledListFile)) throw new Error("the build recorded no bundled files (tsup.config.ts, recordBundledPackages)");
  const dirs = [...new Set(JSON.parse(readFileSync(bundledListFile, "utf8")).map(packageDir))];
  const packages = dirs
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) }))
    .sort((a, b) => a.manifest.name.localeCompare(b.manifest.name));
  const sections = packages.map(({ dir, manifest }) => {
    const heading = `${manifest.name}@${manifest.version} (${manifest.license ?? "see below"})`;
    return `${heading}\n${"-".repeat(heading.length)}\n\n${licenceText(dir, manifest.name)}\n`;
  });
  writeFileSync(join(distDir, "THIRD-PARTY-NOTICES"), [intro, ...sections].join("\n"));
  return packages.map(({ manifest }) => manifest.name);
}
