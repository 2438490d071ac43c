/**
 * The shapes of the names a pool model is made of, shared by the schema, the
 * cross-field checks and the generator.
 */

/**
 * A fully qualified domain name in lower case: two or more dot-separated labels
 * of letters, digits and inner hyphens, the last one not all digits (so an IPv4
 * address is not mistaken for a name). Lower case only, because the generated
 * files and the pooling rules compare names as written: one spelling per server.
 */
export const FQDN_PATTERN =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?=[a-z0-9-]*[a-z-])[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** A pool name (contract): it names the pool's output folder, so it has no dots or slashes. */
export const POOL_NAME_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** A network interface of the operating system (`eth0`, `lan0`, `e1000g0`, `bond0.12`); the alias suffix `:n` is added by the generator. */
export const INTERFACE_PATTERN = /^[A-Za-z][A-Za-z0-9_.-]*$/;

/** The node-specific file name of an IPv4 address: each octet as two lower-case hex digits (docs/language.md#node-specific-files). */
export function hexFileName(ipv4: string): string {
  return ipv4
    .split(".")
    .map((octet) => Number(octet).toString(16).padStart(2, "0"))
    .join("");
}

/** The IPv4 address a node file's name stands for (`c0a80a0b` → `192.168.10.11`); undefined for any other name. */
export function addressOfHexFileName(name: string): string | undefined {
  if (!/^[0-9a-f]{8}$/.test(name)) return undefined;
  return [0, 2, 4, 6].map((i) => parseInt(name.slice(i, i + 2), 16)).join(".");
}
