/**
 * Reads a `bbc_inst_defaults` file: HP's agent installation defaults on a management server
 * (`/etc/opt/OV/share/conf/OpC/mgmt_sv/bbc_inst_defaults`), a list of `[namespace]` headers and
 * `KEY=value` settings with `#` comments (the Pooling guide's first way of making V the nodes'
 * primary manager; docs/language.md#server-pooling). It is not flexible-management syntax and is never parsed as such.
 */

/** One `KEY=value` line, with the offsets of its key and value in the text. */
export interface IniSetting {
  /** The `[namespace]` it stands under, as written; undefined before the first header. */
  readonly namespace: string | undefined;
  readonly key: string;
  readonly value: string;
  readonly keyStart: number;
  readonly valueStart: number;
  readonly valueEnd: number;
}

/** The settings of `text`, in order; lines that are neither a header nor a setting are skipped. */
export function readIniSettings(text: string): IniSetting[] {
  const settings: IniSetting[] = [];
  let namespace: string | undefined;
  let offset = 0;
  for (const line of text.split("\n")) {
    const start = offset;
    offset += line.length + 1;
    const body = line.replace(/\r$/, "");
    const header = /^\s*\[\s*([^\]]*?)\s*\]\s*$/.exec(body);
    if (header) {
      namespace = header[1]!;
      continue;
    }
    const setting = /^(\s*)([^#=\s][^=]*?)\s*=\s*(.*?)\s*$/.exec(body);
    if (!setting) continue;
    const keyStart = start + setting[1]!.length;
    const value = setting[3]!;
    const valueEnd = start + body.length - (body.length - body.trimEnd().length);
    settings.push({ namespace, key: setting[2]!, value, keyStart, valueStart: valueEnd - value.length, valueEnd });
  }
  return settings;
}
