import { baseName, FLEXIBLE_FILE_NAMES, type FileKind } from "../files/file-kind.js";
import { defineRule } from "../lint/rule.js";
import { SERVER_KINDS } from "./managers.js";
import { quoteString } from "./util.js";

const NAMED: ReadonlySet<string> = new Set(FLEXIBLE_FILE_NAMES);
/** The server files, which HPOM reads only under their exact names (docs/language.md#directories): a copy with a suffix is not read. */
const SERVER_FILES: ReadonlySet<string> = SERVER_KINDS;
const NODE_FILE = /^[0-9a-f]{8}$/;
const NODE_FILE_LIKE = /^(?:0x)?([0-9a-f]{8})$/i;
const ANY_NODE_FILE = "the node's IPv4 address in eight lower-case hex digits (e.g. c0a80a0b for 192.168.10.11)";

/**
 * The name HPOM would read a file under, when `name` is not it; undefined when
 * the name is right or nothing says what the file is meant to be. `kind` is
 * the kind the options give, never one inferred from the content: a sample or
 * a draft under another name is not a mistake.
 */
function expectedName(name: string, kind: FileKind | undefined): string | undefined {
  const hex = NODE_FILE_LIKE.exec(name)?.[1]?.toLowerCase();
  if (kind === "node") return NODE_FILE.test(name) ? undefined : (hex ?? ANY_NODE_FILE);
  if (kind !== undefined) return name === kind ? undefined : kind;
  if (NAMED.has(name) || NODE_FILE.test(name)) return undefined;
  if (hex) return hex;
  const lower = name.toLowerCase();
  if (NAMED.has(lower)) return lower;
  const stem = lower.split(".")[0]!;
  return SERVER_FILES.has(stem) ? stem : undefined;
}

/** HP4003: a file whose name HPOM does not read it under (renamed server file, misspelt node file). */
export default defineRule({
  code: "HP4003",
  name: "file-name",
  severity: "warning",
  description:
    "A server file not named exactly msgforw, escmgr or outage, or a node-specific file not named by eight lower-case hex digits.",
  docs: "docs/rules/HP4003.md",
  fixable: false,
  create(context) {
    const { filename } = context;
    if (filename === undefined) return {};
    const kind = context.settings.declaredKind;
    return {
      ConfigFile() {
        const name = baseName(filename);
        const expected = expectedName(name, kind);
        if (expected === undefined) return;
        // Whether HPOM reads upper-case hex is not documented (docs/language.md#node-file-names), so that case is only a likely miss.
        const consequence =
          NODE_FILE.test(expected) && expected === name.toLowerCase()
            ? "HP documents lower case only, and a name HPOM does not recognise is never read"
            : "under another name it is never read";
        context.report({
          range: { start: 0, end: 0 },
          message: `HPOM recognises this file only under the name ${expected === ANY_NODE_FILE ? expected : quoteString(expected)}, not ${quoteString(name)}; ${consequence} — rename it`,
        });
      },
    };
  },
});
