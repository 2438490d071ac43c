/**
 * The one setting of `bbc_inst_defaults` a route needs: `OPC_PRIMARY_MGR` under
 * `[eaagt]`, the primary manager of newly installed agents
 * (docs/language.md#kinds-and-names).
 */
import { LineMap } from "../diagnostics/line-map.js";
import { readIniSettings } from "../files/bbc-inst-defaults.js";

/** The primary manager a `bbc_inst_defaults` file sets, with its 1-based line; undefined when it sets none. */
export function primaryManagerSetting(text: string): { value: string; line: number } | undefined {
  const setting = readIniSettings(text).find((s) => s.namespace === "eaagt" && s.key === "OPC_PRIMARY_MGR" && s.value !== "");
  return setting && { value: setting.value, line: LineMap.of(text).position(setting.keyStart).line };
}
