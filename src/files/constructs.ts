/**
 * docs/language.md#what-each-kind-may-contain as data: which constructs each kind of file requires (R), allows (A),
 * accepts but ignores (W) or rejects (E). The rules that judge a construct by
 * the file kind read their verdicts here — construct-not-allowed the E cells,
 * construct-ignored the W cells, missing-manager-lists the R cells of the
 * manager lists, condtype-dialect the condition-type rows — so the table exists
 * once. (RESPMGRCONFIGS is required everywhere; missing-respmgrconfigs needs no
 * kind.)
 */
import type { AstNode } from "../ast/nodes.js";
import { isAgentKind, type FlexibleKind } from "./file-kind.js";

/** R required, A allowed, W allowed but without effect, E not allowed. */
export type Permission = "R" | "A" | "W" | "E";

/** The columns of the table: the agent kinds (`allnodes`, node file, `mgrconf`) share one. */
export type KindClass = "agent" | "msgforw" | "escmgr" | "outage";

/** One row of the table. */
export interface Construct {
  readonly permissions: Readonly<Record<KindClass, Permission>>;
  /** Why the construct is rejected (E) or has no effect (W), for messages. */
  readonly why?: Readonly<Partial<Record<"W" | "E", string>>>;
  /** The rule that reports a W or E cell, where the catalogue gives the case a rule of its own. */
  readonly reportedBy?: Readonly<Partial<Record<KindClass, string>>>;
}

function row(agent: Permission, msgforw: Permission, escmgr: Permission, outage: Permission): Construct["permissions"] {
  return { agent, msgforw, escmgr, outage };
}

const SERVER_FILES_ONLY =
  "these are message-forwarding settings of a management server (msgforw); an agent sends each message to one manager";

const ROWS = {
  // An HPOM for Windows server-based policy has none (omw-no-timetemplates).
  timeTemplates: { permissions: row("A", "A", "A", "A") },
  timeZone: {
    permissions: row("W", "W", "W", "A"),
    why: { W: "only the outage file compares its time templates with a time zone; elsewhere they are evaluated in local time" },
  },
  condStatusVars: {
    permissions: row("E", "E", "E", "A"),
    why: { E: "condition status variables exist only in the outage file" },
  },
  respMgrConfigs: { permissions: row("R", "R", "R", "R") },
  /** The SECONDARYMANAGERS and ACTIONALLOWMANAGERS keywords. */
  managerLists: {
    permissions: row("R", "A", "A", "E"),
    why: { E: "the outage file has no responsible managers, only MSGTARGETRULES" },
  },
  /**
   * Entries under the manager lists (docs/language.md#manager-lists-in-msgforw: on a
   * server they have no function). In the outage file the list around them is reported.
   */
  managerEntries: {
    permissions: row("A", "W", "W", "E"),
    why: { W: "on a management server the manager lists have no function and are left empty" },
  },
  // Practically required in msgforw and escmgr; no rule reports its absence.
  targetRules: { permissions: row("A", "A", "A", "R") },
  targetManagers: {
    permissions: row("A", "A", "A", "E"),
    why: { E: "outage rules end in MSGOPERATIONS; they do not send messages anywhere" },
  },
  messageOperations: {
    permissions: row("E", "E", "E", "A"),
    why: { E: "message operations exist only in the outage file; a rule here ends in MSGTARGETMANAGERS" },
  },
  /** MSGCONTROLLINGMGR / NOTIFYMGR after a target manager; in the outage file MSGTARGETMANAGERS around it is reported. */
  targetAttribute: {
    permissions: row("W", "A", "E", "E"),
    why: { W: SERVER_FILES_ONLY },
    reportedBy: { escmgr: "escmgr-single-target" },
  },
  ackNonLocal: {
    permissions: row("W", "A", "E", "E"),
    why: { W: SERVER_FILES_ONLY },
    reportedBy: { escmgr: "escmgr-single-target" },
  },
  /** Condition attributes SEVERITY, NODE, APPLICATION, MSGGRP, OBJECT, MSGTYPE, MSGCONDTYPE. */
  condition: { permissions: row("A", "A", "A", "A") },
  /** Condition attributes TEXT and SERVICE (and the undocumented SERVICE_NAME). */
  pattern: {
    permissions: row("W", "W", "W", "A"),
    why: { W: "HPOM matches TEXT and SERVICE patterns only in the outage file, so this attribute is not checked" },
  },
  condStatusVar: {
    permissions: row("E", "E", "E", "A"),
    why: { E: "condition status variables exist only in the outage file" },
  },
  /** NODEGROUP as a node of a NODE condition (as a manager it is invalid-manager-node's case). */
  nodeGroup: {
    permissions: row("E", "A", "A", "A"),
    why: { E: "node groups exist only on the management server, so an agent cannot resolve them; list the nodes with IP" },
  },
  primaryManager: {
    permissions: row("A", "W", "W", "W"),
    reportedBy: { msgforw: "primary-mgr-in-server-file", escmgr: "primary-mgr-in-server-file", outage: "primary-mgr-in-server-file" },
  },
  /** The value Unmatch of TIMECONDTYPE or MSGCONDTYPE. */
  unmatch: {
    permissions: row("W", "W", "W", "A"),
    reportedBy: { agent: "condtype-dialect", msgforw: "condtype-dialect", escmgr: "condtype-dialect" },
  },
  /** The value Suppress of TIMECONDTYPE or MSGCONDTYPE. */
  suppress: { permissions: row("A", "A", "A", "W"), reportedBy: { outage: "condtype-dialect" } },
} as const satisfies Record<string, Construct>;

/** The name of one row of the table. */
export type ConstructId = keyof typeof ROWS;

/** The rows of the table, by construct. */
export const CONSTRUCTS: Readonly<Record<ConstructId, Construct>> = ROWS;

/** The table's column of a file kind. */
export function kindClass(kind: FlexibleKind): KindClass {
  return isAgentKind(kind) ? "agent" : kind;
}

/** The table's verdict on a construct in a kind of file. */
export function permission(construct: ConstructId, kind: FlexibleKind): Permission {
  return CONSTRUCTS[construct].permissions[kindClass(kind)];
}

/** The alias of the rule that reports this W or E cell when it is not construct-ignored / construct-not-allowed. */
export function reportedBy(construct: ConstructId, kind: FlexibleKind): string | undefined {
  return CONSTRUCTS[construct].reportedBy?.[kindClass(kind)];
}

/**
 * The row each node stands for, for the nodes the table judges by their type
 * alone. A NODEGROUP node is judged where it stands (only in a NODE condition),
 * and the condition-type values by their value.
 */
const NODE_CONSTRUCTS: Readonly<Partial<Record<AstNode["type"], ConstructId>>> = {
  TimeTemplates: "timeTemplates",
  TimeZone: "timeZone",
  CondStatusVars: "condStatusVars",
  RespMgrConfigs: "respMgrConfigs",
  SecondaryManagers: "managerLists",
  ActionAllowManagers: "managerLists",
  SecondaryManager: "managerEntries",
  ActionAllowManager: "managerEntries",
  TargetRules: "targetRules",
  TargetManagers: "targetManagers",
  MessageOperations: "messageOperations",
  TargetAttribute: "targetAttribute",
  AckNonLocalMgr: "ackNonLocal",
  SeverityAttribute: "condition",
  NodeAttribute: "condition",
  StringAttribute: "condition",
  MsgCondTypeAttribute: "condition",
  PatternAttribute: "pattern",
  CondStatusVarAttribute: "condStatusVar",
};

/** The node types `constructOf` knows. */
export const JUDGED_NODE_TYPES = Object.keys(NODE_CONSTRUCTS) as readonly AstNode["type"][];

/** The row of the table a node stands for, or undefined for a node the table does not judge by its type. */
export function constructOf(node: AstNode): ConstructId | undefined {
  return NODE_CONSTRUCTS[node.type];
}
