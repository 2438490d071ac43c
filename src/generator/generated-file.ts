/** What `generate` returns: one entry per file, with what it is and where it goes. */

/** The kinds of generated file. */
export type GeneratedFileKind = "allnodes" | "node" | "msgforw" | "bbc_inst_defaults" | "runbook" | "topology";

/** One generated file. */
export interface GeneratedFile {
  /** Path relative to the output folder, `/`-separated: `<pool>/allnodes`, `<pool>/c0a80a0b`, `<sender>/msgforw`, … */
  path: string;
  /** The file's text (UTF-8, LF line ends, one newline at the end). */
  content: string;
  /** What the file is. */
  kind: GeneratedFileKind;
  /** FQDNs of the management servers the file is installed on (every member for a pool's files). */
  servers: string[];
}
