import { describe, expect, it } from "vitest";
import { knownLanguage, languageLabel, languageOfMime } from "./highlight-code.ts";

describe("languageOfMime", () => {
  it("reads the language from text/x-<language>, with the usual -src suffixes and aliases", () => {
    expect(languageOfMime("text/x-python")).toBe("python");
    expect(languageOfMime("text/x-c++src")).toBe("c++");
    expect(languageOfMime("text/x-java-source")).toBe("java");
    expect(languageOfMime("text/x-shellscript")).toBe("bash");
    expect(languageOfMime("text/x-sql")).toBe("sql");
  });

  it("leaves plain text and unknown languages to detection", () => {
    expect(languageOfMime("text/plain")).toBeUndefined();
    expect(languageOfMime("text/x-brainfuck")).toBeUndefined();
    expect(knownLanguage(undefined)).toBeUndefined();
    expect(languageLabel("python")).toBe("Python");
  });
});
