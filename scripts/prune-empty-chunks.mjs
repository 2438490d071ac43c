// Removes the chunks the library build leaves empty (rollup's tree shaking can
// empty a chunk that esbuild split out, and tsup still writes it, with an import
// of it in each entry that shared it): files that load nothing and do nothing,
// which the package would otherwise ship. The build fails if such a chunk is
// referred to in any other way than the bare import this removes.
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const EMPTY = /^\s*(?:(['"])use strict\1;?)?\s*$/;

/** Deletes the empty `chunk-*.js`/`.cjs` files of `distDir` and their imports; returns their names. */
export function pruneEmptyChunks(distDir) {
  const files = readdirSync(distDir).filter((f) => /\.(c?js)$/.test(f));
  const empty = files.filter((f) => f.startsWith("chunk-") && EMPTY.test(readFileSync(join(distDir, f), "utf8")));
  for (const chunk of empty) {
    const name = chunk.replace(/[.]/g, "\\.");
    const bare = new RegExp(`(?:import\\s*['"]\\./${name}['"]|require\\(['"]\\./${name}['"]\\));?`, "g");
    for (const file of files) {
      if (empty.includes(file)) continue;
      const path = join(distDir, file);
      const text = readFileSync(path, "utf8");
      const pruned = text.replace(bare, "");
      if (pruned.includes(chunk)) throw new Error(`${file} refers to the empty ${chunk} other than by a bare import`);
      if (pruned !== text) writeFileSync(path, pruned);
    }
    rmSync(join(distDir, chunk));
  }
  return empty;
}
