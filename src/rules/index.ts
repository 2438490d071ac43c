/** Every rule, in code order. Add a rule here and a doc page under docs/rules/. */
import type { Rule } from "../lint/rule.js";
import undefinedTimeTemplate from "./hp2001-undefined-time-template.js";
import duplicateTimeTemplate from "./hp2002-duplicate-time-template.js";
import unusedTimeTemplate from "./hp2003-unused-time-template.js";
import reservedTemplateName from "./hp2004-reserved-template-name.js";
import timeRangeWraps from "./hp2005-time-range-wraps.js";
import unusedDisableDirective from "./hp4001-unused-disable-directive.js";
import invalidDirective from "./hp4002-invalid-directive.js";

export const ALL_RULES: readonly Rule[] = [
  undefinedTimeTemplate,
  duplicateTimeTemplate,
  unusedTimeTemplate,
  reservedTemplateName,
  timeRangeWraps,
  unusedDisableDirective,
  invalidDirective,
];

export { undefinedTimeTemplate, duplicateTimeTemplate, unusedTimeTemplate, reservedTemplateName, timeRangeWraps, unusedDisableDirective, invalidDirective };
