/** What one Python job may use. Every field has a default; a caller may only tighten or set within the bounds. */
export interface SandboxLimits {
  /** Address-space cap (prlimit --as): Python raises MemoryError past it. */
  memoryBytes: number;
  /** Tasks (processes and threads) in the job's pids cgroup: stops a fork bomb. */
  maxProcesses: number;
  /** Bytes of stdout and of stderr kept; past either the job is killed (killedBy "output"). */
  maxStreamBytes: number;
  /** Bytes the job may write under its folder (out/ and home/); one file at most this much too (RLIMIT_FSIZE). */
  maxOutputBytes: number;
  /** Files collected from out/. */
  maxOutFiles: number;
}

export const defaultSandboxLimits: SandboxLimits = {
  memoryBytes: 512 * 1024 * 1024,
  maxProcesses: 64,
  maxStreamBytes: 256 * 1024,
  maxOutputBytes: 32 * 1024 * 1024,
  maxOutFiles: 20,
};

/** The wall-time bounds of `timeoutSec`. */
export const SANDBOX_TIMEOUT_MIN_SEC = 1;
export const SANDBOX_TIMEOUT_MAX_SEC = 120;
