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
import missingManager from "./hp3001-missing-manager.js";
import targetNotVirtual from "./hp3002-target-not-virtual.js";
import forwardToPhysical from "./hp3003-forward-to-physical.js";
import mixedForwardTargets from "./hp3004-mixed-forward-targets.js";
import missingSync from "./hp3005-missing-sync.js";
import syncNotControlling from "./hp3006-sync-not-controlling.js";
import forwardLoop from "./hp3007-forward-loop.js";
import forwardToVirtual from "./hp3008-forward-to-virtual.js";
import missingForwardTarget from "./hp3009-missing-forward-target.js";
import unusedDisableDirective from "./hp4001-unused-disable-directive.js";
import invalidDirective from "./hp4002-invalid-directive.js";

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
  missingManager,
  targetNotVirtual,
  forwardToPhysical,
  mixedForwardTargets,
  missingSync,
  syncNotControlling,
  forwardLoop,
  forwardToVirtual,
  missingForwardTarget,
  unusedDisableDirective,
  invalidDirective,
];

export { undefinedTimeTemplate, duplicateTimeTemplate, unusedTimeTemplate, reservedTemplateName, timeRangeWraps, invalidIp, ipLeadingZero, invalidTime, invalidDate, twoDigitYear, dateWildcard, allWildcardDate, duplicateCondStatusVar, undeclaredCondStatusVar, unknownVariable, unusedDisableDirective, invalidDirective };
