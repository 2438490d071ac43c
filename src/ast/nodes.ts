/**
 * The abstract syntax tree: a small tree of our own, one discriminated union
 * member per construct of docs/language.md#grammar. Every node has a `range` of source offsets;
 * literals keep both the text as written (`raw`) and what it means.
 *
 * Comments are attached to *clauses* (the nodes printed on a line of their own):
 * own-line comments before a clause in `leadingComments`, comments at the end of
 * one of its lines in `trailingComments`; comments after the last clause are in
 * the file's `danglingComments`.
 */
import type { ValueKind, ValueOf } from "../lexer/keywords.js";

/** Half-open range of 0-based source offsets `[start, end)`. */
export interface OffsetRange {
  start: number;
  end: number;
}

/** A `#` comment, text included from the `#` to the end of its line. */
export interface Comment {
  type: "Comment";
  /** The comment as written, starting with `#`, without the line end. */
  text: string;
  range: OffsetRange;
  /** Whether a blank line separates this comment from what precedes it. */
  blankLineBefore: boolean;
}

/** Fields shared by every clause: the nodes that start a line in the canonical layout. */
export interface ClauseBase {
  range: OffsetRange;
  /** Own-line comments directly before the clause. */
  leadingComments?: Comment[];
  /** Comments at the end of the clause's lines. */
  trailingComments?: Comment[];
  /**
   * Whether a blank line directly precedes the clause's first token (after its
   * leading comments, which carry their own `blankLineBefore`).
   */
  blankLineBefore?: boolean;
}

// ---- literals ----

/** A double-quoted string. */
export interface StringLiteral {
  type: "String";
  /** The text as written, quotes and escapes included. */
  raw: string;
  /** The meant text: quotes removed, `\x` read as `x`. */
  value: string;
  /** False when the closing quote is missing (a syntax error has been reported). */
  terminated: boolean;
  range: OffsetRange;
}

/** A dotted IPv4 address. */
export interface IPv4Literal {
  type: "IPv4";
  raw: string;
  /** The four octets as numbers (not range-checked). */
  octets: [number, number, number, number];
  range: OffsetRange;
}

/** A time of day `H:MM` or `HH:MM`. */
export interface TimeLiteral {
  type: "Time";
  raw: string;
  hour: number;
  minute: number;
  range: OffsetRange;
}

/** A date `month/day/year`; a `*` part is `null` (any). */
export interface DateLiteral {
  type: "Date";
  raw: string;
  month: number | null;
  day: number | null;
  /** The year as written (`98` stays 98); see `yearDigits`. */
  year: number | null;
  /** How many digits the year was written with; `null` for `*`. */
  yearDigits: 2 | 4 | null;
  range: OffsetRange;
}

/** A `$NAME` variable written without quotes. */
export interface VariableLiteral {
  type: "Variable";
  raw: string;
  /** The name without `$`. */
  name: string;
  range: OffsetRange;
}

/**
 * A word in the position of an enumerated value (docs/language.md#enumerated-values). The parser accepts
 * any word there; `value` is the member it spells exactly, or `null`.
 */
export interface ValueWord<K extends ValueKind = ValueKind> {
  type: "Value";
  kind: K;
  raw: string;
  value: ValueOf<K> | null;
  range: OffsetRange;
}

// ---- nodes (docs/language.md#nodes) ----

/** `IP a.b.c.d ["name" | $VAR] [ID "core-id"]`. */
export interface IpNode {
  type: "IpNode";
  address: IPv4Literal;
  name: StringLiteral | VariableLiteral | null;
  /** OMIG extension: the server's core id. */
  id: StringLiteral | null;
  range: OffsetRange;
}

/** `OTHER "name"`: a node with a non-IP identity. */
export interface OtherNode {
  type: "OtherNode";
  name: StringLiteral;
  range: OffsetRange;
}

/** `NODEGROUP "group"` (OVO8+). */
export interface NodeGroupNode {
  type: "NodeGroupNode";
  name: StringLiteral;
  range: OffsetRange;
}

/** A bare `$VARIABLE` as a node (lenient form of `IP 0.0.0.0 "$OPC_PRIMARY_MGR"`). */
export interface VariableNode {
  type: "VariableNode";
  variable: VariableLiteral;
  range: OffsetRange;
}

/** A bare `"name"` without `IP` (accepted so the linter can offer `IP 0.0.0.0 "name"`). */
export interface NameNode {
  type: "NameNode";
  name: StringLiteral;
  range: OffsetRange;
}

/** One node specification. */
export type NodeSpec = IpNode | OtherNode | NodeGroupNode | VariableNode | NameNode;

// ---- shared clauses ----

/** `DESCRIPTION "text"`. */
export interface Description extends ClauseBase {
  type: "Description";
  value: StringLiteral;
}

/** `TIMETEMPLATE "name"` inside a target manager or message operation. */
export interface TimeTemplateRef extends ClauseBase {
  type: "TimeTemplateRef";
  /** The template name; canonical `"$OPC_ALWAYS"` is a string, a bare `$OPC_ALWAYS` a variable. */
  name: StringLiteral | VariableLiteral;
}

// ---- time templates (docs/language.md#time-templates) ----

/** The `TIMETEMPLATES` section. */
export interface TimeTemplatesSection extends ClauseBase {
  type: "TimeTemplates";
  templates: TimeTemplate[];
}

/** `TIMETEMPLATE "name"` with its description, zone and conditions. */
export interface TimeTemplate extends ClauseBase {
  type: "TimeTemplate";
  name: StringLiteral;
  description: Description | null;
  timeZone: TimeZone | null;
  conditions: TimeConditions | null;
}

/** `TIMEZONETYPE Fix|Local TIMEZONEVALUE "zone"`. */
export interface TimeZone extends ClauseBase {
  type: "TimeZone";
  zoneType: ValueWord<"timezone-type">;
  zoneValue: StringLiteral;
}

/** `TIMETMPLCONDS` and its conditions. */
export interface TimeConditions extends ClauseBase {
  type: "TimeConditions";
  conditions: TimeCondition[];
}

/** `TIMETMPLCOND` with its parts in source order (any order is accepted). */
export interface TimeCondition extends ClauseBase {
  type: "TimeCondition";
  parts: TimeConditionPart[];
}

/** `TIMECONDTYPE Match|Suppress|Unmatch`. */
export interface TimeCondType extends ClauseBase {
  type: "TimeCondType";
  value: ValueWord<"condition-type">;
}

/** `TIME FROM hh:mm TO hh:mm`. */
export interface TimeRange extends ClauseBase {
  type: "TimeRange";
  from: TimeLiteral;
  to: TimeLiteral;
}

/** `WEEKDAY ON day`. */
export interface WeekdayOn extends ClauseBase {
  type: "WeekdayOn";
  day: ValueWord<"weekday">;
}

/** `WEEKDAY FROM day TO day`. */
export interface WeekdayRange extends ClauseBase {
  type: "WeekdayRange";
  from: ValueWord<"weekday">;
  to: ValueWord<"weekday">;
}

/** `DATE ON date`. */
export interface DateOn extends ClauseBase {
  type: "DateOn";
  date: DateLiteral;
}

/** `DATE FROM date TO date`. */
export interface DateRange extends ClauseBase {
  type: "DateRange";
  from: DateLiteral;
  to: DateLiteral;
}

/** One part of a `TIMETMPLCOND`. */
export type TimeConditionPart = TimeCondType | TimeRange | WeekdayOn | WeekdayRange | DateOn | DateRange;

// ---- condition status variables (docs/language.md#condition-status-variables) ----

/** The `CONDSTATUSVARS` section of an outage file. */
export interface CondStatusVarsSection extends ClauseBase {
  type: "CondStatusVars";
  variables: CondStatusVarDecl[];
}

/** `CONDSTATUSVAR "name" True|False`. */
export interface CondStatusVarDecl extends ClauseBase {
  type: "CondStatusVarDecl";
  name: StringLiteral;
  value: ValueWord<"boolean">;
}

// ---- responsible managers (docs/language.md#responsible-manager-configuration) ----

/** The `RESPMGRCONFIGS` section. */
export interface RespMgrConfigsSection extends ClauseBase {
  type: "RespMgrConfigs";
  configs: RespMgrConfig[];
}

/** One `RESPMGRCONFIG` block. */
export interface RespMgrConfig extends ClauseBase {
  type: "RespMgrConfig";
  description: Description | null;
  secondaryManagers: SecondaryManagers | null;
  actionAllowManagers: ActionAllowManagers | null;
  /** `MSGTARGETRULES`, or a bare rule tail standing where it should be (see `RuleFragment`). */
  targetRules: TargetRules | RuleFragment | null;
}

/** `SECONDARYMANAGERS` and its entries. */
export interface SecondaryManagers extends ClauseBase {
  type: "SecondaryManagers";
  managers: SecondaryManager[];
}

/** `SECONDARYMANAGER NODE node [DESCRIPTION "…"]`. */
export interface SecondaryManager extends ClauseBase {
  type: "SecondaryManager";
  node: ManagerNode;
  description: Description | null;
}

/** `ACTIONALLOWMANAGERS` and its entries. */
export interface ActionAllowManagers extends ClauseBase {
  type: "ActionAllowManagers";
  managers: ActionAllowManager[];
}

/** `ACTIONALLOWMANAGER NODE node [DESCRIPTION "…"]`. */
export interface ActionAllowManager extends ClauseBase {
  type: "ActionAllowManager";
  node: ManagerNode;
  description: Description | null;
}

/** `NODE node`: the manager of a secondary or action-allowed entry. */
export interface ManagerNode extends ClauseBase {
  type: "ManagerNode";
  node: NodeSpec;
}

// ---- message target rules (docs/language.md#message-target-rules) ----

/** `MSGTARGETRULES` and its rules. */
export interface TargetRules extends ClauseBase {
  type: "TargetRules";
  rules: (TargetRule | RuleFragment)[];
}

/** `MSGTARGETRULE` with description, conditions and outcome. */
export interface TargetRule extends ClauseBase {
  type: "TargetRule";
  description: Description | null;
  conditions: RuleConditions;
  outcome: RuleOutcome;
}

/**
 * `MSGTARGETRULECONDS … MSGTARGETMANAGERS …` where a rule should start: the bare
 * rule tail HP's server-pooling guide tells readers to append to `allnodes`.
 * It is a syntax error (the parser reports it); the node keeps it printable.
 */
export interface RuleFragment extends ClauseBase {
  type: "RuleFragment";
  conditions: RuleConditions;
  outcome: RuleOutcome;
}

/** What a rule does with the messages it matches. */
export type RuleOutcome = TargetManagers | MessageOperations;

/** `MSGTARGETRULECONDS` and its conditions (empty: every message). */
export interface RuleConditions extends ClauseBase {
  type: "RuleConditions";
  conditions: RuleCondition[];
}

/** `MSGTARGETRULECOND` with its attributes (all must match). */
export interface RuleCondition extends ClauseBase {
  type: "RuleCondition";
  description: Description | null;
  attributes: ConditionAttribute[];
}

/** `SEVERITY value`. */
export interface SeverityAttribute extends ClauseBase {
  type: "SeverityAttribute";
  value: ValueWord<"severity">;
}

/** `NODE node [node …]`: the message's node is any of these. */
export interface NodeAttribute extends ClauseBase {
  type: "NodeAttribute";
  nodes: NodeSpec[];
}

/** `APPLICATION`, `MSGGRP`, `OBJECT` or `MSGTYPE` with a string. */
export interface StringAttribute extends ClauseBase {
  type: "StringAttribute";
  keyword: "APPLICATION" | "MSGGRP" | "OBJECT" | "MSGTYPE";
  value: StringLiteral;
}

/** `TEXT`, `SERVICE` or `SERVICE_NAME` with a pattern and its OMIG options. */
export interface PatternAttribute extends ClauseBase {
  type: "PatternAttribute";
  keyword: "TEXT" | "SERVICE" | "SERVICE_NAME";
  pattern: StringLiteral;
  separators: StringLiteral | null;
  icase: boolean;
}

/** `MSGCONDTYPE Match|Suppress|Unmatch`. */
export interface MsgCondTypeAttribute extends ClauseBase {
  type: "MsgCondTypeAttribute";
  value: ValueWord<"condition-type">;
}

/** `CONDSTATUSVAR "name"` in a condition (outage file). */
export interface CondStatusVarAttribute extends ClauseBase {
  type: "CondStatusVarAttribute";
  name: StringLiteral;
}

/** One attribute of a `MSGTARGETRULECOND`. */
export type ConditionAttribute =
  SeverityAttribute | NodeAttribute | StringAttribute | PatternAttribute | MsgCondTypeAttribute | CondStatusVarAttribute;

// ---- target managers (docs/language.md#target-managers) ----

/** `MSGTARGETMANAGERS`, its managers and an optional `ACKNONLOCALMGR`. */
export interface TargetManagers extends ClauseBase {
  type: "TargetManagers";
  managers: TargetManager[];
  ackNonLocal: AckNonLocalMgr | null;
}

/** `MSGTARGETMANAGER TIMETEMPLATE … OPCMGR … [MSGCONTROLLINGMGR|NOTIFYMGR]`. */
export interface TargetManager extends ClauseBase {
  type: "TargetManager";
  timeTemplate: TimeTemplateRef;
  manager: OpcMgr;
  attribute: TargetAttribute | null;
}

/** `OPCMGR node`. */
export interface OpcMgr extends ClauseBase {
  type: "OpcMgr";
  node: NodeSpec;
}

/** `MSGCONTROLLINGMGR` or `NOTIFYMGR` after a target manager. */
export interface TargetAttribute extends ClauseBase {
  type: "TargetAttribute";
  keyword: "MSGCONTROLLINGMGR" | "NOTIFYMGR";
}

/** `ACKNONLOCALMGR` after the managers of a rule. */
export interface AckNonLocalMgr extends ClauseBase {
  type: "AckNonLocalMgr";
}

// ---- message operations (docs/language.md#message-operations) ----

/** `MSGOPERATIONS` and its operations (outage file). */
export interface MessageOperations extends ClauseBase {
  type: "MessageOperations";
  operations: MessageOperation[];
}

/** `MSGOPERATION [TIMETEMPLATE …] operation`. */
export interface MessageOperation extends ClauseBase {
  type: "MessageOperation";
  timeTemplate: TimeTemplateRef | null;
  operation: Operation;
}

/** `SUPPRESS`, `LOGONLY` or `INSERVICE`. */
export interface SimpleOperation {
  type: "SimpleOperation";
  keyword: "SUPPRESS" | "LOGONLY" | "INSERVICE";
  range: OffsetRange;
}

/** `TROUBLETICKET True|False` or `NOTIFICATION True|False`. */
export interface SwitchOperation {
  type: "SwitchOperation";
  keyword: "TROUBLETICKET" | "NOTIFICATION";
  value: ValueWord<"boolean">;
  range: OffsetRange;
}

/** The operation of a `MSGOPERATION`. */
export type Operation = SimpleOperation | SwitchOperation;

// ---- file (docs/language.md#sections) ----

/** A whole flexible-management file: the root of the tree. */
export interface ConfigFile {
  type: "ConfigFile";
  timeTemplates: TimeTemplatesSection | null;
  condStatusVars: CondStatusVarsSection | null;
  respMgrConfigs: RespMgrConfigsSection | null;
  /** Comments after the last clause (or in a file without clauses). */
  danglingComments: Comment[];
  range: OffsetRange;
}

/** Every clause type: the nodes that can carry comments. */
export type Clause =
  | TimeTemplatesSection
  | TimeTemplate
  | Description
  | TimeZone
  | TimeConditions
  | TimeCondition
  | TimeConditionPart
  | CondStatusVarsSection
  | CondStatusVarDecl
  | RespMgrConfigsSection
  | RespMgrConfig
  | SecondaryManagers
  | SecondaryManager
  | ActionAllowManagers
  | ActionAllowManager
  | ManagerNode
  | TargetRules
  | TargetRule
  | RuleFragment
  | RuleConditions
  | RuleCondition
  | ConditionAttribute
  | TargetManagers
  | TargetManager
  | TimeTemplateRef
  | OpcMgr
  | TargetAttribute
  | AckNonLocalMgr
  | MessageOperations
  | MessageOperation;

/** Every literal type. */
export type Literal = StringLiteral | IPv4Literal | TimeLiteral | DateLiteral | VariableLiteral | ValueWord;

/** Every node of the tree. */
export type AstNode = ConfigFile | Clause | NodeSpec | Operation | Literal;
