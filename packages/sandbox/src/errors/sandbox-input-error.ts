import { SandboxError } from "./sandbox-error.ts";

/** The job itself is malformed (timeout out of range, a bad file name, too many or too large inputs). */
export class SandboxInputError extends SandboxError {
  override name = "SandboxInputError";
  constructor(message: string) {
    super("sandbox:input", message);
  }
}
