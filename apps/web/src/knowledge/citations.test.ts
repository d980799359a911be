import { describe, expect, it } from "vitest";
import { type CitedPassage, citationNumber, citedPassages, linkCitations } from "./citations.ts";

const passage = (n: number): CitedPassage => ({
  n,
  documentId: "7f1d1c3e-0b5a-4c6e-9f00-000000000001",
  document: "manual.pdf",
  page: 6,
  heading: null,
  text: "The AOA sensor system test takes 3 work-hours.",
  quote: "The AOA sensor system test takes 3 work-hours.",
});

describe("citations", () => {
  it("reads the passages of the answer's last successful search_documents call", () => {
    const message = {
      parts: [
        { type: "text" as const, text: "Looking…" },
        {
          type: "tool-search_documents" as const,
          toolCallId: "call-1",
          state: "output-available" as const,
          input: { query: "AOA" },
          output: {
            summary: "2 passages",
            data: { query: "AOA", passages: [passage(1), passage(2), { n: "x" }] },
          },
        },
        {
          type: "tool-run_python" as const,
          toolCallId: "call-2",
          state: "output-available" as const,
          input: {},
          output: { data: { passages: [passage(9)] } },
        },
      ],
    };
    expect(citedPassages(message).map((entry) => entry.n)).toEqual([1, 2]);
    expect(citedPassages({ parts: [{ type: "text", text: "no search" }] })).toEqual([]);
  });

  it("links known [n] markers and leaves unknown numbers and real links alone", () => {
    const text =
      "It takes 3 work-hours [1]. See [7] and [2](https://example.test).\n\nSources: [1] manual.pdf, p. 6";
    const linked = linkCitations(text, [passage(1), passage(2)]);
    expect(linked).toBe(
      "It takes 3 work-hours [\\[1\\]](#penny-citation-1). See [7] and [2](https://example.test).\n\nSources: [\\[1\\]](#penny-citation-1) manual.pdf, p. 6",
    );
    expect(linkCitations(text, [])).toBe(text);
  });

  it("reads the passage number back from a citation link only", () => {
    expect(citationNumber("#penny-citation-12")).toBe(12);
    expect(citationNumber("https://example.test/#penny-citation-1")).toBeNull();
    expect(citationNumber(undefined)).toBeNull();
  });
});
