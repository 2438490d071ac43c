/**
 * Nodes built rather than parsed, for the generator and for fixes: they have
 * no source, so every range is empty at offset 0 (the printer reads ranges only
 * to put comments on the right line, and built nodes have none).
 */
import { quoteString, stringLiteral } from "./literals.js";
import type { ActionAllowManagers, Description, IpNode, OffsetRange, SecondaryManagers, TargetAttribute, TimeCondType } from "./nodes.js";

/** An empty range at offset 0: a fresh one each time, so no two nodes share one. */
export function noRange(): OffsetRange {
  return { start: 0, end: 0 };
}

/** `IP 0.0.0.0 "<name>"`: a node resolved by name, as HP recommends for every server. */
export function nodeByName(name: string): IpNode {
  return {
    type: "IpNode",
    address: { type: "IPv4", raw: "0.0.0.0", octets: [0, 0, 0, 0], range: noRange() },
    name: stringLiteral(quoteString(name), noRange()),
    id: null,
    range: noRange(),
  };
}

/** `DESCRIPTION "<text>"`. */
export function description(text: string): Description {
  return { type: "Description", value: stringLiteral(quoteString(text), noRange()), range: noRange() };
}

/** `TIMECONDTYPE Match`. */
export function matchCondType(): TimeCondType {
  return {
    type: "TimeCondType",
    value: { type: "Value", kind: "condition-type", raw: "Match", value: "Match", range: noRange() },
    range: noRange(),
  };
}

/** A target manager's attribute, `MSGCONTROLLINGMGR` or `NOTIFYMGR`. */
export function targetAttribute(keyword: TargetAttribute["keyword"]): TargetAttribute {
  return { type: "TargetAttribute", keyword, range: noRange() };
}

/** An empty `SECONDARYMANAGERS` or `ACTIONALLOWMANAGERS` list. */
export function emptyManagerList(type: (SecondaryManagers | ActionAllowManagers)["type"]): SecondaryManagers | ActionAllowManagers {
  return type === "SecondaryManagers" ? { type, managers: [], range: noRange() } : { type, managers: [], range: noRange() };
}
