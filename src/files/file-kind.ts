/**
 * File kinds and the file names HPOM recognises them by (docs/language.md#kinds-and-names). HPOM reads
 * server files only under their exact names, and a node-specific file is named by
 * the node's IPv4 address as eight hex digits.
 */

/** The kinds of flexible-management file. */
export type FileKind = "allnodes" | "msgforw" | "escmgr" | "mgrconf" | "outage" | "node";

const NAMED_KINDS: ReadonlySet<string> = new Set(["allnodes", "msgforw", "escmgr", "mgrconf", "outage"]);
const NODE_FILE = /^[0-9a-fA-F]{8}$/;

/** Whether a file of this kind is an agent's responsible-manager file (allnodes, a node-specific file, mgrconf as installed). */
export function isAgentKind(kind: FileKind | undefined): kind is "allnodes" | "node" | "mgrconf" {
  return kind === "allnodes" || kind === "node" || kind === "mgrconf";
}

/** The final segment of a `/` or `\` separated path. */
export function baseName(path: string): string {
  const i = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  return i < 0 ? path : path.slice(i + 1);
}

/** The kind a file name stands for, or undefined for a name HPOM would not read. */
export function fileKindFromName(path: string): FileKind | undefined {
  const name = baseName(path);
  if (NAMED_KINDS.has(name)) return name as FileKind;
  if (NODE_FILE.test(name)) return "node";
  return undefined;
}

const KIND_PHRASES: Readonly<Record<FileKind, string>> = {
  allnodes: "an allnodes file",
  node: "a node-specific file",
  mgrconf: "a mgrconf file",
  msgforw: "a msgforw file",
  escmgr: "an escmgr file",
  outage: "an outage file",
};

/** A kind of file as messages name it, article included ("an allnodes file"). */
export function describeKind(kind: FileKind): string {
  return KIND_PHRASES[kind];
}
