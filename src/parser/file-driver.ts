/**
 * Layer 3 of error recovery (grammar.ts): the loop that runs the grammar over a whole
 * file. Chevrotain stops at the first clause outside its block; here each such clause is
 * reported, parsed on its own by the rule it starts, and a misplaced section is kept
 * when the file has none of that kind. A loop around the grammar, not a rule, so it
 * costs nothing at start-up.
 */
import { EOF, type IToken, type TokenType } from "chevrotain";
import { tokenRange } from "../ast/literals.js";
import type { AstNode, ConfigFile } from "../ast/nodes.js";
import type { Keyword } from "../lexer/keywords.js";
import type { CommentToken } from "../lexer/scanner.js";
import type { TokenStream } from "../lexer/token-stream.js";
import { InvalidLit, KEYWORD_TOKENS as K, Operand } from "../lexer/tokens.js";
import { FlexibleManagementGrammar } from "./grammar.js";
import { HOME, IN_MSGTARGETRULECOND, IN_TIMETMPLCOND, misplaced, secondSection, sectionOutOfOrder } from "./wording.js";

/** Position of each section keyword in the file's fixed order (docs/language.md#sections). */
const SECTION_RANK: Partial<Record<Keyword, number>> = { TIMETEMPLATES: 0, CONDSTATUSVARS: 1, RESPMGRCONFIGS: 2 };

/** The clause that makes up each section's list, by section rank, with the rule that reads it there. */
const SECTION_ELEMENT: Partial<Record<number, { keyword: Keyword; rule: "timeTemplate" | "condStatusVar" | "respMgrConfig" }>> = {
  0: { keyword: "TIMETEMPLATE", rule: "timeTemplate" },
  1: { keyword: "CONDSTATUSVAR", rule: "condStatusVar" },
  2: { keyword: "RESPMGRCONFIG", rule: "respMgrConfig" },
};

/** The parser. One instance serves every parse; `parse.ts` owns it. */
export class FlexibleManagementParser extends FlexibleManagementGrammar {
  /** Whether a misplaced clause has been reported (later ones are consequences). */
  private misplacedReported = false;

  override begin(text: string, tokens: TokenStream, comments: readonly CommentToken[] = [], bodyStart = 0): void {
    super.begin(text, tokens, comments, bodyStart);
    this.misplacedReported = false;
  }

  /**
   * Parses a whole file: the sections, then every clause left outside them. Each
   * such clause is reported (the first of a run, and every misplaced section),
   * then parsed on its own by the rule it starts so that errors inside it are
   * still found; a misplaced section is kept when the file has none of its kind.
   */
  parseFile(): ConfigFile {
    const file = this.withoutStackTraces(() => this.parseSections());
    this.comments?.finish(file, this.grammarErrorCount > 0 || this.issues.length > 0);
    return file;
  }

  /**
   * Runs the grammar over the input and builds nothing: every action skips its
   * work, as it does while Chevrotain records the grammar, while the DSL methods
   * stay the parsing ones. What lexing and Chevrotain cost before any tree, comment
   * or diagnostic: the benchmark's floor (bench/README.md). True when the whole
   * input is one valid file.
   */
  recognizeFile(): boolean {
    this.withoutActions(() => this.configFile());
    return this.grammarErrorCount === 0 && this.currIdxOf() === this.stream.length - 1;
  }

  private parseSections(): ConfigFile {
    const file: ConfigFile = this.configFile() ?? {
      type: "ConfigFile",
      timeTemplates: null,
      condStatusVars: null,
      respMgrConfigs: null,
      danglingComments: [],
      range: { start: 0, end: this.text.length },
    };
    const reentry = this.reentryRules();
    let section = file.respMgrConfigs ? 2 : file.condStatusVars ? 1 : file.timeTemplates ? 0 : -1;
    while (this.LA(1).tokenType !== EOF) {
      const before = this.currIdxOf();
      const tok = this.LA(1);
      const rank = SECTION_RANK[tok.tokenType.name as Keyword];
      const element = SECTION_ELEMENT[section];
      let rule = reentry.get(tok.tokenType);
      if (rank !== undefined) {
        this.checkSectionOrder(tok, rank, file);
        section = rank;
      } else if (element && tok.tokenType === K[element.keyword]) {
        // The next element of the section a misplaced clause broke off stands where it belongs, and
        // a clause misplaced inside it is a mistake of its own, not part of the first one's run.
        this.misplacedReported = false;
        rule = this[element.rule];
      } else this.reportMisplaced(tok);
      const node = rule?.call(this);
      if (node?.type === "TimeTemplates" && !file.timeTemplates) file.timeTemplates = node;
      else if (node?.type === "CondStatusVars" && !file.condStatusVars) file.condStatusVars = node;
      else if (node?.type === "RespMgrConfigs" && !file.respMgrConfigs) file.respMgrConfigs = node;
      // An element read after the break joins its section, so the linter still sees the template,
      // variable or configuration (else a reference to it would be reported as undefined).
      else if (node?.type === "TimeTemplate") file.timeTemplates?.templates.push(node);
      else if (node?.type === "CondStatusVarDecl") file.condStatusVars?.variables.push(node);
      else if (node?.type === "RespMgrConfig") file.respMgrConfigs?.configs.push(node);
      if (this.currIdxOf() <= before) this.setCurrIdx(before + 1);
    }
    return file;
  }

  /**
   * A section keyword after the sections the grammar read: in order when no later
   * section is there yet (the section before it was broken off by an error), else
   * out of order or a second one. A section in order starts a fresh context, in
   * which a misplaced clause is worth reporting again.
   */
  private checkSectionOrder(tok: IToken, rank: number, file: ConfigFile): void {
    const present = [file.timeTemplates, file.condStatusVars, file.respMgrConfigs];
    const name = tok.tokenType.name;
    const range = tokenRange(tok, this.lastEnd());
    if (present[rank]) {
      this.issue({ name: "misplaced-clause", message: secondSection(name), start: range.start, end: range.end });
    } else if (present.slice(rank + 1).some(Boolean)) {
      this.issue({ name: "misplaced-clause", message: sectionOutOfOrder(name), start: range.start, end: range.end });
    } else {
      this.misplacedReported = false;
    }
  }

  private reentryRules(): Map<TokenType, () => AstNode | undefined> {
    const rules = new Map<TokenType, () => AstNode | undefined>([
      [K.TIMETEMPLATES, this.timeTemplates],
      [K.CONDSTATUSVARS, this.condStatusVars],
      [K.RESPMGRCONFIGS, this.respMgrConfigs],
      [K.TIMETEMPLATE, this.timeTemplate],
      [K.TIMETMPLCONDS, this.timeConditions],
      [K.TIMETMPLCOND, this.timeCondition],
      [K.TIMEZONETYPE, this.timeZone],
      [K.RESPMGRCONFIG, this.respMgrConfig],
      [K.SECONDARYMANAGERS, this.secondaryManagers],
      [K.SECONDARYMANAGER, this.secondaryManager],
      [K.ACTIONALLOWMANAGERS, this.actionAllowManagers],
      [K.ACTIONALLOWMANAGER, this.actionAllowManager],
      [K.MSGTARGETRULES, this.targetRules],
      [K.MSGTARGETRULE, this.targetRule],
      [K.MSGTARGETRULECONDS, this.ruleFragment],
      [K.MSGTARGETRULECOND, this.ruleCondition],
      [K.MSGTARGETMANAGERS, this.targetManagers],
      [K.MSGOPERATIONS, this.messageOperations],
      [K.MSGTARGETMANAGER, this.targetManager],
      [K.OPCMGR, this.opcMgr],
      [K.MSGOPERATION, this.messageOperation],
      [K.DESCRIPTION, this.description],
    ]);
    for (const k of IN_TIMETMPLCOND.expected) rules.set(K[k], this.timeConditionPart);
    // The documented attributes of a condition, and the extension SERVICE_NAME that no message suggests.
    for (const k of [...IN_MSGTARGETRULECOND.expected, "SERVICE_NAME"] as const) rules.set(K[k], this.conditionAttribute);
    return rules;
  }

  private reportMisplaced(tok: IToken): void {
    const name = tok.tokenType.name as Keyword;
    const range = tokenRange(tok, this.lastEnd());
    if (this.misplacedReported) return;
    this.misplacedReported = true;
    if (tok.tokenType.CATEGORIES?.includes(Operand) && !HOME[name]) {
      if (tok.tokenType !== InvalidLit) {
        this.reportStray(tok, "this file: expected TIMETEMPLATES, CONDSTATUSVARS or RESPMGRCONFIGS", [
          "TIMETEMPLATES",
          "CONDSTATUSVARS",
          "RESPMGRCONFIGS",
        ]);
      }
      return;
    }
    this.issue({
      name: "misplaced-clause",
      message: misplaced(name),
      start: range.start,
      end: range.end,
      structural: true,
    });
  }
}
