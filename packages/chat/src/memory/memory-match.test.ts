import { describe, expect, it } from "vitest";
import { closestMemory, rankMemories } from "./memory-match.ts";

const day = (n: number) => new Date(Date.UTC(2026, 10, n));
const memory = (content: string, created: number) => ({ content, createdAt: day(created) });

describe("rankMemories", () => {
  const kept = [
    memory("My team is Borealis", 1),
    memory("I prefer bar charts over pie charts", 2),
    memory("Mi facturación se revisa los lunes", 3),
    memory("Our fiscal year starts in April", 4),
  ];

  it("recalls the facts that share words with the message, leaving out the rest", () => {
    expect(rankMemories(kept, "Which team am I on?").map((item) => item.content)).toEqual([
      "My team is Borealis",
    ]);
  });

  it("matches plurals and stems, and folds accents", () => {
    expect(rankMemories(kept, "make a chart of revenue").map((item) => item.content)).toEqual([
      "I prefer bar charts over pie charts",
    ]);
    expect(rankMemories(kept, "¿cuándo reviso la facturacion?").map((item) => item.content)).toEqual([
      "Mi facturación se revisa los lunes",
    ]);
  });

  it("puts more shared words first, then the newest on ties", () => {
    const facts = [
      memory("Borealis ships in April", 1),
      memory("Borealis is led by Ana", 5),
      memory("Borealis revenue target is ten million in April", 3),
    ];
    expect(rankMemories(facts, "Borealis revenue in April").map((item) => item.content)).toEqual([
      "Borealis revenue target is ten million in April",
      "Borealis ships in April",
      "Borealis is led by Ana",
    ]);
    expect(rankMemories(facts, "Borealis").map((item) => item.content)).toEqual([
      "Borealis is led by Ana",
      "Borealis revenue target is ten million in April",
      "Borealis ships in April",
    ]);
  });

  it("keeps to the item and character limits", () => {
    const facts = Array.from({ length: 12 }, (_, index) =>
      memory(`Borealis fact number ${index}`, index + 1),
    );
    expect(rankMemories(facts, "Borealis", { maxItems: 3, maxChars: 10_000 })).toHaveLength(3);
    const budget = rankMemories(facts, "Borealis", { maxItems: 50, maxChars: 60 });
    expect(budget.reduce((sum, item) => sum + item.content.length, 0)).toBeLessThanOrEqual(60);
    expect(budget.length).toBeGreaterThan(0);
  });

  it("recalls nothing for a message of filler words", () => {
    expect(rankMemories(kept, "what is this?")).toEqual([]);
  });
});

describe("closestMemory", () => {
  const kept = [
    memory("My team is Borealis", 1),
    memory("I prefer bar charts", 2),
    memory("My team lead is Ana", 3),
  ];

  it("finds the same fact whatever its case and closing punctuation", () => {
    expect(closestMemory(kept, "my team is borealis.")?.content).toBe("My team is Borealis");
  });

  it("finds the fact holding most of the description's words", () => {
    expect(closestMemory(kept, "Borealis")?.content).toBe("My team is Borealis");
    expect(closestMemory(kept, "the charts I prefer")?.content).toBe("I prefer bar charts");
    expect(closestMemory(kept, "team lead Ana")?.content).toBe("My team lead is Ana");
  });

  it("finds nothing when too little of the description matches", () => {
    expect(closestMemory(kept, "the Atlas project budget for the team")).toBeUndefined();
    expect(closestMemory(kept, "it")).toBeUndefined();
  });
});
