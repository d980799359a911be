export {
  assertSandboxPrograms,
  defaultSandboxPrograms,
  SANDBOX_UID,
  type SandboxPrograms,
} from "./bubblewrap-command.ts";
export { createBullmqQueue } from "./bullmq-queue.ts";
export { checkPythonScript, type ScriptProblem } from "./check-python-script.ts";
export { SandboxBudgetError } from "./errors/sandbox-budget-error.ts";
export { SandboxError, type SandboxErrorCode } from "./errors/sandbox-error.ts";
export { SandboxInputError } from "./errors/sandbox-input-error.ts";
export { SandboxUnavailableError } from "./errors/sandbox-unavailable-error.ts";
export { ScriptRefusedError } from "./errors/script-refused-error.ts";
export { createInProcessQueue } from "./in-process-queue.ts";
export { outFileMime } from "./out-file-mime.ts";
export type {
  JobFile,
  JobOutput,
  KilledBy,
  OutFile,
  PythonJob,
  PythonJobResult,
} from "./python-job.ts";
export {
  createPythonSandbox,
  DEFAULT_DAILY_BUDGET_SEC,
  type PythonSandbox,
  type PythonSandboxOptions,
} from "./python-sandbox.ts";
export { runPythonJob } from "./run-python-job.ts";
export {
  defaultSandboxLimits,
  SANDBOX_TIMEOUT_MAX_SEC,
  SANDBOX_TIMEOUT_MIN_SEC,
  type SandboxLimits,
} from "./sandbox-limits.ts";
export type { JobRunner, SandboxQueue, SandboxQueueStats } from "./sandbox-queue.ts";
export { MAX_INPUT_BYTES, MAX_INPUT_FILES, MAX_SCRIPT_BYTES } from "./validate-python-job.ts";
