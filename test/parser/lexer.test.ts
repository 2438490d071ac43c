/**
 * The scanner (docs/language.md#lexical-structure): keywords with longest, whole-word match, enumerated
 * values, strings, literals, comments, whitespace and line ends, invalid
 * characters, line starts and keyword spelling resolution.
 */
import { describe, expect, it } from "vitest";
import { KEYWORDS, parse, VALUE_SETS } from "../../src/index.js";
import { scan, tokenEnd } from "../../src/lexer/scanner.js";
import { where } from "../helpers.js";

/** `type:image` of every token. */
function kinds(text: string): string[] {
  return scan(text).tokens.map((t) => `${t.tokenType.name}:${t.image}`);
}

/** Token type names only. */
function types(text: string): string[] {
  return scan(text).tokens.map((t) => t.tokenType.name);
}

describe("keywords", () => {
  it.each([...KEYWORDS])("%s is recognised as its own keyword, alone and between other tokens", (keyword) => {
    expect(kinds(keyword)).toEqual([`${keyword}:${keyword}`]);
    const { tokens, errors, spelling } = scan(`  ${keyword}\n"x"`);
    expect(errors).toEqual([]);
    expect(spelling).toEqual([]);
    expect(tokens[0]!.tokenType.name).toBe(keyword);
    expect(tokens[0]!.startOffset).toBe(2);
    expect(tokenEnd(tokens[0]!)).toBe(2 + keyword.length);
  });

  it("the whole KEYWORDS list scans to exactly those keywords, in order", () => {
    expect(types(KEYWORDS.join(" "))).toEqual([...KEYWORDS]);
    expect(types(KEYWORDS.join("\n"))).toEqual([...KEYWORDS]);
  });

  it.each([
    ["TIMETEMPLATES TIMETEMPLATE TIME", ["TIMETEMPLATES", "TIMETEMPLATE", "TIME"]],
    ["TIMETMPLCONDS TIMETMPLCOND", ["TIMETMPLCONDS", "TIMETMPLCOND"]],
    [
      "MSGTARGETRULES MSGTARGETRULE MSGTARGETRULECONDS MSGTARGETRULECOND",
      ["MSGTARGETRULES", "MSGTARGETRULE", "MSGTARGETRULECONDS", "MSGTARGETRULECOND"],
    ],
    ["MSGTARGETMANAGERS MSGTARGETMANAGER", ["MSGTARGETMANAGERS", "MSGTARGETMANAGER"]],
    ["SECONDARYMANAGERS SECONDARYMANAGER", ["SECONDARYMANAGERS", "SECONDARYMANAGER"]],
    ["ACTIONALLOWMANAGERS ACTIONALLOWMANAGER", ["ACTIONALLOWMANAGERS", "ACTIONALLOWMANAGER"]],
    ["CONDSTATUSVARS CONDSTATUSVAR", ["CONDSTATUSVARS", "CONDSTATUSVAR"]],
    ["MSGOPERATIONS MSGOPERATION", ["MSGOPERATIONS", "MSGOPERATION"]],
    ["RESPMGRCONFIGS RESPMGRCONFIG", ["RESPMGRCONFIGS", "RESPMGRCONFIG"]],
    ["NODEGROUP NODE", ["NODEGROUP", "NODE"]],
    ["SERVICE_NAME SERVICE", ["SERVICE_NAME", "SERVICE"]],
  ])("longest match: %s", (text, expected) => {
    expect(types(text)).toEqual(expected);
  });

  it.each(["TIMETEMPLATEX", "TIME-X", "TIMETEMPLATES-X", "NODE_", "NODE1", "IPS", "_TIME", "TOO", "ONE", "IDS"])(
    "%s is a word, not a keyword (keywords are whole words)",
    (word) => {
      const { tokens, spelling, errors } = scan(word);
      expect(tokens.map((t) => `${t.tokenType.name}:${t.image}`)).toEqual([`Word:${word}`]);
      expect(errors).toEqual([]);
      // A longer word is never read as the keyword it starts with.
      for (const s of spelling) expect(word.startsWith(s.keyword) && word !== s.keyword).toBe(false);
    },
  );

  it.each([
    ["SERVICE_NAMES", "SERVICE_NAME"],
    ["NODEGROUPS", "NODEGROUP"],
  ])("%s is never silently %s: at most a reported typo", (word, keyword) => {
    const { tokens, spelling } = scan(word);
    expect(tokens[0]!.image).toBe(word);
    if (tokens[0]!.tokenType.name !== "Word") {
      expect(spelling).toEqual([{ kind: "typo", word, keyword, start: 0 }]);
      expect(tokens[0]!.tokenType.name).toBe(keyword);
    }
  });

  it("keywords are recognised right before a string, a comment or end of text", () => {
    expect(kinds('TIMETEMPLATE"x"#c')).toEqual(["TIMETEMPLATE:TIMETEMPLATE", 'String:"x"']);
    expect(scan('TIMETEMPLATE"x"#c').comments.map((c) => c.text)).toEqual(["#c"]);
  });
});

describe("enumerated values", () => {
  const tokenOf: Record<string, string> = {
    severity: "SeverityValue",
    "condition-type": "ConditionTypeValue",
    weekday: "WeekdayValue",
    boolean: "BooleanValue",
    "timezone-type": "TimezoneTypeValue",
  };
  const members = Object.entries(VALUE_SETS).flatMap(([kind, values]) => values.map((v) => [kind, v] as const));

  it.each(members)("%s value %s gets its value token", (kind, v) => {
    expect(kinds(v)).toEqual([`${tokenOf[kind]}:${v}`]);
  });

  it("value spellings in another case stay plain words (the parser decides)", () => {
    expect(kinds("critical CRITICAL monday MONDAY true match fix")).toEqual([
      "Word:critical",
      "Word:CRITICAL",
      "Word:monday",
      "Word:MONDAY",
      "Word:true",
      "Word:match",
      "Word:fix",
    ]);
    expect(scan("critical CRITICAL monday MONDAY true match fix").spelling).toEqual([]);
  });

  it("Suppress is a condition-type value, SUPPRESS the operation keyword", () => {
    expect(kinds("Suppress SUPPRESS")).toEqual(["ConditionTypeValue:Suppress", "SUPPRESS:SUPPRESS"]);
  });

  it("a value followed by more word characters is a word", () => {
    expect(kinds("Criticals Monday_ True-ish")).toEqual(["Word:Criticals", "Word:Monday_", "Word:True-ish"]);
  });
});

describe("strings", () => {
  it('keeps \\" and \\\\ byte for byte in the token image', () => {
    const raw = String.raw`"a \"b\" c\\d"`;
    const { tokens, errors } = scan(`${raw} x`);
    expect(errors).toEqual([]);
    expect(tokens[0]!.tokenType.name).toBe("String");
    expect(tokens[0]!.image).toBe(raw);
    expect(tokenEnd(tokens[0]!)).toBe(raw.length);
    expect(tokens[1]!.image).toBe("x");
  });

  it("the cooked value reads \\x as x (through parse)", () => {
    const raw = String.raw`"a \"b\" c\\d \q"`;
    const { ast, diagnostics } = parse(`TIMETEMPLATES TIMETEMPLATE ${raw}`);
    expect(diagnostics).toEqual([]);
    const name = ast.timeTemplates!.templates[0]!.name;
    expect(name.raw).toBe(raw);
    expect(name.value).toBe(String.raw`a "b" c\d q`);
    expect(name.terminated).toBe(true);
  });

  it("an escaped backslash before the closing quote does not escape it", () => {
    const { tokens, errors } = scan(String.raw`"dir\\" NODE`);
    expect(errors).toEqual([]);
    expect(tokens.map((t) => t.image)).toEqual([String.raw`"dir\\"`, "NODE"]);
  });

  it("# and keywords inside a string are ordinary characters", () => {
    const { tokens, comments } = scan('"# not a comment NODE" # real');
    expect(tokens.map((t) => t.image)).toEqual(['"# not a comment NODE"']);
    expect(comments.map((c) => c.text)).toEqual(["# real"]);
  });

  it("single quotes do not delimit strings: a quoted text is one error and one malformed token", () => {
    const { tokens, errors } = scan("'abc' 'x");
    expect(errors.map((e) => [e.kind, e.text])).toEqual([
      ["misquoted-string", "'abc'"],
      ["invalid-character", "'"],
    ]);
    expect(tokens.map((t) => `${t.tokenType.name}:${t.image}`)).toEqual(["Invalid:'abc'", "Word:x"]);
  });

  it("an unterminated string ends at the end of its line", () => {
    const text = '"abc\nNODE';
    const { tokens, errors } = scan(text);
    expect(errors).toEqual([{ kind: "unterminated-string", start: 0, end: 4, text: '"abc' }]);
    expect(tokens.map((t) => `${t.tokenType.name}:${t.image}`)).toEqual(['String:"abc', "NODE:NODE"]);
  });

  it("an unterminated string ends before CR LF", () => {
    const { tokens, errors } = scan('"abc\r\nNODE');
    expect(errors).toEqual([{ kind: "unterminated-string", start: 0, end: 4, text: '"abc' }]);
    expect(tokens.map((t) => t.image)).toEqual(['"abc', "NODE"]);
  });

  it("an unterminated string at the end of the file", () => {
    const { tokens, errors } = scan('NODE "abc');
    expect(errors).toEqual([{ kind: "unterminated-string", start: 5, end: 9, text: '"abc' }]);
    expect(tokens.map((t) => t.image)).toEqual(["NODE", '"abc']);
  });

  it("a string ending in an escaped quote at the end of the file is unterminated", () => {
    const { errors } = scan(String.raw`"abc\"`);
    expect(errors.map((e) => e.kind)).toEqual(["unterminated-string"]);
  });

  it("a lone backslash at the end of the file inside a string", () => {
    const { errors, tokens } = scan('"abc\\');
    expect(errors.map((e) => [e.kind, e.start, e.end])).toEqual([["unterminated-string", 0, 5]]);
    expect(tokens).toHaveLength(1);
  });

  it("a backslash does not continue a string onto the next line", () => {
    const { errors } = scan('"abc\\\nx"');
    expect(errors[0]).toEqual({ kind: "unterminated-string", start: 0, end: 5, text: '"abc\\' });
  });

  it("accepts any non-ASCII text inside a string", () => {
    const { tokens, errors } = scan('"Zürich – 東京 😀 \u0000"');
    expect(errors).toEqual([]);
    expect(tokens.map((t) => t.image)).toEqual(['"Zürich – 東京 😀 \u0000"']);
  });

  it("the empty string", () => {
    expect(kinds('""')).toEqual(['String:""']);
  });
});

describe("literals", () => {
  it.each([
    ["0.0.0.0", "IPv4"],
    ["192.168.10.11", "IPv4"],
    ["255.255.255.255", "IPv4"],
    ["7:00", "Time"],
    ["24:00", "Time"],
    ["00:00", "Time"],
    ["12/25/*", "Date"],
    ["*/*/*", "Date"],
    ["01/01/98", "Date"],
    ["12/31/1998", "Date"],
    ["1/2/03", "Date"],
    ["*/15/2024", "Date"],
    ["$OPC_ALWAYS", "Variable"],
    ["$OPC_PRIMARY_MGR", "Variable"],
    ["$x1", "Variable"],
  ])("%s is a %s literal", (text, type) => {
    const { tokens, errors } = scan(text);
    expect(errors).toEqual([]);
    expect(tokens.map((t) => `${t.tokenType.name}:${t.image}`)).toEqual([`${type}:${text}`]);
  });

  it.each(["1.2.3", "25.00", "8am", "1.2.3.4.5", "1234.1.1.1", "123:00", "7:0", "1/2", "12/25/199", "1:2:3", "0x1F", "12-25-2024"])(
    "%s is an invalid literal",
    (text) => {
      const { tokens, errors } = scan(`${text} NODE`);
      expect(errors).toEqual([{ kind: "invalid-literal", start: 0, end: text.length, text }]);
      expect(tokens.map((t) => t.tokenType.name)).toEqual(["Invalid", "NODE"]);
    },
  );

  it("a literal is followed directly by a string", () => {
    expect(kinds('0.0.0.0"m"')).toEqual(["IPv4:0.0.0.0", 'String:"m"']);
  });

  it("a $ not followed by a name is an invalid character", () => {
    const { errors } = scan("$ x");
    expect(errors).toEqual([{ kind: "invalid-character", start: 0, end: 1, text: "$" }]);
  });
});

describe("comments", () => {
  it("a # comment runs to the end of the line and is not a token", () => {
    const text = "# full line\nNODE # after code\n#";
    const { tokens, comments } = scan(text);
    expect(tokens.map((t) => t.image)).toEqual(["NODE"]);
    expect(comments.map(({ text, start, end }) => ({ text, start, end }))).toEqual([
      { text: "# full line", start: 0, end: 11 },
      { text: "# after code", start: 17, end: 29 },
      { text: "#", start: 30, end: 31 },
    ]);
  });

  it("a comment may contain quotes, keywords and non-ASCII text", () => {
    const text = "# \"unclosed NODE é€ 'x' {;}\nTIME";
    const { tokens, comments, errors } = scan(text);
    expect(errors).toEqual([]);
    expect(comments.map((c) => c.text)).toEqual(["# \"unclosed NODE é€ 'x' {;}"]);
    expect(tokens.map((t) => t.image)).toEqual(["TIME"]);
  });

  it("a comment right after a token, with no space", () => {
    const { tokens, comments } = scan("NODE#c\nIP");
    expect(tokens.map((t) => t.image)).toEqual(["NODE", "IP"]);
    expect(comments.map((c) => c.text)).toEqual(["#c"]);
  });

  it("the CR of a CRLF line end is not part of the comment", () => {
    const { comments } = scan("# a\r\n# b\r\n");
    expect(comments.map(({ text, start, end }) => ({ text, start, end }))).toEqual([
      { text: "# a", start: 0, end: 3 },
      { text: "# b", start: 5, end: 8 },
    ]);
  });
});

describe("whitespace and lines", () => {
  it("space, tab, CR, LF, form feed and vertical tab separate tokens", () => {
    const { tokens, errors } = scan("NODE\tIP\r\nOTHER\fID\vTO  ON\n");
    expect(errors).toEqual([]);
    expect(tokens.map((t) => t.image)).toEqual(["NODE", "IP", "OTHER", "ID", "TO", "ON"]);
  });

  it("records line starts for LF and CRLF", () => {
    expect(scan("").lineStarts).toEqual([0]);
    expect(scan("a").lineStarts).toEqual([0]);
    expect(scan("a\nb\r\nc\n").lineStarts).toEqual([0, 2, 5, 7]);
    expect(scan("\n\n").lineStarts).toEqual([0, 1, 2]);
  });

  it("records line starts inside comments and after an unterminated string", () => {
    expect(scan('# c\n"open\nx').lineStarts).toEqual([0, 4, 10]);
  });

  it("token offsets are exact with CRLF line ends", () => {
    const text = 'TIMETEMPLATES\r\n  TIMETEMPLATE "x"\r\n';
    const { tokens } = scan(text);
    for (const t of tokens) expect(text.slice(t.startOffset, tokenEnd(t))).toBe(t.image);
    expect(tokens[1]!.startOffset).toBe(17);
  });

  it("skips a leading byte-order mark: the first token starts at offset 1", () => {
    const { tokens, errors, bodyStart, lineStarts } = scan("\uFEFFRESPMGRCONFIGS\n");
    expect(errors).toEqual([]);
    expect(bodyStart).toBe(1);
    expect(tokens[0]!.startOffset).toBe(1);
    expect(tokens[0]!.image).toBe("RESPMGRCONFIGS");
    // The first line starts after the mark: editors hide it, so columns do not count it.
    expect(lineStarts).toEqual([1, 16]);
  });

  it("reports columns on the first line without counting a byte-order mark", () => {
    const { diagnostics } = parse("\uFEFFRESPMGRCONFIGS {\n");
    expect(diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column}`)).toEqual(["1:16"]);
    expect(diagnostics[0]!.range.start.offset).toBe(16);
  });

  it("without a byte-order mark, bodyStart is 0", () => {
    expect(scan("NODE").bodyStart).toBe(0);
  });

  it("a byte-order mark elsewhere is an invalid character", () => {
    const { errors } = scan("NODE \uFEFF IP");
    expect(errors).toEqual([{ kind: "invalid-character", start: 5, end: 6, text: "\uFEFF" }]);
  });
});

describe("invalid characters", () => {
  it.each(["{", "}", ";", "'", "(", "=", ",", "@", "!", "\u0000", "\u007f"])("%j outside strings and comments is invalid", (ch) => {
    const { errors, tokens } = scan(`NODE ${ch} IP`);
    expect(errors).toEqual([{ kind: "invalid-character", start: 5, end: 6, text: ch }]);
    expect(tokens.map((t) => t.image)).toEqual(["NODE", "IP"]);
  });

  it("an invalid character directly between tokens splits them", () => {
    const { errors, tokens } = scan("NODE{IP");
    expect(errors).toEqual([{ kind: "invalid-character", start: 4, end: 5, text: "{" }]);
    expect(tokens.map((t) => t.image)).toEqual(["NODE", "IP"]);
  });

  it("a run of invalid characters is one error", () => {
    const { errors } = scan("NODE {;} IP");
    expect(errors).toEqual([{ kind: "invalid-character", start: 5, end: 8, text: "{;}" }]);
  });

  it("non-ASCII outside strings is grouped into one error per run", () => {
    const text = "NODE éü€東京 IP ß";
    const { errors } = scan(text);
    expect(errors).toEqual([
      { kind: "invalid-character", start: 5, end: 10, text: "éü€東京" },
      { kind: "invalid-character", start: 14, end: 15, text: "ß" },
    ]);
  });

  it("a non-ASCII letter glued to a word ends the word and starts an error", () => {
    const { errors, tokens } = scan("Zürich");
    expect(tokens.map((t) => t.image)).toEqual(["Z", "rich"]);
    expect(errors).toEqual([{ kind: "invalid-character", start: 1, end: 2, text: "ü" }]);
  });

  it("keeps surrogate pairs together", () => {
    const { errors } = scan("😀😀 x");
    expect(errors).toEqual([{ kind: "invalid-character", start: 0, end: 4, text: "😀😀" }]);
  });

  it("a lone high surrogate is one character: the line feed after it still ends the line (found by npm run fuzz)", () => {
    // "\uD800\n" once took the line feed into the error with the surrogate, so the error's text held a
    // line break and every position after it was a line too high.
    expect(scan("\uD800\n").errors).toEqual([{ kind: "invalid-character", start: 0, end: 1, text: "\uD800" }]);
    expect(scan("\uD800x").tokens.map((t) => t.image)).toEqual(["x"]);
    const { diagnostics } = parse("\uD800\nRESPMGRCONFIGS ;");
    expect(diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.column, d.range.end.line, d.range.end.column])).toEqual([
      ["HP1001", 1, 1, 1, 2],
      ["HP1001", 2, 16, 2, 17],
    ]);
  });

  it("an invalid run at the end of the text is reported", () => {
    expect(scan("NODE ;;").errors).toEqual([{ kind: "invalid-character", start: 5, end: 7, text: ";;" }]);
  });
});

describe("keyword spelling", () => {
  it("a keyword in the wrong case is read as the keyword, with a case issue", () => {
    const { tokens, spelling } = scan("Msgtargetrules");
    expect(tokens.map((t) => t.tokenType.name)).toEqual(["MSGTARGETRULES"]);
    expect(tokens[0]!.image).toBe("Msgtargetrules");
    expect(spelling).toEqual([{ kind: "case", word: "Msgtargetrules", keyword: "MSGTARGETRULES", start: 0 }]);
  });

  it.each([
    ["msgtargetrules", "MSGTARGETRULES"],
    ["TimeTemplate", "TIMETEMPLATE"],
    ["Node", "NODE"],
    ["ip", "IP"],
    ["Service_Name", "SERVICE_NAME"],
  ])("%s → %s (case)", (word, keyword) => {
    expect(scan(word).spelling).toEqual([{ kind: "case", word, keyword, start: 0 }]);
  });

  it.each([
    ["ACTIONALLOWMANGER", "ACTIONALLOWMANAGER"],
    ["ACTIONALLOWMANGERS", "ACTIONALLOWMANAGERS"],
    ["MESSAGETARGETRULES", "MSGTARGETRULES"],
    ["MESSAGETARGETRULE", "MSGTARGETRULE"],
    ["MESSAGETARGETRULECONDS", "MSGTARGETRULECONDS"],
    ["MESSAGETARGETRULECOND", "MSGTARGETRULECOND"],
    ["MSGTARGETMANGER", "MSGTARGETMANAGER"],
    ["SECONDARYMANGER", "SECONDARYMANAGER"],
    ["DESCRIPTON", "DESCRIPTION"],
  ])("%s → %s (typo)", (word, keyword) => {
    const { tokens, spelling } = scan(`  ${word}`);
    expect(spelling).toEqual([{ kind: "typo", word, keyword, start: 2 }]);
    expect(tokens[0]!.tokenType.name).toBe(keyword);
    expect(tokens[0]!.image).toBe(word);
  });

  it("a documented misspelling in another case is still resolved", () => {
    expect(scan("ActionAllowManger").spelling.map((s) => s.keyword)).toEqual(["ACTIONALLOWMANAGER"]);
  });

  it("value spellings are NOT retyped: critical, CRITICAL, monday, SUPPRESS, suppress stay as they are", () => {
    const { tokens, spelling } = scan("critical CRITICAL monday SUPPRESS suppress Suppres TRUE");
    expect(spelling).toEqual([]);
    expect(tokens.map((t) => `${t.tokenType.name}:${t.image}`)).toEqual([
      "Word:critical",
      "Word:CRITICAL",
      "Word:monday",
      "SUPPRESS:SUPPRESS",
      "Word:suppress",
      "Word:Suppres",
      "Word:TRUE",
    ]);
  });

  it("short or unrelated upper-case words are not guessed", () => {
    expect(scan("FOO IPX TOO XYZZY").spelling).toEqual([]);
  });

  it("mixed-case near misses are left to the parser", () => {
    expect(scan("Secondarymanagr Severty").spelling).toEqual([]);
  });

  it("parse reports case issues as HP1006 and typos as HP1005, each with a fix", () => {
    const text = "Msgtargetrules\nACTIONALLOWMANGER\n";
    const { diagnostics } = parse(text);
    expect(where(diagnostics).slice(0, 2)).toEqual(["1:1 HP1006/keyword-case", "2:1 HP1005/unknown-keyword"]);
    expect(diagnostics[0]!.fix?.text).toBe("MSGTARGETRULES");
    expect(diagnostics[1]!.fix?.text).toBe("ACTIONALLOWMANAGER");
  });
});

describe("token offsets", () => {
  it("every token's offsets slice back to its image", () => {
    const text =
      '\uFEFFTIMETEMPLATES # c\r\n TIMETEMPLATE "a \\" b"\tDESCRIPTION ""\n  TIME FROM 7:00 TO 24:00 DATE ON */*/* 1.2 $V é IP 0.0.0.0';
    const { tokens } = scan(text);
    expect(tokens.length).toBeGreaterThan(10);
    for (const t of tokens) expect(text.slice(t.startOffset, tokenEnd(t))).toBe(t.image);
    for (let i = 1; i < tokens.length; i++) expect(tokens[i]!.startOffset).toBeGreaterThanOrEqual(tokenEnd(tokens[i - 1]!));
  });

  it("scan never throws and covers every character exactly once (tokens, comments, errors, whitespace)", () => {
    const text = 'A{"b\n#c\r\n1.2..3 $ $x "é" é\u0000\uFEFF';
    const { tokens, comments, errors } = scan(text);
    const covered = new Array<number>(text.length).fill(0);
    const mark = (s: number, e: number) => {
      for (let i = s; i < e; i++) covered[i]!++;
    };
    for (const t of tokens) mark(t.startOffset, tokenEnd(t));
    for (const c of comments) mark(c.start, c.end);
    for (const e of errors) if (e.kind === "invalid-character") mark(e.start, e.end);
    for (let i = 0; i < text.length; i++) {
      if (/[\s]/.test(text[i]!) && text[i] !== "\uFEFF") expect(covered[i], `offset ${i}`).toBe(0);
      else if (!(i === 0 && text[i] === "\uFEFF")) expect(covered[i], `offset ${i} ${JSON.stringify(text[i])}`).toBe(1);
    }
  });
});
