/**
 * The one setting of `bbc_inst_defaults` a route needs: `OPC_PRIMARY_MGR` under
 * `[eaagt]`, the primary manager of newly installed agents
 * (docs/language.md#kinds-and-names). The file is `[namespace]` headings and
 * `KEY=value` lines with `#` comments.
 */

/** The primary manager a `bbc_inst_defaults` file sets, with its 1-based line; undefined when it sets none. */
export function primaryManagerSetting(text: string): { value: string; line: number } | undefined {
  let section = "";
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === "" || line.startsWith("#")) continue;
    const heading = /^\[([^\]]*)\]$/.exec(line);
    if (heading) {
      section = heading[1]!.trim();
      continue;
    }
    const setting = /^([A-Za-z0-9_]+)\s*=\s*(.*)$/.exec(line);
    if (section === "eaagt" && setting && setting[1] === "OPC_PRIMARY_MGR" && setting[2] !== "") return { value: setting[2]!, line: i + 1 };
  }
  return undefined;
}
