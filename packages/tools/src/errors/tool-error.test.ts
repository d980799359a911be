import { describe, expect, it } from "vitest";
import { ToolArgumentsError } from "./tool-arguments-error.ts";
import { ToolError, toolErrorCodes } from "./tool-error.ts";
import { ToolForbiddenError } from "./tool-forbidden-error.ts";
import { ToolNotAllowedError } from "./tool-not-allowed-error.ts";
import { UnknownToolError } from "./unknown-tool-error.ts";

describe("tool errors", () => {
  it("each carry a distinct listed PENNY_TOOL_ code, their own name, the tool and a message for people", () => {
    const errors = [
      new UnknownToolError("a"),
      new ToolNotAllowedError("a", ["b"]),
      new ToolForbiddenError("a", "it is turned off for this organisation."),
      new ToolArgumentsError("a", [{ path: "/x", message: "is required" }]),
    ];
    expect(errors.map((error) => error.code).sort()).toEqual([...toolErrorCodes].sort());
    for (const error of errors) {
      expect(error).toBeInstanceOf(ToolError);
      expect(error.code).toMatch(/^PENNY_TOOL_[A-Z_]+$/);
      expect(error.name).toBe(error.constructor.name);
      expect(error.toolName).toBe("a");
      expect(error.message.length).toBeGreaterThan(10);
    }
  });
});
