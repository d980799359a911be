import { describe, expect, it } from "vitest";
import { DEFAULT_CONVERSATION_TITLE, titleFromQuestion } from "./conversation-store.ts";

describe("titleFromQuestion", () => {
  it("keeps a short question as it is, whitespace collapsed", () => {
    expect(titleFromQuestion("  What's our   revenue this quarter? ")).toBe(
      "What's our revenue this quarter?",
    );
  });

  it("takes the first non-empty line", () => {
    expect(titleFromQuestion("\n\nOpen a ticket in OPS\nwith the details below")).toBe(
      "Open a ticket in OPS",
    );
  });

  it("cuts a long question at a word and marks the cut", () => {
    const title = titleFromQuestion(
      "¿Cuánto llevamos gastado en lo que va del año en el proyecto Borealis comparado con el anterior?",
    );
    expect(title.endsWith("…")).toBe(true);
    expect(title.length).toBeLessThanOrEqual(61);
    expect(title).toBe("¿Cuánto llevamos gastado en lo que va del año en el…");
  });

  it("falls back to the default title for a question with no text", () => {
    expect(titleFromQuestion(" \n\t ")).toBe(DEFAULT_CONVERSATION_TITLE);
  });
});
