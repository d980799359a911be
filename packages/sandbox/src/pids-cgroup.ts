import { access, mkdir, readFile, rmdir, writeFile } from "node:fs/promises";
import path from "node:path";

const CGROUP_ROOT = "/sys/fs/cgroup";
const PARENT_NAME = "penny-sandbox";

/** A cgroup of one job whose `pids.max` caps its tasks: the kernel refuses fork() past it, so a fork bomb stalls. */
export interface PidsCgroup {
  /** Write a pid here to move that process (and its future children) into the cgroup. */
  procsFile: string;
  /** True once a fork was refused because the cgroup was full. */
  limitHit(): Promise<boolean>;
  /** SIGKILLs every task in the cgroup until none is left. */
  killAll(): Promise<void>;
  /** Kills what is left and removes the cgroup. */
  remove(): Promise<void>;
}

/**
 * Creates the job's pids cgroup under the cgroup v2 tree when it offers the pids controller, else under the v1
 * `pids` hierarchy (hybrid hosts such as this project's machines). Null when neither is writable (not root, or a
 * read-only /sys/fs/cgroup); the caller then falls back to RLIMIT_NPROC under the unprivileged uid.
 */
export async function createPidsCgroup(name: string, maxTasks: number): Promise<PidsCgroup | null> {
  const parent = await pidsParent();
  if (!parent) return null;
  const directory = path.join(parent, name);
  try {
    await mkdir(directory);
    await writeFile(path.join(directory, "pids.max"), String(maxTasks));
  } catch {
    await rmdir(directory).catch(() => {});
    return null;
  }
  const procsFile = path.join(directory, "cgroup.procs");
  const killAll = async () => {
    // Killing one task of a fork bomb frees a slot another may fork into; repeat until the cgroup is empty.
    for (let round = 0; round < 200; round += 1) {
      const pids = await readPids(procsFile);
      if (pids.length === 0) return;
      for (const pid of pids) {
        try {
          process.kill(pid, "SIGKILL");
        } catch {
          // Already gone.
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  return {
    procsFile,
    limitHit: async () => {
      const events = await readFile(path.join(directory, "pids.events"), "utf8").catch(() => "");
      const match = /^max (\d+)/m.exec(events);
      return match !== null && Number(match[1]) > 0;
    },
    killAll,
    remove: async () => {
      for (let attempt = 0; attempt < 100; attempt += 1) {
        await killAll();
        try {
          await rmdir(directory);
          return;
        } catch {
          // Dying tasks keep the cgroup busy for a moment.
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }
    },
  };
}

/** The directory that holds the jobs' cgroups, created once; null when cgroups cannot be used here. */
async function pidsParent(): Promise<string | null> {
  const v2Controllers = await readFile(path.join(CGROUP_ROOT, "cgroup.controllers"), "utf8").catch(
    () => null,
  );
  if (v2Controllers?.split(/\s+/).includes("pids")) {
    const parent = path.join(CGROUP_ROOT, PARENT_NAME);
    try {
      await writeFile(path.join(CGROUP_ROOT, "cgroup.subtree_control"), "+pids").catch(() => {});
      await mkdir(parent, { recursive: true });
      await writeFile(path.join(parent, "cgroup.subtree_control"), "+pids");
      return parent;
    } catch {
      return null;
    }
  }
  const v1Root = path.join(CGROUP_ROOT, "pids");
  try {
    await access(path.join(v1Root, "cgroup.procs"));
    const parent = path.join(v1Root, PARENT_NAME);
    await mkdir(parent, { recursive: true });
    return parent;
  } catch {
    return null;
  }
}

async function readPids(procsFile: string): Promise<number[]> {
  const text = await readFile(procsFile, "utf8").catch(() => "");
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map(Number);
}
