/**
 * What hover shows for a keyword: the grammar production that introduces it and
 * its section of docs/language.md, copied from there (test/lsp/keyword-docs.test.ts
 * keeps the two in step). A table in the source, since the package ships without docs/.
 */
import type { Keyword } from "../lexer/keywords.js";

/** One production of docs/language.md#grammar. */
export interface ProductionDoc {
  /** The heading of its section in docs/language.md. */
  section: string;
  /** The section's anchor in docs/language.md. */
  anchor: string;
  /** The EBNF text, as printed in docs/language.md. */
  ebnf: string;
}

/** The productions that introduce keywords, by name. */
export const PRODUCTIONS: Readonly<Record<string, ProductionDoc>> = {
  "time-templates": {
    section: "Time templates",
    anchor: "time-templates",
    ebnf: 'time-templates     = "TIMETEMPLATES" { time-template } ;',
  },
  "time-template": {
    section: "Time templates",
    anchor: "time-templates",
    ebnf: 'time-template      = "TIMETEMPLATE" <STRING> [ description ] [ time-zone ] [ time-conditions ] ;',
  },
  description: { section: "Time templates", anchor: "time-templates", ebnf: 'description        = "DESCRIPTION" <STRING> ;' },
  "time-zone": {
    section: "Time templates",
    anchor: "time-templates",
    ebnf: 'time-zone          = "TIMEZONETYPE" timezone-type "TIMEZONEVALUE" <STRING> ;',
  },
  "time-conditions": {
    section: "Time templates",
    anchor: "time-templates",
    ebnf: 'time-conditions    = "TIMETMPLCONDS" { time-condition } ;',
  },
  "time-condition": {
    section: "Time templates",
    anchor: "time-templates",
    ebnf: 'time-condition     = "TIMETMPLCOND" { time-condition-part } ;',
  },
  "time-condition-part": {
    section: "Time templates",
    anchor: "time-templates",
    ebnf: 'time-condition-part\n                   = "TIMECONDTYPE" condition-type\n                   | "TIME" "FROM" <TIME> "TO" <TIME>\n                   | "WEEKDAY" ( "ON" weekday | "FROM" weekday "TO" weekday )\n                   | "DATE" ( "ON" <DATE> | "FROM" <DATE> "TO" <DATE> ) ;',
  },
  "cond-status-vars": {
    section: "Condition status variables",
    anchor: "condition-status-variables",
    ebnf: 'cond-status-vars   = "CONDSTATUSVARS" { cond-status-var } ;',
  },
  "cond-status-var": {
    section: "Condition status variables",
    anchor: "condition-status-variables",
    ebnf: 'cond-status-var    = "CONDSTATUSVAR" <STRING> boolean ;',
  },
  "resp-mgr-configs": {
    section: "Responsible manager configuration",
    anchor: "responsible-manager-configuration",
    ebnf: 'resp-mgr-configs   = "RESPMGRCONFIGS" { resp-mgr-config } ;',
  },
  "resp-mgr-config": {
    section: "Responsible manager configuration",
    anchor: "responsible-manager-configuration",
    ebnf: 'resp-mgr-config    = "RESPMGRCONFIG" [ description ] [ secondary-managers ]\n                     [ action-allow-managers ] [ target-rules | rule-fragment ] ;',
  },
  "secondary-managers": {
    section: "Responsible manager configuration",
    anchor: "responsible-manager-configuration",
    ebnf: 'secondary-managers = "SECONDARYMANAGERS" { secondary-manager } ;',
  },
  "secondary-manager": {
    section: "Responsible manager configuration",
    anchor: "responsible-manager-configuration",
    ebnf: 'secondary-manager  = "SECONDARYMANAGER" manager-node [ description ] ;',
  },
  "action-allow-managers": {
    section: "Responsible manager configuration",
    anchor: "responsible-manager-configuration",
    ebnf: 'action-allow-managers\n                   = "ACTIONALLOWMANAGERS" { action-allow-manager } ;',
  },
  "action-allow-manager": {
    section: "Responsible manager configuration",
    anchor: "responsible-manager-configuration",
    ebnf: 'action-allow-manager\n                   = "ACTIONALLOWMANAGER" manager-node [ description ] ;',
  },
  "manager-node": {
    section: "Responsible manager configuration",
    anchor: "responsible-manager-configuration",
    ebnf: 'manager-node       = "NODE" node-spec ;',
  },
  "node-spec": {
    section: "Nodes",
    anchor: "nodes",
    ebnf: 'node-spec          = "IP" <IPV4> [ <STRING> | <VARIABLE> ] [ "ID" <STRING> ]\n                   | "OTHER" <STRING>\n                   | "NODEGROUP" <STRING>\n                   | <VARIABLE>                                (* lenient: HP2041 *)\n                   | <STRING> ;                                (* lenient: HP2024 *)',
  },
  "target-rules": {
    section: "Message target rules",
    anchor: "message-target-rules",
    ebnf: 'target-rules       = "MSGTARGETRULES" { target-rule | rule-fragment } ;',
  },
  "target-rule": {
    section: "Message target rules",
    anchor: "message-target-rules",
    ebnf: 'target-rule        = "MSGTARGETRULE" [ description ] rule-conditions rule-outcome ;',
  },
  "rule-conditions": {
    section: "Message target rules",
    anchor: "message-target-rules",
    ebnf: 'rule-conditions    = "MSGTARGETRULECONDS" { rule-condition } ;',
  },
  "rule-condition": {
    section: "Message target rules",
    anchor: "message-target-rules",
    ebnf: 'rule-condition     = "MSGTARGETRULECOND" [ description ] { condition-attribute } ;',
  },
  "condition-attribute": {
    section: "Message target rules",
    anchor: "message-target-rules",
    ebnf: 'condition-attribute\n                   = "SEVERITY" severity\n                   | "NODE" node-spec { node-spec }\n                   | ( "APPLICATION" | "MSGGRP" | "OBJECT" | "MSGTYPE" ) <STRING>\n                   | ( "TEXT" | "SERVICE" | "SERVICE_NAME" ) <STRING>\n                     [ "SEPARATORS" <STRING> ] [ "ICASE" ]\n                   | "MSGCONDTYPE" condition-type\n                   | "CONDSTATUSVAR" <STRING> ;',
  },
  "target-managers": {
    section: "Target managers",
    anchor: "target-managers",
    ebnf: 'target-managers    = "MSGTARGETMANAGERS" { target-manager } [ "ACKNONLOCALMGR" ] ;',
  },
  "target-manager": {
    section: "Target managers",
    anchor: "target-managers",
    ebnf: 'target-manager     = "MSGTARGETMANAGER" time-template-ref opc-mgr\n                     [ "MSGCONTROLLINGMGR" | "NOTIFYMGR" ] ;',
  },
  "opc-mgr": { section: "Target managers", anchor: "target-managers", ebnf: 'opc-mgr            = "OPCMGR" node-spec ;' },
  "message-operations": {
    section: "Message operations",
    anchor: "message-operations",
    ebnf: 'message-operations = "MSGOPERATIONS" { message-operation } ;',
  },
  "message-operation": {
    section: "Message operations",
    anchor: "message-operations",
    ebnf: 'message-operation  = "MSGOPERATION" [ time-template-ref ] operation ;',
  },
  operation: {
    section: "Message operations",
    anchor: "message-operations",
    ebnf: 'operation          = "SUPPRESS" | "LOGONLY" | "INSERVICE"\n                   | ( "TROUBLETICKET" | "NOTIFICATION" ) boolean ;',
  },
};

/** The production that introduces each keyword. */
export const KEYWORD_PRODUCTION: Readonly<Record<Keyword, string>> = {
  TIMETEMPLATES: "time-templates",
  TIMETEMPLATE: "time-template",
  DESCRIPTION: "description",
  TIMEZONETYPE: "time-zone",
  TIMEZONEVALUE: "time-zone",
  TIMETMPLCONDS: "time-conditions",
  TIMETMPLCOND: "time-condition",
  TIMECONDTYPE: "time-condition-part",
  TIME: "time-condition-part",
  WEEKDAY: "time-condition-part",
  DATE: "time-condition-part",
  FROM: "time-condition-part",
  TO: "time-condition-part",
  ON: "time-condition-part",
  CONDSTATUSVARS: "cond-status-vars",
  CONDSTATUSVAR: "cond-status-var",
  RESPMGRCONFIGS: "resp-mgr-configs",
  RESPMGRCONFIG: "resp-mgr-config",
  SECONDARYMANAGERS: "secondary-managers",
  SECONDARYMANAGER: "secondary-manager",
  ACTIONALLOWMANAGERS: "action-allow-managers",
  ACTIONALLOWMANAGER: "action-allow-manager",
  NODE: "manager-node",
  IP: "node-spec",
  OTHER: "node-spec",
  MSGTARGETRULES: "target-rules",
  MSGTARGETRULE: "target-rule",
  MSGTARGETRULECONDS: "rule-conditions",
  MSGTARGETRULECOND: "rule-condition",
  SEVERITY: "condition-attribute",
  APPLICATION: "condition-attribute",
  MSGGRP: "condition-attribute",
  OBJECT: "condition-attribute",
  MSGTYPE: "condition-attribute",
  TEXT: "condition-attribute",
  SERVICE: "condition-attribute",
  MSGCONDTYPE: "condition-attribute",
  MSGTARGETMANAGERS: "target-managers",
  MSGTARGETMANAGER: "target-manager",
  OPCMGR: "opc-mgr",
  MSGCONTROLLINGMGR: "target-manager",
  NOTIFYMGR: "target-manager",
  ACKNONLOCALMGR: "target-managers",
  MSGOPERATIONS: "message-operations",
  MSGOPERATION: "message-operation",
  SUPPRESS: "operation",
  LOGONLY: "operation",
  INSERVICE: "operation",
  TROUBLETICKET: "operation",
  NOTIFICATION: "operation",
  NODEGROUP: "node-spec",
  ID: "node-spec",
  SEPARATORS: "condition-attribute",
  ICASE: "condition-attribute",
  SERVICE_NAME: "condition-attribute",
};
