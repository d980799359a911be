import { existsSync } from "node:fs";
import { SandboxUnavailableError } from "./errors/sandbox-unavailable-error.ts";
import type { SandboxLimits } from "./sandbox-limits.ts";

/** The programs the sandbox is built from; all must exist or no job runs. */
export interface SandboxPrograms {
  bwrap: string;
  python: string;
  prlimit: string;
  setpriv: string;
}

export const defaultSandboxPrograms: SandboxPrograms = {
  bwrap: "/usr/bin/bwrap",
  python: "/usr/bin/python3",
  prlimit: "/usr/bin/prlimit",
  setpriv: "/usr/bin/setpriv",
};

/** The unprivileged uid and gid the job runs as, outside and inside its user namespace. */
export const SANDBOX_UID = 65534;

/** Throws SandboxUnavailableError naming the first missing program; the job is then never run. */
export function assertSandboxPrograms(programs: SandboxPrograms): void {
  for (const [role, file] of Object.entries(programs)) {
    if (!existsSync(file)) {
      const hint = role === "bwrap" ? " (install the bubblewrap package)" : "";
      throw new SandboxUnavailableError(`${role} is missing at ${file}${hint}`);
    }
  }
}

/** Host paths bound read-only when they exist: BLAS/LAPACK resolve through Debian's alternatives; matplotlib's rc. */
const optionalReadOnly = ["/etc/alternatives", "/etc/matplotlibrc", "/etc/fonts"];

/**
 * The argv that runs `/job/main.py`: (a shell that joins the pids cgroup, then) prlimit for memory, CPU and file
 * size, setpriv down to uid 65534 when started as root, and bubblewrap with every namespace unshared (network
 * leaves only `lo`), all capabilities dropped, only /usr and the job folder visible.
 */
export function bubblewrapCommand(options: {
  programs: SandboxPrograms;
  jobDir: string;
  limits: SandboxLimits;
  timeoutSec: number;
  /** The cgroup.procs file to join before anything else runs; null falls back to RLIMIT_NPROC. */
  cgroupProcsFile: string | null;
}): string[] {
  const { programs, jobDir, limits } = options;
  const prlimit = [
    programs.prlimit,
    `--as=${limits.memoryBytes}`,
    `--cpu=${options.timeoutSec + 1}`,
    `--fsize=${limits.maxOutputBytes}`,
    "--core=0",
    // Under the unprivileged uid, RLIMIT_NPROC is enforced (it is not for root); it counts every process of that
    // uid on the host, so it is only the fallback when no cgroup can be made.
    ...(options.cgroupProcsFile ? [] : [`--nproc=${limits.maxProcesses}`]),
    "--",
  ];
  const dropToNobody =
    process.getuid?.() === 0
      ? [
          programs.setpriv,
          `--reuid=${SANDBOX_UID}`,
          `--regid=${SANDBOX_UID}`,
          "--clear-groups",
          "--inh-caps=-all",
          "--no-new-privs",
        ]
      : [];
  const bwrap = [
    programs.bwrap,
    "--unshare-all",
    "--unshare-user",
    "--uid",
    String(SANDBOX_UID),
    "--gid",
    String(SANDBOX_UID),
    "--cap-drop",
    "ALL",
    "--die-with-parent",
    "--new-session",
    "--hostname",
    "sandbox",
    "--ro-bind",
    "/usr",
    "/usr",
    "--symlink",
    "usr/lib",
    "/lib",
    "--symlink",
    "usr/lib64",
    "/lib64",
    "--symlink",
    "usr/bin",
    "/bin",
    ...optionalReadOnly.filter((file) => existsSync(file)).flatMap((file) => ["--ro-bind", file, file]),
    "--proc",
    "/proc",
    "--dev",
    "/dev",
    "--size",
    String(64 * 1024 * 1024),
    "--tmpfs",
    "/tmp",
    "--bind",
    jobDir,
    "/job",
    "--ro-bind",
    `${jobDir}/in`,
    "/job/in",
    "--ro-bind",
    `${jobDir}/main.py`,
    "/job/main.py",
    "--chdir",
    "/job",
    programs.python,
    "-I",
    "-B",
    "-u",
    "/job/main.py",
  ];
  const command = [...prlimit, ...dropToNobody, ...bwrap];
  if (!options.cgroupProcsFile) return command;
  // The shell moves itself into the cgroup and then becomes the sandbox, so no task of the job starts outside it.
  return ["/bin/sh", "-c", 'echo $$ > "$0" && exec "$@"', options.cgroupProcsFile, ...command];
}

/** The job's environment: nothing from the server's own environment reaches the script. */
export function sandboxEnvironment(): Record<string, string> {
  return {
    PATH: "/usr/bin:/bin",
    HOME: "/job/home",
    LANG: "C.UTF-8",
    MPLBACKEND: "Agg",
    MPLCONFIGDIR: "/job/home/.matplotlib",
    // One BLAS thread: threads count against the pids cap and the machine's cores are shared by all jobs.
    OPENBLAS_NUM_THREADS: "1",
    OMP_NUM_THREADS: "1",
    MKL_NUM_THREADS: "1",
  };
}
