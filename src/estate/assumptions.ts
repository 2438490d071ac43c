/**
 * The assumptions a route may rest on: each is a point where HP's documents are
 * silent (docs/language.md#routing-a-message) and names the option that
 * switches it, where there is one.
 */

/** Why a route took a step HP does not document. */
export type AssumptionId =
  | "agent-unmatched-primary"
  | "agent-unmatched-none"
  | "agent-first-active-target"
  | "agent-no-active-target"
  | "agent-files-differ"
  | "no-agent-file"
  | "primary-from-file-server"
  | "forwarded-again"
  | "forwarded-once"
  | "server-clock"
  | "pattern-outside-outage"
  | "pattern-unsupported"
  | "nodegroup"
  | "empty-template"
  | "undefined-template"
  | "outage-zone"
  | "held-not-forwarded"
  | "escalation-not-followed"
  | "once-per-server";

/** An assumption a route applied, in words. */
export interface Assumption {
  id: AssumptionId;
  text: string;
}

const TEXTS: Readonly<Record<AssumptionId, string>> = {
  "agent-unmatched-primary":
    "No rule of the agent file matches: the agent sends the message to its primary manager (HP does not say; --unmatched none drops it).",
  "agent-unmatched-none":
    "No rule of the agent file matches: the message goes nowhere (--unmatched none; the default sends it to the primary manager).",
  "agent-first-active-target":
    "Several targets of the agent's rule are active: the agent sends to the first (HP: one manager only; which one is not documented).",
  "agent-no-active-target":
    "The agent's rule matches but none of its targets' time templates is true: HP does not say what the agent does; the route ends there.",
  "agent-files-differ":
    "Servers hold different agent files for this node: the first server's file is used (HP requires the same files on every pool member).",
  "no-agent-file": "No server holds an agent file for this node: the agent sends to its primary manager (as without mgrconf).",
  "primary-from-file-server":
    "$OPC_PRIMARY_MGR is the server that holds the agent file: no pool or bbc_inst_defaults names the primary manager.",
  "forwarded-again":
    "A server forwards a message it received from another server by its own msgforw (HP does not say; --forwarded once stops there).",
  "forwarded-once": "A message received from another server is not forwarded again (--forwarded once; the default forwards it again).",
  "server-clock": "A server evaluates msgforw and escmgr time templates in its own local time (--server-tz; default the zone of --at).",
  "pattern-outside-outage": "TEXT and SERVICE are documented for the outage file only: elsewhere they are not tested.",
  "pattern-unsupported": "A TEXT or SERVICE pattern uses a construct hpom-lint does not evaluate: the condition is taken as not satisfied.",
  nodegroup: "Node groups are not in the files: a NODEGROUP condition is taken as not satisfied.",
  "empty-template": "A time template without conditions is taken as never true (HP does not say).",
  "undefined-template": "A time template that the file does not define is taken as never true.",
  "outage-zone": "A TIMEZONEVALUE that is neither a time-zone name nor GMT±hh:mm is read as UTC.",
  "held-not-forwarded": "A message the outage file suppresses, logs only or holds back is not forwarded from that server.",
  "escalation-not-followed":
    "Escalation is an operator's action: the route shows where the message may be escalated but does not follow it.",
  "once-per-server":
    "A server takes each message once: a copy that arrives again (a loop, or hot synchronisation back to the sender) goes no further.",
};

/** Collects the assumptions of one route, each once, in the order first applied. */
export class Assumptions {
  private readonly seen = new Map<AssumptionId, Assumption>();

  /** Records that `id` was applied; returns it, for the step that applied it. */
  apply(id: AssumptionId): AssumptionId {
    if (!this.seen.has(id)) this.seen.set(id, { id, text: TEXTS[id] });
    return id;
  }

  /** Every assumption applied so far. */
  list(): Assumption[] {
    return [...this.seen.values()];
  }
}
