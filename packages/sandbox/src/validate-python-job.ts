import { SandboxInputError } from "./errors/sandbox-input-error.ts";
import type { PythonJob } from "./python-job.ts";
import { SANDBOX_TIMEOUT_MAX_SEC, SANDBOX_TIMEOUT_MIN_SEC } from "./sandbox-limits.ts";

export const MAX_SCRIPT_BYTES = 256 * 1024;
export const MAX_INPUT_FILES = 20;
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

const fileNamePattern = /^[A-Za-z0-9_][A-Za-z0-9_. -]{0,99}$/;

/** Throws SandboxInputError with a human message when the job cannot be run as given. */
export function validatePythonJob(job: PythonJob): void {
  const { timeoutSec } = job;
  if (
    !Number.isInteger(timeoutSec) ||
    timeoutSec < SANDBOX_TIMEOUT_MIN_SEC ||
    timeoutSec > SANDBOX_TIMEOUT_MAX_SEC
  ) {
    throw new SandboxInputError(
      `timeoutSec must be a whole number of seconds from ${SANDBOX_TIMEOUT_MIN_SEC} to ${SANDBOX_TIMEOUT_MAX_SEC}.`,
    );
  }
  if (typeof job.script !== "string" || job.script.trim() === "") {
    throw new SandboxInputError("The script is empty.");
  }
  if (Buffer.byteLength(job.script) > MAX_SCRIPT_BYTES) {
    throw new SandboxInputError(`The script is larger than ${MAX_SCRIPT_BYTES / 1024} KB.`);
  }
  const files = job.files ?? [];
  if (files.length > MAX_INPUT_FILES) {
    throw new SandboxInputError(`At most ${MAX_INPUT_FILES} input files can be given.`);
  }
  const names = new Set<string>();
  let total = 0;
  for (const file of files) {
    if (!fileNamePattern.test(file.name) || file.name.includes("..")) {
      throw new SandboxInputError(
        `The input file name "${file.name}" is not allowed: use letters, digits, spaces, "_", "-" and "." (no folders).`,
      );
    }
    if (names.has(file.name)) throw new SandboxInputError(`Two input files are named "${file.name}".`);
    names.add(file.name);
    total += file.bytes.byteLength;
  }
  if (total > MAX_INPUT_BYTES) {
    throw new SandboxInputError(`The input files add up to more than ${MAX_INPUT_BYTES / 1024 / 1024} MB.`);
  }
}
