/**
 * The message a route follows: the attributes HPOM's conditions test
 * (docs/language.md#choosing-a-message-target-rule). An attribute left out is
 * unknown, and a condition on it is not satisfied.
 */
import { VALUE_SETS, type ValueOf } from "../lexer/keywords.js";

/** A message severity as HPOM spells it. */
export type MessageSeverity = ValueOf<"severity">;

/** A message to route: its node and the attributes the rules may test. */
export interface Message {
  /** The node's name (FQDN) as the management server knows it. */
  node: string;
  /** The node's IPv4 address, dotted; it also names the node-specific file. */
  nodeIp?: string;
  severity?: MessageSeverity;
  application?: string;
  msggrp?: string;
  object?: string;
  msgtype?: string;
  /** The message text, for `TEXT` patterns of the outage file. */
  text?: string;
  /** The service name, for `SERVICE` patterns of the outage file. */
  service?: string;
}

/** Whether `word` is a severity HPOM knows, spelled as HPOM spells it. */
export function isSeverity(word: string): word is MessageSeverity {
  return (VALUE_SETS.severity as readonly string[]).includes(word);
}

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** Whether `text` is a dotted IPv4 address without leading zeros. */
export function isIpv4(text: string): boolean {
  return IPV4.test(text);
}
