import { describe, expect, it } from "vitest";
import { checkPasswordRules, WeakPasswordError } from "./password-rules.ts";

const codes = (password: string, email?: string) =>
  checkPasswordRules(password, email === undefined ? {} : { email }).map((problem) => problem.code);

describe("checkPasswordRules", () => {
  it("accepts a passphrase of twelve characters or more", () => {
    expect(codes("correct horse battery")).toEqual([]);
    expect(codes("abcdefghijkl")).toEqual([]);
  });

  it("refuses fewer than twelve characters, counting characters rather than UTF-16 units", () => {
    expect(codes("abcdefghijk")).toEqual(["too_short"]);
    expect(codes("")).toEqual(["too_short"]);
    // Eleven emoji are 22 UTF-16 units but eleven characters.
    expect(codes("😀🙂😃😄😁😆😅🤣😂🙃😉")).toEqual(["too_short"]);
  });

  it("refuses one character repeated, however long", () => {
    expect(codes("aaaaaaaaaaaaaaaa")).toEqual(["one_repeated_character"]);
    expect(codes("aaaa")).toEqual(["too_short", "one_repeated_character"]);
  });

  it("refuses the email address itself, whatever its case", () => {
    expect(codes("Ada.Lovelace@Example.test", "ada.lovelace@example.test")).toEqual(["same_as_email"]);
    expect(codes("ada.lovelace@example.test!", "ada.lovelace@example.test")).toEqual([]);
  });

  it("refuses absurdly long input", () => {
    expect(codes("ab".repeat(513))).toEqual(["too_long"]);
  });

  it("says every problem in WeakPasswordError's message", () => {
    const error = new WeakPasswordError(checkPasswordRules("aaaa"));
    expect(error.code).toBe("PENNY_PASSWORD_WEAK");
    expect(error.message).toBe(
      "Choose another password: it must be at least 12 characters long; it must not be one character repeated.",
    );
  });
});
