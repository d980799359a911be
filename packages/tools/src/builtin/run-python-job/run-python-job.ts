import {
  type JobFile,
  type PythonJobResult,
  SANDBOX_TIMEOUT_MAX_SEC,
  SANDBOX_TIMEOUT_MIN_SEC,
  SandboxError,
} from "@penny/sandbox";
import { ToolFailedError } from "../../errors/tool-failed-error.ts";
import type { ArtifactReference, Tool, ToolContext } from "../../tool.ts";
import { inputFileName } from "./input-file-name.ts";
import { outFileKind } from "./out-file-artifact.ts";

export type RunPythonJobArguments = {
  script: string;
  files?: string[];
  timeoutSec?: number;
};

/** How much of stdout and stderr the model reads back (the sandbox keeps more; the rest is cut here). */
const RESULT_STREAM_CHARS = 8_000;

/**
 * Runs a Python script (numpy, pandas, matplotlib) in the sandbox with the given artifacts in `in/`; files it
 * writes to `out/` come back as artifacts made from the inputs. No side effect outside Penny, but each run
 * spends the tenant's daily sandbox time.
 */
export const runPythonJob: Tool<RunPythonJobArguments> = {
  name: "run_python_job",
  description:
    "Run a Python 3 script with numpy, pandas and matplotlib in an isolated sandbox (no network, no other " +
    "programs, 512 MB memory). Input artifacts are files in in/ (read-only; their names are listed in the " +
    "result); write charts (PNG/SVG), tables (CSV) or HTML to out/ to show them as artifacts. Prints come back " +
    "as stdout/stderr.",
  inputSchema: {
    type: "object",
    properties: {
      script: { type: "string", minLength: 1, maxLength: 100_000, description: "the Python source to run" },
      files: {
        type: "array",
        maxItems: 20,
        uniqueItems: true,
        items: { type: "string", format: "uuid" },
        description: "ids of artifacts to copy into in/",
      },
      timeoutSec: {
        type: "integer",
        minimum: SANDBOX_TIMEOUT_MIN_SEC,
        maximum: SANDBOX_TIMEOUT_MAX_SEC,
        default: 30,
        description: "wall-time limit in seconds",
      },
    },
    required: ["script"],
    additionalProperties: false,
  },
  permission: "tools:use",
  sideEffect: false,
  approval: "never",
  // The router's own timeout must outlast the longest job plus the time it may wait in the queue.
  timeoutMs: (SANDBOX_TIMEOUT_MAX_SEC + 60) * 1000,
  concurrency: 16,

  async execute(args, context) {
    const sandbox = context.pythonSandbox;
    if (!sandbox)
      throw new ToolFailedError("The Python sandbox is not set up on this server; the script was not run.");
    const inputs = await readInputs(args.files ?? [], context);
    let result: PythonJobResult;
    try {
      result = await sandbox.run({
        database: context.database,
        tenantId: context.tenantId,
        now: context.now,
        job: {
          script: args.script,
          files: inputs.files,
          timeoutSec: args.timeoutSec ?? 30,
          signal: context.signal,
        },
      });
    } catch (error) {
      if (error instanceof SandboxError) throw new ToolFailedError(error.message);
      throw error;
    }
    const artifacts: ArtifactReference[] = [];
    const notStored: string[] = [...result.skippedOutFiles];
    for (const file of result.outFiles) {
      const kind = outFileKind(file);
      if (!kind) {
        notStored.push(file.name);
        continue;
      }
      context.signal.throwIfAborted();
      artifacts.push(
        await context.createArtifact({
          kind,
          title: file.name,
          mime: file.mime,
          content: file.bytes,
          parents: inputs.parents,
        }),
      );
    }
    return {
      summary: summarize(result, artifacts.length),
      data: {
        exitCode: result.exitCode,
        ...(result.killedBy ? { killedBy: result.killedBy } : {}),
        durationMs: result.durationMs,
        stdout: result.stdout.slice(-RESULT_STREAM_CHARS),
        stderr: result.stderr.slice(-RESULT_STREAM_CHARS),
        outputTruncated: result.outputTruncated || result.stdout.length > RESULT_STREAM_CHARS,
        inputFiles: inputs.files.map((file) => `in/${file.name}`),
        outFiles: artifacts.map((artifact) => ({
          id: artifact.id,
          kind: artifact.kind,
          title: artifact.title,
        })),
        ...(notStored.length ? { notStored } : {}),
      },
      artifacts,
    };
  },
};

/** The given artifacts as files for in/, and their ids as the parents of what the job makes. */
async function readInputs(
  ids: string[],
  context: ToolContext,
): Promise<{ files: JobFile[]; parents: string[] }> {
  if (ids.length === 0) return { files: [], parents: [] };
  if (!context.readArtifact)
    throw new ToolFailedError("Input files cannot be read here; run the script without them.");
  const taken = new Set<string>();
  const files: JobFile[] = [];
  for (const id of ids) {
    const artifact = await context.readArtifact(id).catch(() => {
      throw new ToolFailedError(`There is no artifact ${id} to use as an input file.`);
    });
    files.push({ name: inputFileName(artifact.title, artifact.mime, taken), bytes: artifact.bytes });
  }
  return { files, parents: ids };
}

function summarize(result: PythonJobResult, stored: number): string {
  const files = stored === 1 ? "1 file" : `${stored} files`;
  if (result.killedBy) {
    const why = {
      timeout: "it ran out of time",
      memory: "it ran out of memory (512 MB)",
      output: "its output grew past the cap",
      pids: "it started too many processes",
    }[result.killedBy];
    return `The Python job was stopped because ${why} after ${result.durationMs} ms; ${files} kept.`;
  }
  if (result.exitCode !== 0) return `The Python job failed (exit ${result.exitCode}); ${files} kept.`;
  return `The Python job finished in ${result.durationMs} ms and made ${files}.`;
}
