import { isFinished, JobNotFoundError, type JobView } from "@penny/jobs";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { problemResponses } from "../errors/problem-document.ts";
import { principalOf } from "../plugins/access-control.ts";
import type { Principal } from "../plugins/authentication.ts";

const jobSchema = z
  .object({
    id: z.uuid(),
    kind: z.string().describe("What the job does, e.g. ingest_document or export_conversation"),
    status: z.enum(["queued", "running", "succeeded", "failed", "cancelled"]),
    subjectId: z.uuid().nullable().describe("What the job works on (a document, a conversation)"),
    progress: z
      .object({ phase: z.string(), done: z.number().int(), total: z.number().int() })
      .nullable()
      .describe("How far it got: `done` of `total` in `phase`"),
    result: z.record(z.string(), z.unknown()).nullable(),
    error: z.string().nullable().describe("Why it failed, in words"),
    createdAt: z.date(),
    startedAt: z.date().nullable(),
    finishedAt: z.date().nullable(),
  })
  .meta({ id: "Job" });

const params = z.object({ id: z.uuid() });

/** A job is its creator's; tenant admins may see and cancel anyone's. Others get 404, as for a missing job. */
function visibleTo(principal: Principal, job: JobView): JobView {
  if (job.createdBy !== null && job.createdBy === principal.userId) return job;
  if (principal.permissions.has("tenant:manage")) return job;
  throw new JobNotFoundError(job.id);
}

/** Long work (ingestion, exports): read a job, watch its progress live (SSE), cancel it. */
export const jobRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/v1/jobs/:id",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "A job's status, progress, result or error",
        tags: ["jobs"],
        params,
        response: { 200: jobSchema, ...problemResponses },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      return visibleTo(principal, await app.jobs.get(principal.tenantId, request.params.id));
    },
  );

  app.get(
    "/v1/jobs/:id/events",
    {
      config: { access: "conversations:use" },
      schema: {
        summary:
          "Watch a job: SSE, one `data:` line with the job each time it changes, closed once it finishes",
        tags: ["jobs"],
        params,
        produces: ["text/event-stream"],
        response: { 200: z.string().describe("text/event-stream of Job objects"), ...problemResponses },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const { tenantId } = principal;
      const first = visibleTo(principal, await app.jobs.get(tenantId, request.params.id));
      const raw = reply.raw;
      reply.hijack();
      raw.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-transform",
        connection: "keep-alive",
        "x-accel-buffering": "no",
        "x-request-id": String(request.id),
      });
      const write = (job: JobView) => raw.write(`data: ${JSON.stringify(job)}\n\n`);
      let finish: () => void = () => {};
      const finished = new Promise<void>((resolve) => {
        finish = resolve;
      });
      const unsubscribe = await app.jobs.watch(tenantId, first.id, (job) => {
        write(job);
        if (isFinished(job.status)) finish();
      });
      // Read again after subscribing, so a change between the first read and the subscription is not lost.
      const current = await app.jobs.get(tenantId, first.id);
      write(current);
      if (isFinished(current.status)) finish();
      const heartbeat = setInterval(() => raw.write(": ping\n\n"), app.streaming.heartbeatMs);
      heartbeat.unref();
      raw.on("close", finish);
      await finished;
      clearInterval(heartbeat);
      await unsubscribe();
      raw.end();
    },
  );

  app.delete(
    "/v1/jobs/:id",
    {
      config: { access: "conversations:use" },
      schema: {
        summary: "Cancel a queued or running job (a finished job stays as it ended)",
        tags: ["jobs"],
        params,
        response: { 200: jobSchema, ...problemResponses },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      visibleTo(principal, await app.jobs.get(principal.tenantId, request.params.id));
      return app.jobs.cancel(principal.tenantId, request.params.id);
    },
  );
};
