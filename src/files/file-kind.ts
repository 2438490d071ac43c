/**
 * File kinds and the file names HPOM recognises them by (docs/language.md#kinds-and-names). HPOM reads
 * server files only under their exact names, and a node-specific file is named by
 * the node's IPv4 address as eight hex digits.
 */

/** The kinds of flexible-management file. */
export type FlexibleKind = "allnodes" | "msgforw" | "escmgr" | "mgrconf" | "outage" | "node";

/**
 * The kinds of file hpom-lint checks: the flexible-management files, and the agent installation
 * defaults (`bbc_inst_defaults`, a `[namespace]` / `KEY=value` file) that make V the primary
 * manager of new agents.
 */
export type FileKind = FlexibleKind | "bbc_inst_defaults";

/**
 * Every exact file name HPOM reads a file by, which is also the kind of the file: the one list behind kind
 * detection, HP4003, the Prettier plugin, the TextMate grammar, the help texts and the folder search (the
 * pre-commit hooks' `files` pattern is checked against it). Node-specific files are named by hex address instead.
 */
export const FILE_NAMES = [
  "allnodes",
  "msgforw",
  "escmgr",
  "mgrconf",
  "outage",
  "bbc_inst_defaults",
] as const satisfies readonly FileKind[];

/** The file names of flexible-management syntax (what `parse`, `format`, Prettier and editors read): all but `bbc_inst_defaults`. */
export const FLEXIBLE_FILE_NAMES: readonly FlexibleKind[] = FILE_NAMES.filter(
  (name): name is (typeof FILE_NAMES)[number] & FlexibleKind => name !== "bbc_inst_defaults",
);

const NAMED_KINDS: ReadonlySet<string> = new Set(FILE_NAMES);
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

/** The folders HP keeps its samples and the administrator's working copies in (docs/language.md#directories). */
export const SAMPLE_FOLDER_NAMES = ["tmpl_respmgrs", "work_respmgrs"] as const;
const SAMPLE_FOLDERS: ReadonlySet<string> = new Set(SAMPLE_FOLDER_NAMES);

/**
 * HP's sample files in `tmpl_respmgrs` (docs/language.md#hps-sample-file-names) and the kind of file each
 * is a sample of: the hierarchy, follow-the-sun, backup-server and competence-centre (`example.m2`,
 * `example.m3`) samples are agent files; `hierarchy.sv` is the server side of the hierarchy sample
 * (a msgforw) and `service` the service-hours sample (an outage file). Names HP gives server files
 * (`msgforw`, `escmgr`, `outage`) are the kinds themselves.
 */
const SAMPLE_KINDS: ReadonlyMap<string, FlexibleKind> = new Map<string, FlexibleKind>([
  ["backup-server", "allnodes"],
  ["example.m2", "allnodes"],
  ["example.m3", "allnodes"],
  ["followthesun", "allnodes"],
  ["hier.specmgr", "allnodes"],
  ["hier.time.all", "allnodes"],
  ["hier.time.spec", "allnodes"],
  ["hierarchy", "allnodes"],
  ["hierarchy.agt", "allnodes"],
  ["hierarchy.sv", "msgforw"],
  ["service", "outage"],
]);

/** HP's sample file names, which count only inside {@link SAMPLE_FOLDER_NAMES}. */
export const SAMPLE_FILE_NAMES: readonly string[] = [...SAMPLE_KINDS.keys()];

/** The name of the folder a `/` or `\` separated path is in; "" for a bare name. */
function parentName(path: string): string {
  const trimmed = path.slice(0, Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"), 0));
  return baseName(trimmed);
}

/**
 * The kind a file name stands for, or undefined for a name HPOM would not read. HP's sample names
 * count only in HP's sample and working folders (`tmpl_respmgrs`, `work_respmgrs`): elsewhere a
 * file called `service` or `hierarchy` is nothing of ours.
 */
export function fileKindFromName(path: string): FileKind | undefined {
  const name = baseName(path);
  if (NAMED_KINDS.has(name)) return name as FileKind;
  if (NODE_FILE.test(name)) return "node";
  return SAMPLE_FOLDERS.has(parentName(path)) ? SAMPLE_KINDS.get(name) : undefined;
}

/** Whether a file of this name is flexible-management syntax (what `parse`, `format` and Prettier read). */
export function isFlexibleManagementName(path: string): boolean {
  const kind = fileKindFromName(path);
  return kind !== undefined && kind !== "bbc_inst_defaults";
}

const KIND_PHRASES: Readonly<Record<FileKind, string>> = {
  allnodes: "an allnodes file",
  node: "a node-specific file",
  mgrconf: "a mgrconf file",
  msgforw: "a msgforw file",
  escmgr: "an escmgr file",
  outage: "an outage file",
  bbc_inst_defaults: "a bbc_inst_defaults file",
};

/** A kind of file as messages name it, article included ("an allnodes file"). */
export function describeKind(kind: FileKind): string {
  return KIND_PHRASES[kind];
}
