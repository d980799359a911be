import { SandboxError } from "./sandbox-error.ts";

/** bubblewrap (or another piece of the containment) is missing: the job is refused, never run unsandboxed. */
export class SandboxUnavailableError extends SandboxError {
  override name = "SandboxUnavailableError";
  constructor(reason: string) {
    super("sandbox:unavailable", `The Python sandbox is unavailable: ${reason}. The script was not run.`);
  }
}
