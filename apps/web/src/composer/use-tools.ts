import { useEffect, useState } from "react";
import { useApi } from "../api/api-context.tsx";

/** A tool the person may use, as GET /v1/tools lists it (the fields the composer reads). */
export interface ToolEntry {
  name: string;
  description: string;
}

/** The tools this person may use; empty while loading or when the list cannot be read (the pickers then hide). */
export function useTools(): ToolEntry[] {
  const api = useApi();
  const [tools, setTools] = useState<ToolEntry[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    api
      .get<{ tools: ToolEntry[] }>("/v1/tools", { signal: controller.signal })
      .then((answer) => setTools(answer.tools))
      .catch(() => !controller.signal.aborted && setTools([]));
    return () => controller.abort();
  }, [api]);
  return tools;
}
