import type { ApiClient } from "../api/api-client.ts";
import { ApiError, NETWORK_ERROR_CODE } from "../api/api-error.ts";
import type { UploadAnswer } from "./knowledge-types.ts";

/**
 * Sends one file to POST /v1/files as multipart/form-data, reporting the bytes sent. XMLHttpRequest, because fetch
 * cannot report upload progress; the browser sets the multipart boundary, the CSRF header comes from the ApiClient.
 */
export function uploadFile(options: {
  api: ApiClient;
  file: File;
  collectionId?: string | null;
  onProgress: (sent: number, total: number) => void;
  signal?: AbortSignal;
}): Promise<UploadAnswer> {
  const { api, file, collectionId, onProgress, signal } = options;
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    const query = collectionId ? `?collectionId=${encodeURIComponent(collectionId)}` : "";
    request.open("POST", `/v1/files${query}`);
    request.withCredentials = true;
    for (const [name, value] of Object.entries(api.writeHeaders())) request.setRequestHeader(name, value);
    request.setRequestHeader("accept", "application/json");
    request.upload.onprogress = (event) =>
      onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    request.onerror = () =>
      reject(new ApiError({ status: 0, code: NETWORK_ERROR_CODE, message: "Penny cannot be reached." }));
    request.onabort = () => reject(new DOMException("The upload was cancelled.", "AbortError"));
    request.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        // A proxy's HTML error page: the status alone says what happened.
      }
      if (request.status >= 200 && request.status < 300) {
        resolve(body as UploadAnswer);
        return;
      }
      const problem = (body ?? {}) as { code?: string; detail?: string; title?: string };
      reject(
        new ApiError({
          status: request.status,
          code: problem.code ?? "PENNY_UPLOAD_FAILED",
          message: problem.detail ?? problem.title ?? `The upload failed (${request.status}).`,
        }),
      );
    };
    signal?.addEventListener("abort", () => request.abort(), { once: true });
    const form = new FormData();
    form.append("file", file, file.name);
    request.send(form);
  });
}
