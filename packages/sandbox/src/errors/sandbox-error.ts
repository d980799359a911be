/** The stable codes of the sandbox's errors; each says whether the message may be shown to the user. */
export type SandboxErrorCode =
  | "sandbox:unavailable"
  | "sandbox:input"
  | "sandbox:refused"
  | "sandbox:budget"
  | "sandbox:failed";

/** The base of every sandbox error: a stable code and a message written for the person who ran the job. */
export class SandboxError extends Error {
  override name = "SandboxError";
  constructor(
    readonly code: SandboxErrorCode,
    message: string,
  ) {
    super(message);
  }
}
