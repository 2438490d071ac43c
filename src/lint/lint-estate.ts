/**
 * `lintEstate(estate, options)`: the cross-server rules (HP5xxx) over every
 * server's files at once. Each finding belongs to the file and range that
 * cause it, so the levels and the inline directives of that file apply as
 * they do in `lint`. Files with syntax errors are not part of the estate
 * (`Estate.notes`); `lint` reports their errors.
 *
 * Never throws on any estate: a rule that throws becomes one HP1000
 * internal-error diagnostic naming the rule, and the other rules still run.
 */
import type { Diagnostic, Severity } from "../diagnostics/diagnostic.js";
import { SYNTAX } from "../diagnostics/syntax-codes.js";
import type { Estate, EstateFile } from "../estate/load.js";
import type { EstateRule } from "../rules/estate/estate-rule.js";
import { ESTATE_RULES } from "../rules/index.js";
import { resolveRuleLevels, type RuleLevel } from "./config.js";
import { Directives } from "./directives.js";
import { sortAndDedupe } from "./lint.js";

/** Options of `lintEstate`. */
export interface LintEstateOptions {
  /** Levels by rule code or alias, as in `lint`; unknown names throw `LintConfigError`. */
  rules?: Record<string, RuleLevel>;
}

/** Diagnostics of the cross-server rules, each with `filename` the path of its file in the estate; in path order, then position. */
export function lintEstate(estate: Estate, options: LintEstateOptions = {}): Diagnostic[] {
  return lintEstateWithRules(estate, options, ESTATE_RULES);
}

/** `lintEstate` with a given rule set (for tests). */
export function lintEstateWithRules(estate: Estate, options: LintEstateOptions, ruleSet: readonly EstateRule[]): Diagnostic[] {
  const levels = resolveRuleLevels(options.rules);
  const byFile = new Map<EstateFile, Diagnostic[]>();
  const directives = new Map<EstateFile, Directives>();
  const add = (file: EstateFile, d: Diagnostic) => {
    d.filename = file.path;
    const list = byFile.get(file);
    if (list) list.push(d);
    else byFile.set(file, [d]);
  };
  for (const rule of ruleSet) {
    const severity: Severity | "off" = levels.get(rule.code) ?? rule.severity;
    if (severity === "off") continue;
    try {
      rule.check({
        estate,
        report({ file, range, message }) {
          let fileDirectives = directives.get(file);
          if (!fileDirectives) {
            fileDirectives = new Directives(file.text, file.lines);
            directives.set(file, fileDirectives);
          }
          if (fileDirectives.suppresses(rule.code, range.start)) return;
          add(file, { code: rule.code, name: rule.name, severity, message, range: file.lines.range(range.start, range.end) });
        },
      });
    } catch (error) {
      const file = firstFile(estate);
      if (!file) continue;
      const message = (error instanceof Error ? error.message : String(error)).split("\n")[0]!.slice(0, 200);
      add(file, {
        code: SYNTAX["internal-error"].code,
        name: SYNTAX["internal-error"].name,
        severity: "error",
        message: `rule ${rule.code} (${rule.name}) failed on this estate (${message}); its findings are incomplete, please report this`,
        range: file.lines.range(0, 0),
      });
    }
  }
  return [...byFile]
    .sort(([a], [b]) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .flatMap(([, diagnostics]) => sortAndDedupe(diagnostics));
}

/** The estate's first file by path, where a failure of the whole estate is reported. */
function firstFile(estate: Estate): EstateFile | undefined {
  const files = [...estate.servers.values()].flatMap((s) =>
    [s.allnodes, ...s.nodeFiles.values(), s.msgforw, s.escmgr, s.outage].filter((f) => f !== undefined),
  );
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))[0];
}
