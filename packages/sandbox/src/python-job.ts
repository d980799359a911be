import type { SandboxLimits } from "./sandbox-limits.ts";

/** A file handed to or made by a job. Names are plain file names: no folders, no `..`. */
export interface JobFile {
  name: string;
  bytes: Uint8Array;
}

/** A chunk of the script's output as it arrives. */
export interface JobOutput {
  stream: "stdout" | "stderr";
  text: string;
}

/** One Python job: the script, its read-only inputs (in `in/`) and its wall-time limit. */
export interface PythonJob {
  script: string;
  files?: JobFile[];
  /** Wall time, 1–120 s; CPU time is capped one second above it. */
  timeoutSec: number;
  limits?: Partial<SandboxLimits>;
  onOutput?: (output: JobOutput) => void;
  signal?: AbortSignal;
}

/** Why the sandbox stopped a job before it finished by itself. */
export type KilledBy = "timeout" | "memory" | "output" | "pids";

export interface OutFile extends JobFile {
  mime: string;
}

/** What a job left behind: its exit, its (capped) output and the files it wrote to `out/`. */
export interface PythonJobResult {
  exitCode: number | null;
  /** The signal that ended the process, when one did. */
  signal: string | null;
  stdout: string;
  stderr: string;
  /** True when stdout or stderr reached its cap. */
  outputTruncated: boolean;
  outFiles: OutFile[];
  /** Files in `out/` that were not collected (a folder, a link, past the count or size cap). */
  skippedOutFiles: string[];
  killedBy?: KilledBy;
  durationMs: number;
}
