/**
 * Runs a CLI command and turns a failure into a message and exit code 1. Errors written for the person starting
 * Penny print as their message alone: those carrying a `PENNY_*` code (bad configuration, a folder in use, a
 * failed migration) and the operating system's refusals about a path (a data folder that cannot be created).
 * Anything else is a bug and prints with its stack.
 */
export async function runCommand(command: () => Promise<void>): Promise<void> {
  try {
    await command();
  } catch (error) {
    process.stderr.write(`${describeFailure(error)}\n`);
    process.exit(1);
  }
}

export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { code, syscall, path } = error as NodeJS.ErrnoException;
  if (typeof code === "string" && code.startsWith("PENNY_")) return error.message;
  if (typeof syscall === "string" && typeof path === "string")
    return `Penny cannot use ${path}: ${error.message}`;
  return error.stack ?? error.message;
}
