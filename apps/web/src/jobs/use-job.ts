import { useCallback, useEffect, useRef, useState } from "react";
import { useApi } from "../api/api-context.tsx";

/** A job as GET /v1/jobs/:id and its SSE events show it (the fields the screens read). */
export interface Job {
  id: string;
  status: "queued" | "running" | "succeeded" | "failed" | "cancelled";
  progress: { phase: string; done: number; total: number } | null;
  result: { filename?: string } | null;
  error: string | null;
}

/** Whether a job has ended (its event stream closes then). */
export const jobFinished = (job: Job) =>
  job.status === "succeeded" || job.status === "failed" || job.status === "cancelled";

/**
 * Starts a job (POST → 202 { jobId }) or follows one already started, over SSE until it ends. On a dropped stream it
 * reads the job once instead, so a finished job is never missed.
 */
export function useJob() {
  const api = useApi();
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [starting, setStarting] = useState(false);
  const source = useRef<EventSource | null>(null);

  useEffect(() => () => source.current?.close(), []);

  const follow = useCallback(
    (jobId: string) => {
      source.current?.close();
      const events = new EventSource(`/v1/jobs/${jobId}/events`);
      source.current = events;
      events.onmessage = (event) => {
        const next = JSON.parse(event.data) as Job;
        setJob(next);
        if (jobFinished(next)) events.close();
      };
      events.onerror = () => {
        events.close();
        api
          .get<Job>(`/v1/jobs/${jobId}`)
          .then((next) => {
            setJob(next);
            if (!jobFinished(next)) follow(jobId);
          })
          .catch(setError);
      };
    },
    [api],
  );

  const start = useCallback(
    async (url: string, body: Record<string, unknown>) => {
      setStarting(true);
      setError(null);
      setJob(null);
      try {
        const started = await api.post<{ jobId: string }>(url, body);
        setJob({ id: started.jobId, status: "queued", progress: null, result: null, error: null });
        follow(started.jobId);
      } catch (failure) {
        setError(failure);
      } finally {
        setStarting(false);
      }
    },
    [api, follow],
  );

  return { job, error, starting, start, follow };
}
