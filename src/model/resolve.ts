/**
 * The documented defaults of the pool model, applied where they are used (a
 * parsed model keeps exactly what its author wrote).
 */
import type { NodeRef, Pool, Sender, VirtualDetails } from "./schema.js";

/** The virtual interface managed nodes send to: `primary`, else the first of `virtual`. */
export function primaryOf(pool: Pool): string {
  return pool.primary ?? pool.virtual[0]!;
}

/** The virtual interface Java GUIs connect to: `gui`, else the primary one. */
export function guiOf(pool: Pool): string {
  return pool.gui ?? primaryOf(pool);
}

/** How a sender forwards into a pool: `mode`, else `virtual`. */
export function modeOf(sender: Sender): "virtual" | "members" {
  return sender.mode ?? "virtual";
}

/** Whether a `forwardTo` entry names a pool (pool names have no dots, FQDNs do). */
export function isPoolName(target: string): boolean {
  return !target.includes(".");
}

/** The IPv4 address of an assigned node. */
export function addressOf(node: NodeRef): string {
  return typeof node === "string" ? node : node.address;
}

/** The node-bank name of an assigned node, if the model gives one. */
export function nameOf(node: NodeRef): string | undefined {
  return typeof node === "string" ? undefined : node.name;
}

/** The runbook details of virtual interface `v` (an empty record when the model has none). */
export function detailsOf(pool: Pool, v: string): Omit<VirtualDetails, "virtual"> {
  return pool.details?.find((d) => d.virtual === v) ?? {};
}

/** The member that carries `v` at first: its `home`, else the members in turn in the order of `virtual`. */
export function homeOf(pool: Pool, v: string): string {
  const home = detailsOf(pool, v).home;
  if (home) return home;
  return pool.members[pool.virtual.indexOf(v) % pool.members.length]!;
}
