/** Every rule, in code order. Add a rule here and a doc page under docs/rules/. */
import type { Rule } from "../lint/rule.js";
import undefinedTimeTemplate from "./hp2001-undefined-time-template.js";
import duplicateTimeTemplate from "./hp2002-duplicate-time-template.js";
import unusedTimeTemplate from "./hp2003-unused-time-template.js";
import reservedTemplateName from "./hp2004-reserved-template-name.js";
import timeRangeWraps from "./hp2005-time-range-wraps.js";
import invalidIp from "./hp2006-invalid-ip.js";
import ipLeadingZero from "./hp2007-ip-leading-zero.js";
import invalidTime from "./hp2008-invalid-time.js";
import invalidDate from "./hp2009-invalid-date.js";
import twoDigitYear from "./hp2010-two-digit-year.js";
import dateWildcard from "./hp2011-date-wildcard.js";
import allWildcardDate from "./hp2012-all-wildcard-date.js";
import duplicateCondStatusVar from "./hp2013-duplicate-condstatusvar.js";
import undeclaredCondStatusVar from "./hp2014-undeclared-condstatusvar.js";
import unknownVariable from "./hp2015-unknown-variable.js";
import duplicateTimePart from "./hp2016-duplicate-time-part.js";
import missingTimeCondType from "./hp2017-missing-timecondtype.js";
import emptyTimeCondition from "./hp2018-empty-time-condition.js";
import emptyTimeTemplate from "./hp2019-empty-time-template.js";
import weekdayRangeWraps from "./hp2020-weekday-range-wraps.js";
import dateRangeOrder from "./hp2021-date-range-order.js";
import weekdayDateConflict from "./hp2022-weekday-date-conflict.js";
import missingDescription from "./hp2023-missing-description.js";
import nodeMissingIp from "./hp2024-node-missing-ip.js";
import unreachableRule from "./hp2025-unreachable-rule.js";
import emptyRuleOutcome from "./hp2026-empty-rule-outcome.js";
import duplicateManager from "./hp2027-duplicate-manager.js";
import duplicateTarget from "./hp2028-duplicate-target.js";
import duplicateAttribute from "./hp2029-duplicate-attribute.js";
import invalidManagerNode from "./hp2030-invalid-manager-node.js";
import unresolvableNode from "./hp2031-unresolvable-node.js";
import fixedIpManager from "./hp2032-fixed-ip-manager.js";
import primaryNotActionAllowed from "./hp2033-primary-not-action-allowed.js";
import primaryMgrInServerFile from "./hp2034-primary-mgr-in-server-file.js";
import escmgrSingleTarget from "./hp2035-escmgr-single-target.js";
import multipleRespMgrConfig from "./hp2036-multiple-respmgrconfig.js";
import selfForward from "./hp2037-self-forward.js";
import attributeLength from "./hp2038-attribute-length.js";
import missingManagerLists from "./hp2039-missing-manager-lists.js";
import missingRespMgrConfigs from "./hp2040-missing-respmgrconfigs.js";
import bareVariable from "./hp2041-bare-variable.js";
import extensionSyntax from "./hp2042-extension-syntax.js";
import condTypeDialect from "./hp2043-condtype-dialect.js";
import timeCoverageGap from "./hp2044-time-coverage-gap.js";
import timezoneHint from "./hp2045-timezone-hint.js";
import constructNotAllowed from "./hp2046-construct-not-allowed.js";
import constructIgnored from "./hp2047-construct-ignored.js";
import omwNoTimeTemplates from "./hp2048-omw-no-timetemplates.js";
import missingManager from "./hp3001-missing-manager.js";
import targetNotVirtual from "./hp3002-target-not-virtual.js";
import forwardToPhysical from "./hp3003-forward-to-physical.js";
import mixedForwardTargets from "./hp3004-mixed-forward-targets.js";
import missingSync from "./hp3005-missing-sync.js";
import syncNotControlling from "./hp3006-sync-not-controlling.js";
import forwardLoop from "./hp3007-forward-loop.js";
import forwardToVirtual from "./hp3008-forward-to-virtual.js";
import missingForwardTarget from "./hp3009-missing-forward-target.js";
import bbcPrimaryNotVirtual from "./hp3010-bbc-primary-not-virtual.js";
import syncToOwnVirtual from "./hp3011-sync-to-own-virtual.js";
import unusedDisableDirective from "./hp4001-unused-disable-directive.js";
import invalidDirective from "./hp4002-invalid-directive.js";
import fileName from "./hp4003-file-name.js";
import estateForwardLoop from "./estate/hp5001-estate-forward-loop.js";
import targetOutsideEstate from "./estate/hp5002-target-outside-estate.js";
import poolAgentFilesDiffer from "./estate/hp5003-pool-agent-files-differ.js";
import asymmetricSync from "./estate/hp5004-asymmetric-sync.js";
import forwardToOwnVirtual from "./estate/hp5005-forward-to-own-virtual.js";
import estateCoverageGap from "./estate/hp5006-estate-coverage-gap.js";
import type { EstateRule } from "./estate/estate-rule.js";

export const ALL_RULES: readonly Rule[] = [
  undefinedTimeTemplate,
  duplicateTimeTemplate,
  unusedTimeTemplate,
  reservedTemplateName,
  timeRangeWraps,
  invalidIp,
  ipLeadingZero,
  invalidTime,
  invalidDate,
  twoDigitYear,
  dateWildcard,
  allWildcardDate,
  duplicateCondStatusVar,
  undeclaredCondStatusVar,
  unknownVariable,
  duplicateTimePart,
  missingTimeCondType,
  emptyTimeCondition,
  emptyTimeTemplate,
  weekdayRangeWraps,
  dateRangeOrder,
  weekdayDateConflict,
  missingDescription,
  nodeMissingIp,
  unreachableRule,
  emptyRuleOutcome,
  duplicateManager,
  duplicateTarget,
  duplicateAttribute,
  invalidManagerNode,
  unresolvableNode,
  fixedIpManager,
  primaryNotActionAllowed,
  primaryMgrInServerFile,
  escmgrSingleTarget,
  multipleRespMgrConfig,
  selfForward,
  attributeLength,
  missingManagerLists,
  missingRespMgrConfigs,
  bareVariable,
  extensionSyntax,
  condTypeDialect,
  timeCoverageGap,
  timezoneHint,
  constructNotAllowed,
  constructIgnored,
  omwNoTimeTemplates,
  missingManager,
  targetNotVirtual,
  forwardToPhysical,
  mixedForwardTargets,
  missingSync,
  syncNotControlling,
  forwardLoop,
  forwardToVirtual,
  missingForwardTarget,
  bbcPrimaryNotVirtual,
  syncToOwnVirtual,
  unusedDisableDirective,
  invalidDirective,
  fileName,
  estateForwardLoop,
  targetOutsideEstate,
  poolAgentFilesDiffer,
  asymmetricSync,
  forwardToOwnVirtual,
  estateCoverageGap,
];

/** The cross-server rules (HP5xxx): idle on a single file, run by `lintEstate` over every server's files. */
export const ESTATE_RULES: readonly EstateRule[] = [
  estateForwardLoop,
  targetOutsideEstate,
  poolAgentFilesDiffer,
  asymmetricSync,
  forwardToOwnVirtual,
  estateCoverageGap,
];

/**
 * The rules that read a `bbc_inst_defaults` file, which is not flexible-management syntax: only
 * they (and the directive rules, which read comments) run on one, and they run on nothing else.
 */
export const BBC_INST_DEFAULTS_RULES: ReadonlySet<Rule> = new Set([bbcPrimaryNotVirtual]);

/** Rules that read only the directive comments, which a `bbc_inst_defaults` file has as well. */
export const DIRECTIVE_RULES: ReadonlySet<Rule> = new Set([unusedDisableDirective, invalidDirective]);

export {
  undefinedTimeTemplate,
  duplicateTimeTemplate,
  unusedTimeTemplate,
  reservedTemplateName,
  timeRangeWraps,
  invalidIp,
  ipLeadingZero,
  invalidTime,
  invalidDate,
  twoDigitYear,
  dateWildcard,
  allWildcardDate,
  duplicateCondStatusVar,
  undeclaredCondStatusVar,
  unknownVariable,
  unusedDisableDirective,
  invalidDirective,
};
