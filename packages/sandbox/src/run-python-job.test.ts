import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultSandboxPrograms } from "./bubblewrap-command.ts";
import { SandboxInputError } from "./errors/sandbox-input-error.ts";
import { SandboxUnavailableError } from "./errors/sandbox-unavailable-error.ts";
import type { JobOutput } from "./python-job.ts";
import { runPythonJob } from "./run-python-job.ts";

/** These tests call the sandbox itself, without the static check, so each escape meets bubblewrap and the limits. */
const run = (script: string, extra: Partial<Parameters<typeof runPythonJob>[0]> = {}) =>
  runPythonJob({ script, timeoutSec: 20, ...extra });

describe("runPythonJob", () => {
  it("runs hello world, streams the output as it comes and leaves no job folder behind", async () => {
    const marker = `marker-${process.pid}-${Date.now()}`;
    const chunks: JobOutput[] = [];
    const result = await run(
      `import os\nprint("hello", os.getuid(), os.getcwd())\nopen("home/marker", "w").write(${JSON.stringify(marker)})\n`,
      { onOutput: (chunk) => chunks.push(chunk) },
    );
    expect(result).toMatchObject({ exitCode: 0, stdout: "hello 65534 /job\n", stderr: "" });
    expect(result.killedBy).toBeUndefined();
    expect(chunks.map((chunk) => chunk.text).join("")).toBe(result.stdout);
    const leftovers = (await readdir(os.tmpdir())).filter((name) => name.startsWith("penny-sandbox-"));
    for (const name of leftovers) {
      const content = await readFile(path.join(os.tmpdir(), name, "home", "marker"), "utf8").catch(() => "");
      expect(content).not.toBe(marker);
    }
  });

  it("reads inputs from in/ (read-only) and computes with numpy and pandas", async () => {
    const result = await run(
      [
        "import numpy as np, pandas as pd",
        "frame = pd.read_csv('in/sales.csv')",
        "print(int(frame['amount'].sum()), int(np.arange(5).sum()))",
        "try:",
        "    open('in/sales.csv', 'a').write('x')",
        "except OSError as error:",
        "    print('read-only', error.errno in (13, 30))",
      ].join("\n"),
      { files: [{ name: "sales.csv", bytes: new TextEncoder().encode("region,amount\nN,120\nS,80\n") }] },
    );
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("200 10\nread-only True\n");
  });

  it("draws a matplotlib chart into out/ and returns it as a PNG", async () => {
    const result = await run(
      [
        "import matplotlib.pyplot as plt",
        "plt.plot([1, 2, 3], [2, 4, 3])",
        "plt.title('sales')",
        "plt.savefig('out/chart.png')",
        "open('out/data.csv', 'w').write('a,b\\n1,2\\n')",
      ].join("\n"),
      { timeoutSec: 60 },
    );
    expect(result.exitCode).toBe(0);
    expect(result.outFiles.map((file) => [file.name, file.mime])).toEqual([
      ["chart.png", "image/png"],
      ["data.csv", "text/csv"],
    ]);
    const png = result.outFiles[0]?.bytes ?? new Uint8Array();
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it("shows no host files: no /etc/shadow, no /home or /root, /usr read-only", async () => {
    const result = await run(
      [
        "import os",
        "print(sorted(os.listdir('/')))",
        "for path in ['/etc/shadow', '/etc/passwd', '/root', '/home', '/work', '/var', '/sys/fs/cgroup']:",
        "    print(path, os.path.exists(path))",
        "try:",
        "    open('/usr/bin/python3', 'ab')",
        "except OSError as error:",
        "    print('usr', error.errno in (13, 30))",
        "try:",
        "    open('/job/elsewhere.bin', 'wb')",
        "except OSError as error:",
        "    print('job root', error.errno)",
        "print('uid', os.getuid(), 'caps', open('/proc/self/status').read().split('CapEff:')[1].split()[0])",
      ].join("\n"),
    );
    expect(result.stderr).toBe("");
    const lines = result.stdout.trim().split("\n");
    expect(lines[0]).toBe("['bin', 'dev', 'etc', 'job', 'lib', 'lib64', 'proc', 'tmp', 'usr']");
    for (const path of ["/etc/shadow", "/etc/passwd", "/root", "/home", "/work", "/var", "/sys/fs/cgroup"]) {
      expect(lines).toContain(`${path} False`);
    }
    expect(lines).toContain("usr True");
    expect(lines).toContain("job root 13");
    expect(lines).toContain("uid 65534 caps 0000000000000000");
  });

  it("has no network: only lo, and 127.0.0.1:5432 is refused (the static check is bypassed on purpose)", async () => {
    const result = await run(
      [
        "net = __import__('so' + 'cket')",
        "print(sorted(line.split(':')[0].strip() for line in open('/proc/net/dev').readlines()[2:]))",
        "connection = net.socket()",
        "try:",
        "    connection.connect(('127.0.0.1', 5432))",
        "    print('connected')",
        "except OSError as error:",
        "    print('refused', type(error).__name__)",
        "try:",
        "    net.create_connection(('93.184.215.14', 80), timeout=3)",
        "    print('connected')",
        "except OSError as error:",
        "    print('unreachable', type(error).__name__)",
      ].join("\n"),
    );
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("['lo']\nrefused ConnectionRefusedError\nunreachable OSError\n");
  });

  it("stops a 4 GB allocation at the memory cap", async () => {
    const result = await run("data = bytearray(4 * 1024 ** 3)\nprint('allocated')\n");
    expect(result.stdout).toBe("");
    expect(result.killedBy).toBe("memory");
    expect(result.stderr).toContain("MemoryError");
  });

  it("contains a fork bomb in its pids cgroup and the host keeps working", async () => {
    const result = await run(
      [
        "import os",
        "while True:",
        "    try:",
        "        os.fork()",
        "    except OSError:",
        "        pass",
      ].join("\n"),
      { timeoutSec: 3 },
    );
    expect(result.killedBy).toBe("pids");
    expect(result.exitCode).toBeNull();
    const after = await run("print('still here')");
    expect(after.stdout).toBe("still here\n");
  });

  it("kills an endless loop at the wall-time limit", async () => {
    const result = await run("while True:\n    pass\n", { timeoutSec: 1 });
    expect(result.killedBy).toBe("timeout");
    expect(result.signal).toBe("SIGKILL");
  });

  it("caps a flood of stdout and stops the job", async () => {
    const result = await run("while True:\n    print('x' * 1000)\n", {
      limits: { maxStreamBytes: 64 * 1024 },
    });
    expect(result.killedBy).toBe("output");
    expect(result.outputTruncated).toBe(true);
    expect(Buffer.byteLength(result.stdout)).toBeLessThanOrEqual(64 * 1024);
  });

  it("stops a job that writes past the output-file cap", async () => {
    const result = await run("open('out/big.bin', 'wb').write(b'x' * (8 * 1024 * 1024))\n", {
      limits: { maxOutputBytes: 1024 * 1024 },
    });
    expect(result.killedBy).toBe("output");
    expect(result.stderr).toContain("File too large");
    expect(result.outFiles.every((file) => file.bytes.byteLength <= 1024 * 1024)).toBe(true);
  });

  it("refuses to run at all when bubblewrap is missing", async () => {
    const missing = { ...defaultSandboxPrograms, bwrap: "/nonexistent/bwrap" };
    expect(existsSync(missing.bwrap)).toBe(false);
    const error = await runPythonJob({ script: "print(1)", timeoutSec: 5 }, { programs: missing }).catch(
      (thrown) => thrown,
    );
    expect(error).toBeInstanceOf(SandboxUnavailableError);
    expect(error.message).toBe(
      "The Python sandbox is unavailable: bwrap is missing at /nonexistent/bwrap (install the bubblewrap package). The script was not run.",
    );
  });

  it("refuses a bad timeout and a file name with a folder in it", async () => {
    await expect(run("print(1)", { timeoutSec: 121 })).rejects.toThrow(SandboxInputError);
    await expect(run("print(1)", { timeoutSec: 0 })).rejects.toThrow("from 1 to 120");
    await expect(run("print(1)", { files: [{ name: "../x.csv", bytes: new Uint8Array() }] })).rejects.toThrow(
      'The input file name "../x.csv" is not allowed',
    );
  });
});
