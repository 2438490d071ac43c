/**
 * Where `generate`'s files end up: a pool's files on every member, a sender's
 * msgforw on the sender, each as `<server>/<file name>`, the layout of an
 * estate folder. Files for people (RUNBOOK.md and the like) are on no server
 * and are left out.
 */
import type { EstateInput } from "../estate/load.js";
import { baseName, fileKindFromName } from "../files/file-kind.js";
import type { GeneratedFile } from "../generator/generated-file.js";

/** The generated files each server holds, as estate inputs, sorted by path. */
export function installedFiles(files: readonly GeneratedFile[]): EstateInput[] {
  const installed: EstateInput[] = [];
  for (const file of files) {
    const name = baseName(file.path);
    if (fileKindFromName(name) === undefined) continue;
    for (const server of file.servers) installed.push({ path: `${server}/${name}`, text: file.content });
  }
  return installed.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
