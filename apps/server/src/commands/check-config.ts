import { loadConfig } from "@penny/config";
import { describeConfig } from "./describe-config.ts";

/** `penny check-config`: validates the environment without starting anything, for a deploy's pre-flight. */
export async function checkConfig(environment: NodeJS.ProcessEnv = process.env): Promise<void> {
  const config = loadConfig(environment);
  console.log(
    ["The configuration is valid.", ...describeConfig(config).map((line) => `  ${line}`)].join("\n"),
  );
}
