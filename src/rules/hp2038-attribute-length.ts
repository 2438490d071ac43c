import { defineRule } from "../lint/rule.js";
import { quoteString } from "./util.js";

/** HPOM's limit for the APPLICATION, OBJECT and MSGGRP message attributes, in bytes. */
const MAX_BYTES = 32;

/** The UTF-8 length of `s` (a lone surrogate counts as U+FFFD, as an encoder writes it). */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * HP2038: an APPLICATION, OBJECT or MSGGRP condition value longer than 32 bytes (UTF-8
 * bytes of the meant string, escapes resolved). A message attribute cannot be longer,
 * and conditions compare exactly, so the condition never matches. MSGTYPE is not
 * checked: no limit for it is documented.
 */
export default defineRule({
  code: "HP2038",
  name: "attribute-length",
  severity: "warning",
  description: "An APPLICATION, OBJECT or MSGGRP condition value is longer than the 32 bytes HPOM message attributes hold.",
  docs: "docs/rules/HP2038.md",
  fixable: false,
  create(context) {
    return {
      StringAttribute(node) {
        if (node.keyword === "MSGTYPE" || !node.value.terminated) return;
        const bytes = utf8Length(node.value.value);
        if (bytes <= MAX_BYTES) return;
        context.report({
          node: node.value,
          message: `${node.keyword} ${quoteString(node.value.value)} is ${bytes} bytes long, but HPOM message attributes hold at most ${MAX_BYTES} bytes, so it can never match; use the value as the messages carry it`,
        });
      },
    };
  },
});
