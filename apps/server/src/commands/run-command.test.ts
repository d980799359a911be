import { ConfigError } from "@penny/config";
import { DataDirInUseError } from "@penny/db";
import { describe, expect, it } from "vitest";
import { PortInUseError } from "./port-in-use-error.ts";
import { describeFailure } from "./run-command.ts";

describe("describeFailure", () => {
  it.each([
    ["a configuration error", new ConfigError([{ variable: "PORT", message: "must be a number" }])],
    ["a data folder in use", new DataDirInUseError("/var/lib/penny/pglite")],
    ["a port in use", new PortInUseError("0.0.0.0", 8080)],
  ])("prints %s as its message alone", (_case, error) => {
    expect(describeFailure(error)).toBe(error.message);
  });

  it("prints the operating system's refusal about a path without a stack", () => {
    const error = Object.assign(new Error("ENOTDIR: not a directory, mkdir '/etc/passwd/data'"), {
      code: "ENOTDIR",
      syscall: "mkdir",
      path: "/etc/passwd/data",
    });
    expect(describeFailure(error)).toBe(`Penny cannot use /etc/passwd/data: ${error.message}`);
  });

  it("prints anything else with its stack, because it is a bug", () => {
    const error = new TypeError("cannot read properties of undefined");
    expect(describeFailure(error)).toMatch(/^TypeError: cannot read properties of undefined\n\s{4}at /);
  });
});
