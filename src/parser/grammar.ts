/**
 * The grammar of docs/language.md#grammar as a Chevrotain EmbeddedActionsParser that builds the
 * AST directly (no CST: a prototype found this 25–45 % faster and lighter).
 * Rule names follow that grammar's productions; deviations are marked
 * "Spec deviation" with the reason.
 *
 * Recovery has three layers, so that one mistake costs one diagnostic and the
 * rest of the file is still checked:
 * 1. Chevrotain's own: single-token insertion/deletion, re-sync on failure,
 *    tuned in `tuned-parser.ts`.
 * 2. `strayOperand` in every clause list: a word or literal where a clause
 *    should start is reported once and skipped, staying inside the block.
 * 3. `parseFile` (`file-driver.ts`): a clause left outside its block is reported,
 *    parsed on its own (so errors inside it are still found), and a misplaced
 *    section is kept when the file has none of that kind.
 * The grammar files in `grammar/` leave out layer 2: it is not the language.
 * Messages are worded in `wording.ts`.
 */
import { EOF, type IOrAlt, type IToken } from "chevrotain";
import { CommentAttacher } from "../ast/comments.js";
import type {
  AckNonLocalMgr,
  ClauseBase,
  ActionAllowManager,
  ActionAllowManagers,
  CondStatusVarDecl,
  CondStatusVarsSection,
  ConditionAttribute,
  ConfigFile,
  Description,
  ManagerNode,
  MessageOperation,
  MessageOperations,
  NodeSpec,
  OffsetRange,
  OpcMgr,
  Operation,
  RespMgrConfig,
  RespMgrConfigsSection,
  RuleCondition,
  RuleConditions,
  RuleFragment,
  RuleOutcome,
  SecondaryManager,
  SecondaryManagers,
  TargetAttribute,
  TargetManager,
  TargetManagers,
  TargetRule,
  TargetRules,
  TimeCondition,
  TimeConditionPart,
  TimeConditions,
  TimeTemplate,
  TimeTemplateRef,
  TimeTemplatesSection,
  TimeZone,
  ValueWord,
} from "../ast/nodes.js";
import { dateFrom, ipv4From, stringFrom, timeFrom, tokenRange, valueFrom, variableFrom } from "../ast/literals.js";
import { KEYWORDS, type ValueKind } from "../lexer/keywords.js";
import { DateLit, InvalidLit, IPv4Lit, KEYWORD_TOKENS as K, Operand, StringLit, TimeLit, VariableLit, Word } from "../lexer/tokens.js";
import { tokenEnd, type CommentToken } from "../lexer/scanner.js";
import type { TokenStream } from "../lexer/token-stream.js";
import { closest, typoBudget } from "../util/did-you-mean.js";
import { listOf, type SyntaxIssue } from "./issues.js";
import { describeToken } from "./messages.js";
import { TunedParser, type TunedParserOptions } from "./tuned-parser.js";
import {
  FRAGMENT_ALONE,
  FRAGMENT_BEFORE_LIST,
  FRAGMENT_IN_LIST,
  IN_ACTIONALLOWMANAGER,
  IN_ACTIONALLOWMANAGERS,
  IN_CONDSTATUSVARS,
  IN_MSGOPERATIONS,
  IN_MSGTARGETMANAGER,
  IN_MSGTARGETMANAGERS,
  IN_MSGTARGETRULE,
  IN_MSGTARGETRULECOND,
  IN_MSGTARGETRULECONDS,
  IN_MSGTARGETRULES,
  IN_RESPMGRCONFIG,
  IN_RESPMGRCONFIGS,
  IN_SECONDARYMANAGER,
  IN_SECONDARYMANAGERS,
  IN_TIMETEMPLATE,
  IN_TIMETEMPLATES,
  IN_TIMETMPLCOND,
  IN_TIMETMPLCONDS,
  MISSING_TARGET_RULE,
  unexpectedIn,
  unknownKeyword,
  unknownOperation,
  unquotedName,
  wrongCase,
  type ListContext,
} from "./wording.js";

/** Operations whose keyword stands alone, for reading prose spellings such as `Log-only`. */
const SIMPLE_OPERATIONS = ["SUPPRESS", "LOGONLY", "INSERVICE"] as const;

/** The cached alternatives of the grammar's `OR`s, by the construct they choose. */
interface Alternatives {
  timeTemplates?: IOrAlt<TimeTemplate | undefined>[];
  timeConditions?: IOrAlt<TimeCondition | undefined>[];
  timeConditionParts?: IOrAlt<TimeConditionPart | undefined>[];
  timeConditionPart?: IOrAlt<TimeConditionPart | undefined>[];
  condStatusVars?: IOrAlt<CondStatusVarDecl | undefined>[];
  respMgrConfigs?: IOrAlt<RespMgrConfig | undefined>[];
  rulesOrFragment?: IOrAlt<TargetRules | RuleFragment | undefined>[];
  secondaryManagers?: IOrAlt<SecondaryManager | undefined>[];
  actionAllowManagers?: IOrAlt<ActionAllowManager | undefined>[];
  nodeSpec?: IOrAlt<NodeSpec | undefined>[];
  ipName?: IOrAlt<IToken>[];
  targetRules?: IOrAlt<TargetRule | RuleFragment | undefined>[];
  ruleConditions?: IOrAlt<RuleCondition | undefined>[];
  conditionAttributes?: IOrAlt<ConditionAttribute | undefined>[];
  conditionAttribute?: IOrAlt<ConditionAttribute | undefined>[];
  stringAttribute?: IOrAlt<IToken>[];
  patternAttribute?: IOrAlt<IToken>[];
  ruleOutcome?: IOrAlt<RuleOutcome | undefined>[];
  targetManagers?: IOrAlt<TargetManager | undefined>[];
  targetAttribute?: IOrAlt<IToken>[];
  timeRefName?: IOrAlt<IToken>[];
  messageOperations?: IOrAlt<MessageOperation | undefined>[];
  operation?: IOrAlt<Operation | undefined>[];
  simpleOperation?: IOrAlt<IToken>[];
  switchOperation?: IOrAlt<IToken>[];
  conditionType?: IOrAlt<IToken>[];
}

const undefinedOnFailure = { recoveryValueFunc: () => undefined };

/** What the rule-fragment fix puts before a bare rule tail inside MSGTARGETRULES, and directly in a RESPMGRCONFIG. */
const WRAP_IN_RULE = 'MSGTARGETRULE DESCRIPTION "" ';
const WRAP_IN_RULES = `MSGTARGETRULES ${WRAP_IN_RULE}`;

/** The grammar's rules and their actions; `file-driver.ts` runs them over a whole file. */
export class FlexibleManagementGrammar extends TunedParser {
  /** Source text of the current parse, for blank-line detection; released afterwards. */
  text = "";
  /** Problems found by grammar actions (values, operations, stray and misplaced clauses). */
  issues: SyntaxIssue[] = [];
  /** Every value word read, so their spelling can be checked after parsing. */
  values: ValueWord[] = [];
  /** Index of the last token reported as stray, so that a run of them is reported once. */
  private lastStrayIndex = -2;
  /** The rule-fragment issue of the last bare rule tail directly in a RESPMGRCONFIG, whose fix may still change. */
  private fragmentIssue: SyntaxIssue | undefined;
  /** Alternatives of each `OR`, built once: Chevrotain's guide on performance asks for this. */
  private readonly alts: Alternatives = {};

  /** Attaches comments to clauses as they are created; null when the file has none. */
  protected comments: CommentAttacher | null = null;

  constructor(options: TunedParserOptions) {
    super(options);
    this.performSelfAnalysis();
  }

  /** Prepares for a new parse of `text` with `tokens` and its `comments`. */
  begin(text: string, tokens: TokenStream, comments: readonly CommentToken[] = [], bodyStart = 0): void {
    this.text = text;
    this.comments = comments.length > 0 ? new CommentAttacher(comments, text, bodyStart) : null;
    this.issues = [];
    this.values = [];
    this.lastStrayIndex = -2;
    this.fragmentIssue = undefined;
    this.setTokens(tokens);
  }

  /** Drops every reference to the last input, so it can be garbage-collected. */
  end(): void {
    this.comments = null;
    this.text = "";
    this.releaseTokens();
    this.values = [];
  }

  // ---- helpers used inside ACTIONs ----

  /** Offset just after the last consumed token. */
  protected lastEnd(): number {
    const tok = this.LA(0);
    return tok.tokenType === EOF || Number.isNaN(tok.startOffset) ? 0 : tokenEnd(tok);
  }

  /** The range from `first` (a clause's keyword) to the last consumed token. */
  private span(first: IToken): OffsetRange {
    const end = this.lastEnd();
    return { start: Number.isNaN(first.startOffset) ? end : first.startOffset, end };
  }

  /**
   * Finishes a clause: marks it when a blank line separates it from whatever
   * precedes it, and gives it its comments.
   */
  private blank<T extends ClauseBase>(node: T): T {
    // Clauses come in some forty shapes, so reading `node.range` is a slow (megamorphic) load: once only.
    const range = node.range;
    this.comments?.claim(node, range);
    const text = this.text;
    let newlines = 0;
    for (let i = range.start - 1; i >= 0; i--) {
      const c = text.charCodeAt(i);
      if (c === 10) newlines++;
      else if (c !== 32 && c !== 9 && c !== 13 && c !== 12 && c !== 11) {
        if (newlines >= 2 && c !== 0xfeff) node.blankLineBefore = true;
        break;
      }
    }
    return node;
  }

  private value<K extends ValueKind>(kind: K, tok: IToken): ValueWord<K> {
    const node = valueFrom(kind, tok, this.lastEnd());
    this.values.push(node);
    return node;
  }

  protected issue(issue: SyntaxIssue): void {
    this.issues.push(issue);
  }

  /**
   * A bare rule tail followed by a MSGTARGETRULES of the same RESPMGRCONFIG
   * (which the parser then reports as misplaced): wrapping the tail in a second
   * MSGTARGETRULES would leave the file broken, so the fix moves that keyword up
   * to open the list with the wrapped rule instead.
   */
  private joinFollowingRules(fragment: RuleFragment): void {
    const next = this.LA(1);
    const issue = this.fragmentIssue;
    if (next.tokenType !== K.MSGTARGETRULES || issue?.start !== fragment.range.start) return;
    const keyword = tokenRange(next, fragment.range.end);
    issue.message = FRAGMENT_BEFORE_LIST;
    issue.fix = {
      start: fragment.range.start,
      end: keyword.end,
      text: WRAP_IN_RULES + this.text.slice(fragment.range.start, keyword.start),
    };
  }

  /**
   * `{ element | stray }`: the clauses of a block, in order. A word or literal
   * where a clause should start is reported and skipped (recovery layer 2).
   * `alternatives` come from `listAlternatives`, cached per block by the caller.
   */
  private clauses<T>(alternatives: IOrAlt<T | undefined>[]): T[] {
    const items: T[] = [];
    this.MANY(() => {
      const item = this.OR(alternatives);
      if (!this.RECORDING_PHASE && item) items.push(item);
    });
    return items;
  }

  /** The alternatives of `clauses`: the block's element rule, or a stray token reported in context `where`. */
  private listAlternatives<T>(element: (...args: never[]) => T | undefined, where: ListContext): IOrAlt<T | undefined>[] {
    return [{ ALT: () => this.SUBRULE(element) }, { ALT: () => this.SUBRULE(this.strayOperand, { ARGS: [where] }) }];
  }

  // ---- file (docs/language.md#sections) ----

  configFile = this.RULE("configFile", (): ConfigFile | undefined => {
    const timeTemplates = this.OPTION(() => this.SUBRULE(this.timeTemplates));
    const condStatusVars = this.OPTION1(() => this.SUBRULE(this.condStatusVars));
    const respMgrConfigs = this.OPTION2(() => this.SUBRULE(this.respMgrConfigs));
    if (this.RECORDING_PHASE) return undefined;
    return {
      type: "ConfigFile",
      timeTemplates: timeTemplates ?? null,
      condStatusVars: condStatusVars ?? null,
      respMgrConfigs: respMgrConfigs ?? null,
      danglingComments: [],
      range: { start: 0, end: this.text.length },
    };
  });

  // ---- shared clauses ----

  /**
   * `where` is the clause the description belongs to. Words and literals after the string are
   * skipped here: in the enclosing list they would end the clause and leave its later parts
   * (a RESPMGRCONFIG's managers, a template's conditions) outside it.
   */
  description = this.RULE(
    "description",
    (where?: ListContext): Description | undefined => {
      const kw = this.CONSUME(K.DESCRIPTION);
      const value = this.CONSUME(StringLit);
      const node = this.RECORDING_PHASE
        ? undefined
        : this.blank<Description>({ type: "Description", value: stringFrom(value, this.lastEnd()), range: this.span(kw) });
      this.MANY(() => this.SUBRULE(this.strayOperand, { ARGS: [where] }));
      return node;
    },
    undefinedOnFailure,
  );

  // ---- time templates (docs/language.md#time-templates) ----

  timeTemplates = this.RULE(
    "timeTemplates",
    (): TimeTemplatesSection | undefined => {
      const kw = this.CONSUME(K.TIMETEMPLATES);
      const templates = this.clauses<TimeTemplate>(
        (this.alts.timeTemplates ??= this.listAlternatives(this.timeTemplate, IN_TIMETEMPLATES)),
      );
      return this.RECORDING_PHASE
        ? undefined
        : this.blank<TimeTemplatesSection>({ type: "TimeTemplates", templates, range: this.span(kw) });
    },
    undefinedOnFailure,
  );

  timeTemplate = this.RULE(
    "timeTemplate",
    (): TimeTemplate | undefined => {
      const kw = this.CONSUME(K.TIMETEMPLATE);
      const name = this.CONSUME(StringLit);
      // Spec deviation: DESCRIPTION is optional here so the linter can report it as missing-description.
      const description = this.OPTION(() => this.SUBRULE(this.description, { ARGS: [IN_TIMETEMPLATE] }));
      const timeZone = this.OPTION1(() => this.SUBRULE(this.timeZone));
      const conditions = this.OPTION2(() => this.SUBRULE(this.timeConditions));
      return this.RECORDING_PHASE
        ? undefined
        : this.blank<TimeTemplate>({
            type: "TimeTemplate",
            name: stringFrom(name, this.lastEnd()),
            description: description ?? null,
            timeZone: timeZone ?? null,
            conditions: conditions ?? null,
            range: this.span(kw),
          });
    },
    undefinedOnFailure,
  );

  timeZone = this.RULE(
    "timeZone",
    (): TimeZone | undefined => {
      const kw = this.CONSUME(K.TIMEZONETYPE);
      const zoneType = this.SUBRULE(this.timezoneType);
      this.CONSUME(K.TIMEZONEVALUE);
      const zoneValue = this.CONSUME(StringLit);
      if (this.RECORDING_PHASE || !zoneType) return undefined;
      return this.blank<TimeZone>({ type: "TimeZone", zoneType, zoneValue: stringFrom(zoneValue, this.lastEnd()), range: this.span(kw) });
    },
    undefinedOnFailure,
  );

  timeConditions = this.RULE(
    "timeConditions",
    (): TimeConditions | undefined => {
      const kw = this.CONSUME(K.TIMETMPLCONDS);
      const conditions = this.clauses<TimeCondition>(
        (this.alts.timeConditions ??= this.listAlternatives(this.timeCondition, IN_TIMETMPLCONDS)),
      );
      return this.RECORDING_PHASE ? undefined : this.blank<TimeConditions>({ type: "TimeConditions", conditions, range: this.span(kw) });
    },
    undefinedOnFailure,
  );

  timeCondition = this.RULE(
    "timeCondition",
    (): TimeCondition | undefined => {
      const kw = this.CONSUME(K.TIMETMPLCOND);
      const parts: TimeConditionPart[] = [];
      // Spec deviation: parts in any order and repeated (docs/language.md#time-condition-parts-in-any-order); the linter reports repeats.
      this.MANY(() => {
        const p = this.OR(
          (this.alts.timeConditionParts ??= [
            { ALT: () => this.SUBRULE(this.timeConditionPart) },
            { ALT: () => this.SUBRULE(this.strayOperand, { ARGS: [IN_TIMETMPLCOND] }) },
          ]),
        );
        if (!this.RECORDING_PHASE && p) parts.push(p);
      });
      return this.RECORDING_PHASE ? undefined : this.blank<TimeCondition>({ type: "TimeCondition", parts, range: this.span(kw) });
    },
    undefinedOnFailure,
  );

  timeConditionPart = this.RULE(
    "timeConditionPart",
    (): TimeConditionPart | undefined =>
      this.OR(
        (this.alts.timeConditionPart ??= [
          {
            ALT: () => {
              const kw = this.CONSUME(K.TIMECONDTYPE);
              const value = this.SUBRULE(this.conditionType);
              return this.RECORDING_PHASE
                ? undefined
                : value && this.blank<TimeConditionPart>({ type: "TimeCondType", value, range: this.span(kw) });
            },
          },
          {
            ALT: () => {
              const kw = this.CONSUME(K.TIME);
              this.CONSUME(K.FROM);
              const from = this.CONSUME(TimeLit);
              this.CONSUME(K.TO);
              const to = this.CONSUME1(TimeLit);
              return this.RECORDING_PHASE
                ? undefined
                : this.blank<TimeConditionPart>({
                    type: "TimeRange",
                    from: timeFrom(from, tokenRange(kw, 0).end),
                    to: timeFrom(to, this.lastEnd()),
                    range: this.span(kw),
                  });
            },
          },
          {
            ALT: () => {
              const kw = this.CONSUME(K.WEEKDAY);
              return this.OR1([
                {
                  ALT: () => {
                    this.CONSUME(K.ON);
                    const day = this.SUBRULE(this.weekday);
                    return this.RECORDING_PHASE
                      ? undefined
                      : day && this.blank<TimeConditionPart>({ type: "WeekdayOn", day, range: this.span(kw) });
                  },
                },
                {
                  ALT: () => {
                    this.CONSUME1(K.FROM);
                    const from = this.SUBRULE1(this.weekday);
                    this.CONSUME1(K.TO);
                    const to = this.SUBRULE2(this.weekday);
                    return this.RECORDING_PHASE
                      ? undefined
                      : from && to
                        ? this.blank<TimeConditionPart>({ type: "WeekdayRange", from, to, range: this.span(kw) })
                        : undefined;
                  },
                },
              ]);
            },
          },
          {
            ALT: () => {
              const kw = this.CONSUME(K.DATE);
              return this.OR2([
                {
                  ALT: () => {
                    this.CONSUME1(K.ON);
                    const date = this.CONSUME(DateLit);
                    return this.RECORDING_PHASE
                      ? undefined
                      : this.blank<TimeConditionPart>({ type: "DateOn", date: dateFrom(date, this.lastEnd()), range: this.span(kw) });
                  },
                },
                {
                  ALT: () => {
                    this.CONSUME2(K.FROM);
                    const from = this.CONSUME1(DateLit);
                    this.CONSUME2(K.TO);
                    const to = this.CONSUME2(DateLit);
                    return this.RECORDING_PHASE
                      ? undefined
                      : this.blank<TimeConditionPart>({
                          type: "DateRange",
                          from: dateFrom(from, tokenRange(kw, 0).end),
                          to: dateFrom(to, this.lastEnd()),
                          range: this.span(kw),
                        });
                  },
                },
              ]);
            },
          },
        ]),
      ),
    undefinedOnFailure,
  );

  // ---- condition status variables (docs/language.md#condition-status-variables) ----

  condStatusVars = this.RULE(
    "condStatusVars",
    (): CondStatusVarsSection | undefined => {
      const kw = this.CONSUME(K.CONDSTATUSVARS);
      const variables = this.clauses<CondStatusVarDecl>(
        (this.alts.condStatusVars ??= this.listAlternatives(this.condStatusVar, IN_CONDSTATUSVARS)),
      );
      return this.RECORDING_PHASE
        ? undefined
        : this.blank<CondStatusVarsSection>({ type: "CondStatusVars", variables, range: this.span(kw) });
    },
    undefinedOnFailure,
  );

  condStatusVar = this.RULE(
    "condStatusVar",
    (): CondStatusVarDecl | undefined => {
      const kw = this.CONSUME(K.CONDSTATUSVAR);
      const name = this.CONSUME(StringLit);
      const value = this.SUBRULE(this.boolean);
      if (this.RECORDING_PHASE || !value) return undefined;
      return this.blank<CondStatusVarDecl>({
        type: "CondStatusVarDecl",
        name: stringFrom(name, this.lastEnd()),
        value,
        range: this.span(kw),
      });
    },
    undefinedOnFailure,
  );

  // ---- responsible managers (docs/language.md#responsible-manager-configuration) ----

  respMgrConfigs = this.RULE(
    "respMgrConfigs",
    (): RespMgrConfigsSection | undefined => {
      const kw = this.CONSUME(K.RESPMGRCONFIGS);
      const configs = this.clauses<RespMgrConfig>(
        (this.alts.respMgrConfigs ??= this.listAlternatives(this.respMgrConfig, IN_RESPMGRCONFIGS)),
      );
      return this.RECORDING_PHASE
        ? undefined
        : this.blank<RespMgrConfigsSection>({ type: "RespMgrConfigs", configs, range: this.span(kw) });
    },
    undefinedOnFailure,
  );

  respMgrConfig = this.RULE(
    "respMgrConfig",
    (): RespMgrConfig | undefined => {
      const kw = this.CONSUME(K.RESPMGRCONFIG);
      const description = this.OPTION(() => this.SUBRULE(this.description, { ARGS: [IN_RESPMGRCONFIG] }));
      // Spec deviation: each manager list is optional (the linter decides per file kind) and a bare
      // rule tail is accepted where MSGTARGETRULES belongs (HP's pooling guide prints one).
      const secondaryManagers = this.OPTION1(() => this.SUBRULE(this.secondaryManagers));
      const actionAllowManagers = this.OPTION2(() => this.SUBRULE(this.actionAllowManagers));
      const targetRules = this.OPTION3(() =>
        this.OR(
          (this.alts.rulesOrFragment ??= [{ ALT: () => this.SUBRULE(this.targetRules) }, { ALT: () => this.SUBRULE(this.ruleFragment) }]),
        ),
      );
      if (!this.RECORDING_PHASE && targetRules?.type === "RuleFragment") this.joinFollowingRules(targetRules);
      return this.RECORDING_PHASE
        ? undefined
        : this.blank<RespMgrConfig>({
            type: "RespMgrConfig",
            description: description ?? null,
            secondaryManagers: secondaryManagers ?? null,
            actionAllowManagers: actionAllowManagers ?? null,
            targetRules: targetRules ?? null,
            range: this.span(kw),
          });
    },
    undefinedOnFailure,
  );

  secondaryManagers = this.RULE(
    "secondaryManagers",
    (): SecondaryManagers | undefined => {
      const kw = this.CONSUME(K.SECONDARYMANAGERS);
      const managers = this.clauses<SecondaryManager>(
        (this.alts.secondaryManagers ??= this.listAlternatives(this.secondaryManager, IN_SECONDARYMANAGERS)),
      );
      return this.RECORDING_PHASE
        ? undefined
        : this.blank<SecondaryManagers>({ type: "SecondaryManagers", managers, range: this.span(kw) });
    },
    undefinedOnFailure,
  );

  secondaryManager = this.RULE(
    "secondaryManager",
    (): SecondaryManager | undefined => {
      const kw = this.CONSUME(K.SECONDARYMANAGER);
      const node = this.SUBRULE(this.managerNode);
      // A manager has one node: words or literals after it are skipped here, as after a DESCRIPTION
      // string, so its DESCRIPTION and the lists after it stay where they belong.
      this.MANY(() => this.SUBRULE(this.strayOperand, { ARGS: [IN_SECONDARYMANAGER] }));
      const description = this.OPTION(() => this.SUBRULE(this.description, { ARGS: [IN_SECONDARYMANAGERS] }));
      if (this.RECORDING_PHASE || !node) return undefined;
      return this.blank<SecondaryManager>({ type: "SecondaryManager", node, description: description ?? null, range: this.span(kw) });
    },
    undefinedOnFailure,
  );

  actionAllowManagers = this.RULE(
    "actionAllowManagers",
    (): ActionAllowManagers | undefined => {
      const kw = this.CONSUME(K.ACTIONALLOWMANAGERS);
      const managers = this.clauses<ActionAllowManager>(
        (this.alts.actionAllowManagers ??= this.listAlternatives(this.actionAllowManager, IN_ACTIONALLOWMANAGERS)),
      );
      return this.RECORDING_PHASE
        ? undefined
        : this.blank<ActionAllowManagers>({ type: "ActionAllowManagers", managers, range: this.span(kw) });
    },
    undefinedOnFailure,
  );

  actionAllowManager = this.RULE(
    "actionAllowManager",
    (): ActionAllowManager | undefined => {
      const kw = this.CONSUME(K.ACTIONALLOWMANAGER);
      const node = this.SUBRULE(this.managerNode);
      // A manager has one node: words or literals after it are skipped here, as after a DESCRIPTION
      // string, so its DESCRIPTION and the lists after it stay where they belong.
      this.MANY(() => this.SUBRULE(this.strayOperand, { ARGS: [IN_ACTIONALLOWMANAGER] }));
      const description = this.OPTION(() => this.SUBRULE(this.description, { ARGS: [IN_ACTIONALLOWMANAGERS] }));
      if (this.RECORDING_PHASE || !node) return undefined;
      return this.blank<ActionAllowManager>({ type: "ActionAllowManager", node, description: description ?? null, range: this.span(kw) });
    },
    undefinedOnFailure,
  );

  managerNode = this.RULE(
    "managerNode",
    (): ManagerNode | undefined => {
      const kw = this.CONSUME(K.NODE);
      const node = this.SUBRULE(this.nodeSpec);
      return this.RECORDING_PHASE
        ? undefined
        : node
          ? this.blank<ManagerNode>({ type: "ManagerNode", node, range: this.span(kw) })
          : undefined;
    },
    undefinedOnFailure,
  );

  // ---- nodes (docs/language.md#nodes) ----

  nodeSpec = this.RULE(
    "nodeSpec",
    (): NodeSpec | undefined =>
      this.OR(
        (this.alts.nodeSpec ??= [
          {
            ALT: () => {
              const kw = this.CONSUME(K.IP);
              const address = this.CONSUME(IPv4Lit);
              const name = this.OPTION(() =>
                this.OR1((this.alts.ipName ??= [{ ALT: () => this.CONSUME(StringLit) }, { ALT: () => this.CONSUME(VariableLit) }])),
              );
              // Extension (OMIG): `ID "core-id"` after a manager node.
              const id = this.OPTION1(() => {
                this.CONSUME(K.ID);
                return this.CONSUME1(StringLit);
              });
              if (this.RECORDING_PHASE) return undefined;
              const addressEnd = tokenRange(address, tokenRange(kw, 0).end).end;
              return {
                type: "IpNode",
                address: ipv4From(address, tokenRange(kw, 0).end),
                name:
                  name === undefined
                    ? null
                    : name.tokenType === VariableLit
                      ? variableFrom(name, addressEnd)
                      : stringFrom(name, addressEnd),
                id: id === undefined ? null : stringFrom(id, this.lastEnd()),
                range: this.span(kw),
              };
            },
          },
          {
            ALT: () => {
              const kw = this.CONSUME(K.OTHER);
              const name = this.CONSUME2(StringLit);
              return this.RECORDING_PHASE ? undefined : { type: "OtherNode", name: stringFrom(name, this.lastEnd()), range: this.span(kw) };
            },
          },
          {
            ALT: () => {
              const kw = this.CONSUME(K.NODEGROUP);
              const name = this.CONSUME3(StringLit);
              return this.RECORDING_PHASE
                ? undefined
                : { type: "NodeGroupNode", name: stringFrom(name, this.lastEnd()), range: this.span(kw) };
            },
          },
          {
            // Lenient: a bare `$OPC_PRIMARY_MGR` (docs/language.md#bare-variables-and-bare-names-as-nodes).
            ALT: () => {
              const v = this.CONSUME1(VariableLit);
              if (this.RECORDING_PHASE) return undefined;
              const variable = variableFrom(v, this.lastEnd());
              return { type: "VariableNode", variable, range: variable.range };
            },
          },
          {
            // Spec deviation: a bare string, so the linter can offer `IP 0.0.0.0 "name"` (node-missing-ip).
            ALT: () => {
              const s = this.CONSUME4(StringLit);
              if (this.RECORDING_PHASE) return undefined;
              const name = stringFrom(s, this.lastEnd());
              return { type: "NameNode", name, range: name.range };
            },
          },
        ]),
      ),
    undefinedOnFailure,
  );

  // ---- message target rules (docs/language.md#message-target-rules) ----

  targetRules = this.RULE(
    "targetRules",
    (): TargetRules | undefined => {
      const kw = this.CONSUME(K.MSGTARGETRULES);
      const rules: (TargetRule | RuleFragment)[] = [];
      this.MANY(() => {
        const r = this.OR(
          (this.alts.targetRules ??= [
            { ALT: () => this.SUBRULE(this.targetRule) },
            { ALT: () => this.SUBRULE(this.ruleFragment, { ARGS: [true] }) },
            { ALT: () => this.SUBRULE(this.keywordlessRule) },
            { ALT: () => this.SUBRULE(this.strayOperand, { ARGS: [IN_MSGTARGETRULES] }) },
          ]),
        );
        if (!this.RECORDING_PHASE && r) rules.push(r);
      });
      return this.RECORDING_PHASE ? undefined : this.blank<TargetRules>({ type: "TargetRules", rules, range: this.span(kw) });
    },
    undefinedOnFailure,
  );

  targetRule = this.RULE(
    "targetRule",
    (): TargetRule | undefined => {
      const kw = this.CONSUME(K.MSGTARGETRULE);
      const description = this.OPTION(() => this.SUBRULE(this.description, { ARGS: [IN_MSGTARGETRULE] }));
      const conditions = this.SUBRULE(this.ruleConditions);
      const outcome = this.SUBRULE(this.ruleOutcome);
      if (this.RECORDING_PHASE || !conditions || !outcome) return undefined;
      return this.blank<TargetRule>({ type: "TargetRule", description: description ?? null, conditions, outcome, range: this.span(kw) });
    },
    undefinedOnFailure,
  );

  /** A rule whose MSGTARGETRULE keyword is missing: read as the rule it plainly is, and reported. */
  keywordlessRule = this.RULE(
    "keywordlessRule",
    (): TargetRule | undefined => {
      const description = this.SUBRULE(this.description, { ARGS: [IN_MSGTARGETRULE] });
      const conditions = this.SUBRULE(this.ruleConditions);
      const outcome = this.SUBRULE(this.ruleOutcome);
      if (this.RECORDING_PHASE || !description) return undefined;
      const start = description.range.start;
      this.issue({
        name: "unexpected-token",
        message: MISSING_TARGET_RULE,
        start,
        end: description.range.end,
        structural: true,
        fix: { start, end: start, text: "MSGTARGETRULE " },
      });
      if (!conditions || !outcome) return undefined;
      const rule: TargetRule = { type: "TargetRule", description, conditions, outcome, range: { start, end: this.lastEnd() } };
      CommentAttacher.moveLeading(description, rule);
      return this.blank(rule);
    },
    undefinedOnFailure,
  );

  /**
   * Spec deviation: the bare rule tail of HP's pooling guide, reported as rule-fragment.
   * `inList` tells whether it stands inside MSGTARGETRULES, which decides the wrapping fix.
   */
  ruleFragment = this.RULE(
    "ruleFragment",
    (inList?: boolean): RuleFragment | undefined => {
      const conditions = this.SUBRULE(this.ruleConditions);
      const outcome = this.SUBRULE(this.ruleOutcome);
      if (this.RECORDING_PHASE) return undefined;
      if (!conditions) return undefined;
      const start = conditions.range.start;
      const issue: SyntaxIssue = {
        name: "rule-fragment",
        message: inList ? FRAGMENT_IN_LIST : FRAGMENT_ALONE,
        start,
        end: outcome ? outcome.range.end : conditions.range.end,
        fix: { start, end: start, text: inList ? WRAP_IN_RULE : WRAP_IN_RULES },
      };
      this.issue(issue);
      this.fragmentIssue = inList ? undefined : issue;
      if (!outcome) return undefined;
      const fragment: RuleFragment = { type: "RuleFragment", conditions, outcome, range: { start, end: this.lastEnd() } };
      // The fragment and its conditions start at the same token; the outer clause owns what precedes it.
      CommentAttacher.moveLeading(conditions, fragment);
      return this.blank(fragment);
    },
    undefinedOnFailure,
  );

  ruleConditions = this.RULE(
    "ruleConditions",
    (): RuleConditions | undefined => {
      const kw = this.CONSUME(K.MSGTARGETRULECONDS);
      const conditions = this.clauses<RuleCondition>(
        (this.alts.ruleConditions ??= this.listAlternatives(this.ruleCondition, IN_MSGTARGETRULECONDS)),
      );
      return this.RECORDING_PHASE ? undefined : this.blank<RuleConditions>({ type: "RuleConditions", conditions, range: this.span(kw) });
    },
    undefinedOnFailure,
  );

  ruleCondition = this.RULE(
    "ruleCondition",
    (): RuleCondition | undefined => {
      const kw = this.CONSUME(K.MSGTARGETRULECOND);
      const description = this.OPTION(() => this.SUBRULE(this.description, { ARGS: [IN_MSGTARGETRULECOND] }));
      const attributes = this.clauses<ConditionAttribute>(
        (this.alts.conditionAttributes ??= this.listAlternatives(this.conditionAttribute, IN_MSGTARGETRULECOND)),
      );
      return this.RECORDING_PHASE
        ? undefined
        : this.blank<RuleCondition>({ type: "RuleCondition", description: description ?? null, attributes, range: this.span(kw) });
    },
    undefinedOnFailure,
  );

  conditionAttribute = this.RULE(
    "conditionAttribute",
    (): ConditionAttribute | undefined =>
      this.OR(
        (this.alts.conditionAttribute ??= [
          {
            ALT: () => {
              const kw = this.CONSUME(K.SEVERITY);
              const value = this.SUBRULE(this.severity);
              return this.RECORDING_PHASE
                ? undefined
                : value && this.blank<ConditionAttribute>({ type: "SeverityAttribute", value, range: this.span(kw) });
            },
          },
          {
            ALT: () => {
              const kw = this.CONSUME(K.NODE);
              const nodes: NodeSpec[] = [];
              this.AT_LEAST_ONE(() => {
                const n = this.SUBRULE(this.nodeSpec);
                if (!this.RECORDING_PHASE && n) nodes.push(n);
              });
              return this.RECORDING_PHASE
                ? undefined
                : this.blank<ConditionAttribute>({ type: "NodeAttribute", nodes, range: this.span(kw) });
            },
          },
          {
            ALT: () => {
              const kw = this.OR1(
                (this.alts.stringAttribute ??= [
                  { ALT: () => this.CONSUME(K.APPLICATION) },
                  { ALT: () => this.CONSUME(K.MSGGRP) },
                  { ALT: () => this.CONSUME(K.OBJECT) },
                  { ALT: () => this.CONSUME(K.MSGTYPE) },
                ]),
              );
              const value = this.CONSUME(StringLit);
              return this.RECORDING_PHASE
                ? undefined
                : this.blank<ConditionAttribute>({
                    type: "StringAttribute",
                    keyword: kw.tokenType.name as "APPLICATION" | "MSGGRP" | "OBJECT" | "MSGTYPE",
                    value: stringFrom(value, this.lastEnd()),
                    range: this.span(kw),
                  });
            },
          },
          {
            ALT: () => {
              const kw = this.OR2(
                (this.alts.patternAttribute ??= [
                  { ALT: () => this.CONSUME(K.TEXT) },
                  { ALT: () => this.CONSUME(K.SERVICE) },
                  { ALT: () => this.CONSUME(K.SERVICE_NAME) },
                ]),
              );
              const pattern = this.CONSUME1(StringLit);
              // Extensions (OMIG): `SEPARATORS "…"` and `ICASE` after a pattern.
              const separators = this.OPTION(() => {
                this.CONSUME(K.SEPARATORS);
                return this.CONSUME2(StringLit);
              });
              const icase = this.OPTION1(() => this.CONSUME(K.ICASE));
              if (this.RECORDING_PHASE) return undefined;
              const patternNode = stringFrom(pattern, tokenRange(kw, 0).end);
              return this.blank<ConditionAttribute>({
                type: "PatternAttribute",
                keyword: kw.tokenType.name as "TEXT" | "SERVICE" | "SERVICE_NAME",
                pattern: patternNode,
                separators: separators === undefined ? null : stringFrom(separators, patternNode.range.end),
                icase: icase !== undefined,
                range: this.span(kw),
              });
            },
          },
          {
            ALT: () => {
              const kw = this.CONSUME(K.MSGCONDTYPE);
              const value = this.SUBRULE1(this.conditionType);
              return this.RECORDING_PHASE
                ? undefined
                : value && this.blank<ConditionAttribute>({ type: "MsgCondTypeAttribute", value, range: this.span(kw) });
            },
          },
          {
            ALT: () => {
              const kw = this.CONSUME(K.CONDSTATUSVAR);
              const name = this.CONSUME3(StringLit);
              return this.RECORDING_PHASE
                ? undefined
                : this.blank<ConditionAttribute>({
                    type: "CondStatusVarAttribute",
                    name: stringFrom(name, this.lastEnd()),
                    range: this.span(kw),
                  });
            },
          },
        ]),
      ),
    undefinedOnFailure,
  );

  ruleOutcome = this.RULE(
    "ruleOutcome",
    (): RuleOutcome | undefined =>
      this.OR(
        (this.alts.ruleOutcome ??= [{ ALT: () => this.SUBRULE(this.targetManagers) }, { ALT: () => this.SUBRULE(this.messageOperations) }]),
      ),
    undefinedOnFailure,
  );

  // ---- target managers (docs/language.md#target-managers) ----

  targetManagers = this.RULE(
    "targetManagers",
    (): TargetManagers | undefined => {
      const kw = this.CONSUME(K.MSGTARGETMANAGERS);
      const managers = this.clauses<TargetManager>(
        (this.alts.targetManagers ??= this.listAlternatives(this.targetManager, IN_MSGTARGETMANAGERS)),
      );
      const ack = this.OPTION(() => this.CONSUME(K.ACKNONLOCALMGR));
      return this.RECORDING_PHASE
        ? undefined
        : this.blank<TargetManagers>({
            type: "TargetManagers",
            managers,
            ackNonLocal: ack === undefined ? null : this.blank<AckNonLocalMgr>({ type: "AckNonLocalMgr", range: tokenRange(ack, 0) }),
            range: this.span(kw),
          });
    },
    undefinedOnFailure,
  );

  targetManager = this.RULE(
    "targetManager",
    (): TargetManager | undefined => {
      const kw = this.CONSUME(K.MSGTARGETMANAGER);
      const timeTemplate = this.SUBRULE(this.timeTemplateRef);
      const manager = this.SUBRULE(this.opcMgr);
      // One node, as for a secondary manager: what follows it is skipped here, so the attribute stays.
      this.MANY(() => this.SUBRULE(this.strayOperand, { ARGS: [IN_MSGTARGETMANAGER] }));
      const attribute = this.OPTION(() =>
        this.OR(
          (this.alts.targetAttribute ??= [{ ALT: () => this.CONSUME(K.MSGCONTROLLINGMGR) }, { ALT: () => this.CONSUME(K.NOTIFYMGR) }]),
        ),
      );
      return this.RECORDING_PHASE
        ? undefined
        : timeTemplate && manager
          ? this.blank<TargetManager>({
              type: "TargetManager",
              timeTemplate,
              manager,
              attribute:
                attribute === undefined
                  ? null
                  : this.blank<TargetAttribute>({
                      type: "TargetAttribute",
                      keyword: attribute.tokenType.name as "MSGCONTROLLINGMGR" | "NOTIFYMGR",
                      range: tokenRange(attribute, 0),
                    }),
              range: this.span(kw),
            })
          : undefined;
    },
    undefinedOnFailure,
  );

  timeTemplateRef = this.RULE(
    "timeTemplateRef",
    (): TimeTemplateRef | undefined => {
      const kw = this.CONSUME(K.TIMETEMPLATE);
      const name = this.OR((this.alts.timeRefName ??= [{ ALT: () => this.CONSUME(StringLit) }, { ALT: () => this.CONSUME(VariableLit) }]));
      return this.RECORDING_PHASE
        ? undefined
        : this.blank<TimeTemplateRef>({
            type: "TimeTemplateRef",
            name: name.tokenType === VariableLit ? variableFrom(name, this.lastEnd()) : stringFrom(name, this.lastEnd()),
            range: this.span(kw),
          });
    },
    undefinedOnFailure,
  );

  opcMgr = this.RULE(
    "opcMgr",
    (): OpcMgr | undefined => {
      const kw = this.CONSUME(K.OPCMGR);
      const node = this.SUBRULE(this.nodeSpec);
      return this.RECORDING_PHASE ? undefined : node ? this.blank<OpcMgr>({ type: "OpcMgr", node, range: this.span(kw) }) : undefined;
    },
    undefinedOnFailure,
  );

  // ---- message operations (docs/language.md#message-operations) ----

  messageOperations = this.RULE(
    "messageOperations",
    (): MessageOperations | undefined => {
      const kw = this.CONSUME(K.MSGOPERATIONS);
      const operations = this.clauses<MessageOperation>(
        (this.alts.messageOperations ??= this.listAlternatives(this.messageOperation, IN_MSGOPERATIONS)),
      );
      return this.RECORDING_PHASE
        ? undefined
        : this.blank<MessageOperations>({ type: "MessageOperations", operations, range: this.span(kw) });
    },
    undefinedOnFailure,
  );

  messageOperation = this.RULE(
    "messageOperation",
    (): MessageOperation | undefined => {
      const kw = this.CONSUME(K.MSGOPERATION);
      const timeTemplate = this.OPTION(() => this.SUBRULE(this.timeTemplateRef));
      const operation = this.SUBRULE(this.operation);
      if (this.RECORDING_PHASE || !operation) return undefined;
      return this.blank<MessageOperation>({
        type: "MessageOperation",
        timeTemplate: timeTemplate ?? null,
        operation,
        range: this.span(kw),
      });
    },
    undefinedOnFailure,
  );

  operation = this.RULE(
    "operation",
    (): Operation | undefined =>
      this.OR(
        (this.alts.operation ??= [
          {
            ALT: () => {
              const kw = this.OR1(
                (this.alts.simpleOperation ??= [
                  { ALT: () => this.CONSUME(K.SUPPRESS) },
                  { ALT: () => this.CONSUME(K.LOGONLY) },
                  { ALT: () => this.CONSUME(K.INSERVICE) },
                ]),
              );
              return this.RECORDING_PHASE
                ? undefined
                : {
                    type: "SimpleOperation",
                    keyword: kw.tokenType.name as "SUPPRESS" | "LOGONLY" | "INSERVICE",
                    range: tokenRange(kw, 0),
                  };
            },
          },
          {
            ALT: () => {
              const kw = this.OR2(
                (this.alts.switchOperation ??= [{ ALT: () => this.CONSUME(K.TROUBLETICKET) }, { ALT: () => this.CONSUME(K.NOTIFICATION) }]),
              );
              const value = this.SUBRULE(this.boolean);
              if (this.RECORDING_PHASE || !value) return undefined;
              return {
                type: "SwitchOperation",
                keyword: kw.tokenType.name as "TROUBLETICKET" | "NOTIFICATION",
                value,
                range: this.span(kw),
              };
            },
          },
          {
            // Spec deviation: the prose names of operations ("Suppress", "Log-only") are read as the
            // keyword they name, with a diagnostic and a fix (docs/language.md#hps-misspellings-and-prose-names).
            ALT: () => {
              const word = this.CONSUME(Word);
              return this.RECORDING_PHASE ? undefined : this.proseOperation(word);
            },
          },
        ]),
      ),
    undefinedOnFailure,
  );

  private proseOperation(word: IToken): Operation | undefined {
    const normalized = word.image.toUpperCase().replace(/[^A-Z]/g, "");
    const keyword = SIMPLE_OPERATIONS.find((k) => k === normalized);
    const range = tokenRange(word, this.lastEnd());
    if (keyword) {
      const caseOnly = word.image.toUpperCase() === keyword;
      this.issue({
        name: caseOnly ? "keyword-case" : "unknown-keyword",
        message: caseOnly ? wrongCase(word.image, keyword) : unknownOperation(word.image, undefined, keyword),
        start: range.start,
        end: range.end,
        fix: { start: range.start, end: range.end, text: keyword },
      });
      return { type: "SimpleOperation", keyword, range };
    }
    const suggestion = closest(word.image, [...SIMPLE_OPERATIONS, "TROUBLETICKET", "NOTIFICATION"], typoBudget(word.image.length) + 1);
    this.issue({
      name: "unknown-keyword",
      message: unknownOperation(word.image, "SUPPRESS, LOGONLY, INSERVICE, TROUBLETICKET or NOTIFICATION", suggestion),
      start: range.start,
      end: range.end,
      structural: true,
      ...(suggestion && SIMPLE_OPERATIONS.includes(suggestion as (typeof SIMPLE_OPERATIONS)[number])
        ? { fix: { start: range.start, end: range.end, text: suggestion } }
        : {}),
    });
    return undefined;
  }

  // ---- enumerated values (docs/language.md#enumerated-values): any word is read, its spelling is checked after parsing ----

  severity = this.RULE(
    "severity",
    (): ValueWord<"severity"> | undefined => {
      const tok = this.CONSUME(Word);
      return this.RECORDING_PHASE ? undefined : this.value("severity", tok);
    },
    undefinedOnFailure,
  );

  conditionType = this.RULE(
    "conditionType",
    (): ValueWord<"condition-type"> | undefined => {
      // `SUPPRESS` is a keyword (a message operation); as a condition type it is `Suppress` in the wrong case.
      const tok = this.OR((this.alts.conditionType ??= [{ ALT: () => this.CONSUME(Word) }, { ALT: () => this.CONSUME(K.SUPPRESS) }]));
      return this.RECORDING_PHASE ? undefined : this.value("condition-type", tok);
    },
    undefinedOnFailure,
  );

  weekday = this.RULE(
    "weekday",
    (): ValueWord<"weekday"> | undefined => {
      const tok = this.CONSUME(Word);
      return this.RECORDING_PHASE ? undefined : this.value("weekday", tok);
    },
    undefinedOnFailure,
  );

  boolean = this.RULE(
    "boolean",
    (): ValueWord<"boolean"> | undefined => {
      const tok = this.CONSUME(Word);
      return this.RECORDING_PHASE ? undefined : this.value("boolean", tok);
    },
    undefinedOnFailure,
  );

  timezoneType = this.RULE(
    "timezoneType",
    (): ValueWord<"timezone-type"> | undefined => {
      const tok = this.CONSUME(Word);
      return this.RECORDING_PHASE ? undefined : this.value("timezone-type", tok);
    },
    undefinedOnFailure,
  );

  // ---- error recovery (not part of the language) ----

  /** A word or literal where a clause should start: reported once per run, then skipped. */
  strayOperand = this.RULE("strayOperand", (where?: ListContext): undefined => {
    const tok = this.CONSUME(Operand);
    if (this.RECORDING_PHASE) return undefined;
    const index = this.currIdxOf();
    const inRun = index === this.lastStrayIndex + 1;
    this.lastStrayIndex = index;
    if (!inRun && tok.tokenType !== InvalidLit && where) {
      if (tok.tokenType === Word && this.LA(-1).tokenType === IPv4Lit && !closest(tok.image, KEYWORDS, typoBudget(tok.image.length)))
        this.reportUnquotedName(tok);
      else this.reportStray(tok, `${where.block}: expected ${listOf(where.expected)}`, where.expected);
    }
    return undefined;
  });

  /** A word right after `IP a.b.c.d`, where the node's name goes: the name without its quotes. */
  private reportUnquotedName(tok: IToken): void {
    const { start, end } = tokenRange(tok, this.lastEnd());
    const text = `"${tok.image}"`;
    this.issue({
      name: "invalid-literal",
      message: unquotedName(tok.image, text),
      start,
      end,
      structural: true,
      fix: { start, end, text },
    });
  }

  protected reportStray(tok: IToken, where: string, expected: readonly string[]): void {
    const range = tokenRange(tok, this.lastEnd());
    if (tok.tokenType === Word) {
      const suggestion =
        closest(tok.image, expected, typoBudget(tok.image.length) + 1) ?? closest(tok.image, KEYWORDS, typoBudget(tok.image.length));
      this.issue({
        name: "unknown-keyword",
        message: unknownKeyword(tok.image, ` in ${where}`, suggestion),
        start: range.start,
        end: range.end,
        structural: true,
        ...(suggestion ? { fix: { start: range.start, end: range.end, text: suggestion } } : {}),
      });
    } else {
      this.issue({
        name: "unexpected-token",
        message: unexpectedIn(describeToken(tok), where),
        start: range.start,
        end: range.end,
        structural: true,
      });
    }
  }
}
