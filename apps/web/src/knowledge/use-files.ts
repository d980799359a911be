import { useCallback, useEffect, useState } from "react";
import { useApi } from "../api/api-context.tsx";
import type { KnowledgeFile } from "./knowledge-types.ts";

/** How often the list is read again while a file is still being read. */
const POLL_MS = 1_000;

/** Which files to list: all, those outside any collection, or one collection's. */
export type FileFilter = "all" | "none" | string;

/**
 * The files the caller may read, newest first, read again every second while any of them is still being ingested
 * (so the bars move without following every file's job).
 */
export function useFiles(filter: FileFilter) {
  const api = useApi();
  const [files, setFiles] = useState<KnowledgeFile[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((value) => value + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: version asks for a fresh read.
  useEffect(() => {
    const controller = new AbortController();
    api
      .get<{ files: KnowledgeFile[] }>("/v1/files", {
        query: { collectionId: filter === "all" ? undefined : filter, limit: 200 },
        signal: controller.signal,
      })
      .then((answer) => {
        setFiles(answer.files);
        setError(null);
      })
      .catch((failure: unknown) => !controller.signal.aborted && setError(failure));
    return () => controller.abort();
  }, [api, filter, version]);

  const busy = files?.some((file) => file.status === "uploaded" || file.status === "ingesting") ?? false;
  // biome-ignore lint/correctness/useExhaustiveDependencies: each fresh list arms the next read while files are busy.
  useEffect(() => {
    if (!busy) return;
    const timer = window.setTimeout(reload, POLL_MS);
    return () => window.clearTimeout(timer);
  }, [busy, files, reload]);

  return { files, error, reload };
}
