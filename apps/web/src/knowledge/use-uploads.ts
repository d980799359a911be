import { useCallback, useState } from "react";
import { useApi } from "../api/api-context.tsx";
import type { KnowledgeFile } from "./knowledge-types.ts";
import { uploadFile } from "./upload-file.ts";

/** One file being sent: bytes first, then (once stored) the ingestion job that reads it. */
export interface Upload {
  key: string;
  name: string;
  sent: number;
  total: number;
  /** Set once the server stored the file. */
  file: KnowledgeFile | null;
  jobId: string | null;
  duplicate: boolean;
  /** Why the server refused it (413, 415, 422), in its words. */
  error: unknown;
}

let uploadCounter = 0;

/** Sends files one request each, in parallel, keeping each one's progress and outcome for the screen. */
export function useUploads(options: { onStored?: (file: KnowledgeFile) => void } = {}) {
  const api = useApi();
  const { onStored } = options;
  const [uploads, setUploads] = useState<Upload[]>([]);

  const change = useCallback((key: string, patch: Partial<Upload>) => {
    setUploads((list) => list.map((upload) => (upload.key === key ? { ...upload, ...patch } : upload)));
  }, []);

  const add = useCallback(
    (files: Iterable<File>, collectionId?: string | null) => {
      const started: Upload[] = [];
      for (const file of files) {
        uploadCounter += 1;
        const upload: Upload = {
          key: `upload-${uploadCounter}`,
          name: file.name || "pasted-file",
          sent: 0,
          total: file.size,
          file: null,
          jobId: null,
          duplicate: false,
          error: null,
        };
        started.push(upload);
        uploadFile({
          api,
          file,
          collectionId,
          onProgress: (sent, total) => change(upload.key, { sent, total }),
        }).then(
          (answer) => {
            change(upload.key, {
              file: answer.file,
              jobId: answer.jobId,
              duplicate: answer.duplicate,
              sent: upload.total,
            });
            onStored?.(answer.file);
          },
          (error: unknown) => change(upload.key, { error }),
        );
      }
      setUploads((list) => [...list, ...started]);
      return started;
    },
    [api, change, onStored],
  );

  const dismiss = useCallback((key: string) => {
    setUploads((list) => list.filter((upload) => upload.key !== key));
  }, []);
  const clear = useCallback(() => setUploads([]), []);

  return { uploads, add, dismiss, clear };
}
