import { describe, expect, it } from "vitest";
import { lexicalRerank } from "./lexical-rerank.ts";

const passage = (text: string) => ({ text, heading: null });

describe("lexicalRerank", () => {
  it("puts the passage with the question's rare word first, though others repeat its common words", () => {
    const common = passage(
      "The AOA sensor feeds the sensor system; each sensor system test checks the sensor.",
    );
    const rare = passage("AOA sensor system test: 40 work-hours at $85 per hour.");
    const other = passage("The stabilizer trim system and the sensor system were reviewed.");
    const ranked = lexicalRerank(
      [common, other, rare],
      "How many work-hours does the AOA sensor system test take?",
    );
    expect(ranked[0]).toBe(rare);
  });

  it("leaves out passages that share no word with the question, and folds accents and plurals", () => {
    const spanish = passage("Los reembolsos se pagan en catorce días.");
    const unrelated = passage("Printers are on the second floor.");
    expect(lexicalRerank([unrelated, spanish], "¿En cuántos días pagan el reembolso?")).toEqual([spanish]);
    expect(lexicalRerank([spanish], "   ")).toEqual([]);
  });
});
