import { expect } from "vitest";
import { ConfigError } from "../config-error.ts";
import { loadConfig } from "../load-config.ts";

/** The problems loadConfig reports for `environment`; fails the test if it does not refuse it. */
export function problemsOf(environment: Record<string, string>) {
  try {
    loadConfig(environment);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error("expected a ConfigError");
}
