/** The route's Mermaid output keeps names from the files from breaking the diagram or the terminal. */
import { describe, expect, it } from "vitest";
import { formatRouteMermaid } from "../../src/estate/format-mermaid.js";
import type { RouteResult } from "../../src/estate/route.js";

describe("formatRouteMermaid", () => {
  it("writes outage effects as notes and escapes what Mermaid would read as syntax", () => {
    const result: RouteResult = {
      version: 1,
      message: { node: "n1.example.com" },
      at: "2026-12-08T10:00Z",
      hops: [
        { from: "n1.example.com", to: "om1.example.com", kind: "agent", file: "a", line: 3, rule: "a; b # c: d\u001b[2J" },
        { from: "om1.example.com", to: "om1.example.com", kind: "suppressed", file: "o", line: 9, rule: "window" },
      ],
      receivers: [],
      assumptions: [],
      notes: [],
    };
    expect(formatRouteMermaid(result)).toBe(
      "sequenceDiagram\n  participant p0 as n1.example.com\n  participant p1 as om1.example.com\n  p0->>p1: agent (a#59; b #35; c#58; d\uFFFD[2J)\n  Note over p1: suppressed (window)\n",
    );
  });
});
