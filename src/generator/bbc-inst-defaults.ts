/**
 * `<pool>/bbc_inst_defaults`: installation defaults on every member, so agents
 * installed from any member get the primary virtual interface as their primary
 * manager (docs/language.md#server-pooling, way 1). The file is a plain
 * `[namespace]` / `KEY=value` list with `#` comments.
 */
import type { PoolView } from "../model/topology.js";
import type { GeneratedFile } from "./generated-file.js";
import { headerLines } from "./header.js";

/** One `[namespace]` with its settings, in order. */
interface Namespace {
  name: string;
  settings: readonly (readonly [key: string, value: string])[];
}

function iniText(header: readonly string[], namespaces: readonly Namespace[]): string {
  const lines = header.map((line) => (line === "" ? "#" : `# ${line}`));
  for (const ns of namespaces) lines.push("", `[${ns.name}]`, ...ns.settings.map(([key, value]) => `${key}=${value}`));
  return `${lines.join("\n")}\n`;
}

/** `<pool>/bbc_inst_defaults`. */
export function bbcInstDefaultsFile(pool: PoolView, source: string | undefined): GeneratedFile {
  const { primary } = pool;
  const header = headerLines(source, [
    `Agent installation defaults of pool "${pool.name}": agents installed from any member report to the virtual interface ${primary}.`,
    `Install it as /etc/opt/OV/share/conf/OpC/mgmt_sv/bbc_inst_defaults on every member; where a member already has that file, add the setting under [eaagt] there instead.`,
  ]);
  return {
    path: `${pool.name}/bbc_inst_defaults`,
    content: iniText(header, [{ name: "eaagt", settings: [["OPC_PRIMARY_MGR", primary]] }]),
    kind: "bbc_inst_defaults",
    servers: [...pool.members],
  };
}
