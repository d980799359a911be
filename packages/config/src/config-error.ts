/** One variable that could not be read, said in words a person can act on. */
export interface ConfigProblem {
  variable: string;
  message: string;
}

/** Thrown when the environment holds a bad value; the CLI prints `message` and exits without a stack trace. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  readonly code = "PENNY_CONFIG_INVALID";

  constructor(readonly problems: ConfigProblem[]) {
    super(
      `Penny cannot start because of its configuration:\n${problems
        .map((problem) => `  - ${problem.variable} ${problem.message}`)
        .join("\n")}`,
    );
  }
}
