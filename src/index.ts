/**
 * hpom-lint: parse, check and generate HP Operations Manager flexible-management
 * configuration. The core imports no Node built-ins, so it also runs in a
 * browser or an editor extension.
 */
export { parse, type ParseOptions, type ParseResult } from "./parser/parse.js";
export { print } from "./printer/print.js";
export { format, HpomSyntaxError } from "./format/format.js";
export type { Diagnostic, Fix, Position, Range, Severity } from "./diagnostics/diagnostic.js";
export { LineMap } from "./diagnostics/line-map.js";
export { SYNTAX, type SyntaxCode } from "./diagnostics/syntax-codes.js";
export { KEYWORDS, VALUE_SETS, type Keyword, type ValueKind, type ValueOf } from "./lexer/keywords.js";
export { childNodes, clausesOf, forEachChild, isClause } from "./ast/walk.js";
export type * from "./ast/nodes.js";
export { lint, rules, LintConfigError, RULE_LEVELS, rulesSchema, applyFixes, fixText, MAX_FIX_PASSES } from "./lint/index.js";
export type { FixResult, LintOptions, RuleLevel, RuleMeta } from "./lint/index.js";
export type { FileKind } from "./files/file-kind.js";
export type { Dialect } from "./files/dialect.js";
export { generate, type GenerateOptions, type GeneratedFile, type GeneratedFileKind } from "./generator/index.js";
export {
  parsePoolModel,
  PoolModelError,
  poolModelSchema,
  poolModelJsonSchema,
  type PoolModel,
  type PoolModelIssue,
  type JsonSchema,
} from "./model/index.js";
export {
  loadEstate,
  type Estate,
  type EstateFile,
  type EstateFileKind,
  type EstateInput,
  type EstateNote,
  type EstatePool,
  type EstateServer,
  type LoadEstateOptions,
} from "./estate/load.js";
export {
  route,
  RouteInputError,
  type ConditionUse,
  type Hop,
  type HopKind,
  type RouteNote,
  type RouteOptions,
  type RouteResult,
  type TemplateUse,
} from "./estate/route.js";
export type { Message, MessageSeverity } from "./estate/message.js";
export {
  coverage,
  CoverageInputError,
  OTHER_NODE,
  type ControlOverlap,
  type CoverageAttribute,
  type CoverageBand,
  type CoverageClass,
  type CoverageGap,
  type CoverageOptions,
  type CoverageOverlap,
  type CoverageRange,
  type CoverageReceiver,
  type CoverageResult,
  type MessageFilters,
  type MessageSet,
  type ReceiverState,
  type ValueSet,
} from "./estate/coverage.js";
export type { Assumption, AssumptionId } from "./estate/assumptions.js";
export {
  importPoolModel,
  ImportError,
  type BackupServerSetup,
  type ImportFact,
  type ImportResult,
  type ImportSource,
} from "./import/import.js";
export { importedModelYaml, type ModelYamlOptions } from "./import/model-yaml.js";
export {
  migrationPlan,
  type FileChange,
  type MigrationPhase,
  type MigrationPlan,
  type PlanOptions,
  type PlannedFile,
} from "./import/plan.js";
export { formatPlanText } from "./import/format-plan.js";
export {
  graph,
  formatGraphDot,
  formatGraphMermaid,
  type EstateGraph,
  type GraphEdge,
  type GraphEdgeKind,
  type GraphGroup,
  type GraphNode,
  type GraphNodeKind,
} from "./graph/index.js";
export { lintEstate, type LintEstateOptions } from "./lint/lint-estate.js";
