/**
 * What differs between the members' operating systems: the node-bank machine
 * type and group of a virtual interface, and the `ifconfig` commands that bring
 * it up on a member and take it down again (HP's pooling guide, "Switching V":
 * HP-UX logical interfaces `lan0:1`, removed by assigning 0.0.0.0 (IPv6: `::`);
 * Solaris `plumb` / `unplumb`; Linux aliases `eth0:1` and `inet6 add|del`).
 */
import type { Pool } from "../model/schema.js";

/** An operating system of the members. */
export type Os = NonNullable<Pool["os"]>;

/** Every operating system, in the order the runbook shows them when the model names none. */
export const ALL_OS: readonly Os[] = ["hp-ux", "linux", "solaris"];

/** Node-bank settings of a management server running `os` (`opcnode -add_node mach_type=… group_name=…`). */
export const OS_INFO: Readonly<Record<Os, { label: string; machType: string; group: string }>> = {
  "hp-ux": { label: "HP-UX", machType: "MACH_BBC_HPUX_IPF32", group: "hp_ux" },
  linux: { label: "Linux", machType: "MACH_BBC_LX26RPM_X64", group: "linux" },
  solaris: { label: "Solaris", machType: "MACH_BBC_SOL_SPARC", group: "solaris" },
};

/** How a virtual interface is addressed on a member; placeholders (`<…>`) stand where the model is silent. */
export interface Addressing {
  /** Network interface without alias, e.g. `eth0`. */
  device: string;
  /** Alias number: the interface's position in the pool's `virtual`, from 1, so several interfaces can share a member. */
  alias: number;
  ipv4?: string;
  netmask: string;
  ipv6?: string;
  prefix: number;
}

/** Commands that bring the virtual interface up on the member that takes it. */
export function upCommands(os: Os, a: Addressing): string[] {
  const logical = `${a.device}:${a.alias}`;
  const out: string[] = [];
  switch (os) {
    case "hp-ux":
      if (a.ipv4) out.push(`ifconfig ${logical} ${a.ipv4} netmask ${a.netmask} up`);
      if (a.ipv6) out.push(`ifconfig ${logical} inet6 ${a.ipv6} prefix ${a.prefix} up`);
      return out;
    case "solaris":
      if (a.ipv4) out.push(`ifconfig ${logical} plumb`, `ifconfig ${logical} ${a.ipv4} netmask ${a.netmask} up`);
      if (a.ipv6) out.push(`ifconfig ${logical} inet6 plumb ${a.ipv6}/${a.prefix} up`);
      return out;
    case "linux":
      if (a.ipv4) out.push(`ifconfig ${logical} ${a.ipv4} netmask ${a.netmask} up`);
      if (a.ipv6) out.push(`ifconfig ${a.device} inet6 add ${a.ipv6}/${a.prefix}`);
      return out;
  }
}

/** Commands that take the virtual interface down on the member that gives it up. */
export function downCommands(os: Os, a: Addressing): string[] {
  const logical = `${a.device}:${a.alias}`;
  const out: string[] = [];
  switch (os) {
    case "hp-ux":
      if (a.ipv4) out.push(`ifconfig ${logical} 0.0.0.0`);
      if (a.ipv6) out.push(`ifconfig ${logical} inet6 ::`);
      return out;
    case "solaris":
      if (a.ipv4) out.push(`ifconfig ${logical} down`, `ifconfig ${logical} unplumb`);
      if (a.ipv6) out.push(`ifconfig ${logical} inet6 down`, `ifconfig ${logical} inet6 unplumb`);
      return out;
    case "linux":
      if (a.ipv4) out.push(`ifconfig ${logical} down`);
      if (a.ipv6) out.push(`ifconfig ${a.device} inet6 del ${a.ipv6}/${a.prefix}`);
      return out;
  }
}
