import { describe, expect, it } from "vitest";
import { quickReplies } from "./quick-replies.ts";

describe("quickReplies", () => {
  it("reads the options of a question that lists known names before asking", () => {
    const text =
      'I couldn\'t find a project called "Zephyr". Known projects: Atlas, Borealis, Cobalt. Which one did you mean?';
    expect(quickReplies(text)).toEqual(["Atlas", "Borealis", "Cobalt"]);
  });

  it("reads 'a, b or c' inside the question, in English and Spanish", () => {
    expect(quickReplies("Which one do you mean: MTD, QTD or YTD?")).toEqual(["MTD", "QTD", "YTD"]);
    expect(quickReplies("¿Cuál quieres: MTD, QTD o YTD?")).toEqual(["MTD", "QTD", "YTD"]);
  });

  it("reads a Markdown list followed by a question", () => {
    expect(quickReplies("Which dashboard?\n\n- Sales funnel\n- **Ops incidents**\n\nPick one?")).toEqual([
      "Sales funnel",
      "Ops incidents",
    ]);
  });

  it("offers nothing for statements, single details or long prose", () => {
    expect(quickReplies("Revenue this quarter: 1.2M, up 3%.")).toEqual([]);
    expect(quickReplies("I need one more detail to do that: period. What should it be?")).toEqual([]);
    expect(
      quickReplies("Which Jira project should the ticket go to? Tell me its key (for example OPS)."),
    ).toEqual([]);
    const long = `Here is a long report: ${"words ".repeat(200)}, more, and more. Anything else?`;
    expect(quickReplies(long)).toEqual([]);
  });
});
