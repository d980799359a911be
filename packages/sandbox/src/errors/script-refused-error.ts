import type { ScriptProblem } from "../check-python-script.ts";
import { SandboxError } from "./sandbox-error.ts";

/** The static check found what cannot work in the sandbox; the message names each line. */
export class ScriptRefusedError extends SandboxError {
  override name = "ScriptRefusedError";
  constructor(readonly problems: ScriptProblem[]) {
    super(
      "sandbox:refused",
      `The script was not run: ${problems.map((problem) => `line ${problem.line}: ${problem.message}`).join("; ")}`,
    );
  }
}
