/**
 * The fuzzer's seed files: every HPOM file under examples/ and test/ (a name
 * the project's own file-name detection reads, a `.hpom` test fixture, or a
 * formatter fixture), and the pool models of examples/pools with the servers
 * each names.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { parsePoolModel } from "../dist/index.js";
import { fileKindFromName } from "../dist/tooling.js";

function walk(dir, found = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, found);
    else if (entry.isFile()) found.push(path);
  }
  return found;
}

/** The name to lint a seed file under: its own when HPOM reads it, a `.hpom` fixture's stem when that is one. */
function lintName(path) {
  const name = basename(path);
  if (fileKindFromName(name)) return name;
  const stem = name.replace(/\.hpom$/, "");
  return fileKindFromName(stem) ? stem : undefined;
}

function isSeedFile(root, path) {
  const rel = relative(root, path).split("\\").join("/");
  return fileKindFromName(path) !== undefined || rel.endsWith(".hpom") || /^test\/format\/[^/]+\/(input|output)$/.test(rel);
}

/** `{ files: [{ path, name, text }], pools: [{ path, text, servers }] }` for the repository at `root`. */
export function loadCorpus(root) {
  const all = [...walk(join(root, "examples")), ...walk(join(root, "test"))].sort();
  const files = all
    .filter((path) => isSeedFile(root, path))
    .map((path) => ({ path: relative(root, path), name: lintName(path), text: readFileSync(path, "utf8") }));
  const pools = all
    .filter((path) => /^examples[\\/]pools[\\/].*\.ya?ml$/.test(relative(root, path)))
    .map((path) => {
      const text = readFileSync(path, "utf8");
      const model = parsePoolModel(text, path);
      const servers = [...model.pools.flatMap((p) => [...p.members, ...p.virtual]), ...(model.senders ?? []).map((s) => s.server)];
      return { path: relative(root, path), text, servers };
    });
  return { files, pools };
}
