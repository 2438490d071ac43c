/**
 * The message targets of the estate's files, as the cross-server rules read
 * them: which server's file names which server, in which kind of file, and
 * what a name stands for (a server of the estate, a pool's member or virtual
 * interface, or nothing the estate knows).
 */
import type { TargetManager } from "../../ast/nodes.js";
import type { Estate, EstateFile, EstatePool, EstateServer } from "../../estate/load.js";
import { forwardRulesOf } from "../pooling/forwarding.js";

/** What a file's targets mean: where the agent sends, where a server forwards, or where it escalates. */
export type TargetUse = "agent" | "forward" | "escalate";

/** One server named by a MSGTARGETMANAGER of a file. */
export interface FileTarget {
  /** The server (FQDN, lower case). */
  name: string;
  /** Its first MSGTARGETMANAGER in the file. */
  manager: TargetManager;
}

/** The servers a file names as targets, each once at its first MSGTARGETMANAGER, in file order; addresses and variables left out. */
export function targetsOf(file: EstateFile): FileTarget[] {
  const seen = new Map<string, FileTarget>();
  for (const rule of forwardRulesOf(file.ast)) {
    for (const t of rule.targets) {
      // "$OPC_PRIMARY_MGR" written as a name is the variable, not a server.
      if (t.fqdn === undefined || t.fqdn.startsWith("$") || seen.has(t.fqdn)) continue;
      seen.set(t.fqdn, { name: t.fqdn, manager: t.node });
    }
  }
  return [...seen.values()];
}

/** A server's files with targets and what they mean: its agent files, msgforw and escmgr. */
export function filesWithTargets(server: EstateServer): { file: EstateFile; use: TargetUse }[] {
  const out: { file: EstateFile; use: TargetUse }[] = [];
  if (server.allnodes) out.push({ file: server.allnodes, use: "agent" });
  for (const file of server.nodeFiles.values()) out.push({ file, use: "agent" });
  if (server.msgforw) out.push({ file: server.msgforw, use: "forward" });
  if (server.escmgr) out.push({ file: server.escmgr, use: "escalate" });
  return out;
}

/** The pool a name belongs to, as a member or a virtual interface. */
export function poolOf(estate: Estate, name: string): EstatePool | undefined {
  return estate.pools.find((p) => p.members.includes(name) || p.virtual.includes(name));
}

/** 1-based line of an offset of `file`, for messages that name another place. */
export function lineOf(file: EstateFile, offset: number): number {
  return file.lines.position(offset).line;
}
